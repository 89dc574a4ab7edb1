import { Fragment, useEffect, useState, type ComponentType, type ReactNode, type RefObject } from "react";

/** What each row must spread on its <tr>: its position for screen readers and the virtualiser. */
export interface RowProps {
  "data-index": number;
  /** 1-based, after the header row: where the row sits in the whole (server-side) list. */
  "aria-rowindex": number;
  ref?: (element: HTMLTableRowElement | null) => void;
}

export interface PagedTableRowsProps {
  count: number;
  /** A stable key per row (the item's id). */
  getKey(index: number): string;
  renderRow(index: number, props: RowProps): ReactNode;
  /** Typical row height in px (rows may differ; they are measured). */
  estimateSize: number;
  colSpan: number;
  /** The scrolling element around the table. */
  scrollRef: RefObject<HTMLElement | null>;
  /** A callback ref for an empty row after the last one (from useLoadMoreSentinel). */
  attachEnd?: (element: HTMLTableRowElement | null) => void;
}

// A list of more than this many rows (on the server) shows only the rows in view. The virtualiser
// (about 10 KB of script) is fetched once such a list's first page is in, so a short list, and the
// first screen of any, never waits for it: the rows loaded so far show as plain rows until it has
// come (no Suspense, whose fallback-to-content reveal React holds back for a moment).
const VIRTUALISE_FROM = 100;
type VirtualRowsComponent = ComponentType<PagedTableRowsProps>;
let virtualRows: VirtualRowsComponent | undefined;
let loading: Promise<VirtualRowsComponent> | undefined;
const loadVirtualRows = () => (loading ??= import("./VirtualTableRows").then((module) => (virtualRows = module.default)));

function plainRows({ count, getKey, renderRow }: PagedTableRowsProps) {
  const rows: ReactNode[] = [];
  for (let index = 0; index < count; index++)
    rows.push(<Fragment key={getKey(index)}>{renderRow(index, { "data-index": index, "aria-rowindex": index + 2 })}</Fragment>);
  return rows;
}

/** The <tbody> rows of a paged list of `total` rows (on the server), `count` of them loaded. */
export function PagedTableRows({ attachEnd, ...props }: PagedTableRowsProps & { total?: number }) {
  const long = (props.total ?? props.count) > VIRTUALISE_FROM;
  const [VirtualRows, setVirtualRows] = useState(() => virtualRows);
  useEffect(() => {
    if (long && !VirtualRows) void loadVirtualRows().then((component) => setVirtualRows(() => component));
  }, [long, VirtualRows]);
  return (
    <>
      {long && VirtualRows ? <VirtualRows {...props} /> : plainRows(props)}
      {/* The end of the list, watched by useLoadMoreSentinel. */}
      <tr ref={attachEnd} aria-hidden="true">
        <td colSpan={props.colSpan} style={{ padding: 0, border: 0 }} />
      </tr>
    </>
  );
}
