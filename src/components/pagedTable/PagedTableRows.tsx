import { Fragment, lazy, Suspense, useEffect, type ReactNode, type RefObject } from 'react';

/** What each row must spread on its <tr>: its position for screen readers and the virtualiser. */
export interface RowProps {
  'data-index': number;
  /** 1-based, after the header row: where the row sits in the whole (server-side) list. */
  'aria-rowindex': number;
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
}

// Past this many rows only the visible ones are in the DOM. The virtualiser (about 10 KB of script)
// loads when a list grows that long, so a first screen of a page or two never downloads it.
const VIRTUALISE_FROM = 100;
const loadVirtualRows = () => import('./VirtualTableRows');
const VirtualTableRows = lazy(loadVirtualRows);

function plainRows({ count, getKey, renderRow }: PagedTableRowsProps) {
  const rows: ReactNode[] = [];
  for (let index = 0; index < count; index++) rows.push(<Fragment key={getKey(index)}>{renderRow(index, { 'data-index': index, 'aria-rowindex': index + 2 })}</Fragment>);
  return rows;
}

/**
 * The <tbody> rows of a paged list: all of them while few, else only those in view (the list may
 * hold thousands once scrolled through). `total` above VIRTUALISE_FROM fetches the virtualiser early.
 */
export function PagedTableRows(props: PagedTableRowsProps & { total?: number }) {
  const { count, total } = props;
  useEffect(() => {
    if ((total ?? 0) > VIRTUALISE_FROM) void loadVirtualRows();
  }, [total]);
  if (count <= VIRTUALISE_FROM) return <>{plainRows(props)}</>;
  return (
    <Suspense fallback={plainRows(props)}>
      <VirtualTableRows {...props} />
    </Suspense>
  );
}
