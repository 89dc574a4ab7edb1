import { Fragment, lazy, Suspense, type ReactNode, type RefObject } from 'react';

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

// A list of more than this many rows (on the server) shows only the rows in view. The virtualiser
// (about 10 KB of script) loads once such a list's first page is in, so a short list, and the
// first screen of any, never waits for it; the first page shows as plain rows meanwhile. Decided
// by the server's total, not by the rows loaded, so it never switches mid-scroll.
const VIRTUALISE_FROM = 100;
const VirtualTableRows = lazy(() => import('./VirtualTableRows'));

function plainRows({ count, getKey, renderRow }: PagedTableRowsProps) {
  const rows: ReactNode[] = [];
  for (let index = 0; index < count; index++) rows.push(<Fragment key={getKey(index)}>{renderRow(index, { 'data-index': index, 'aria-rowindex': index + 2 })}</Fragment>);
  return rows;
}

/** The <tbody> rows of a paged list of `total` rows (on the server), `count` of them loaded. */
export function PagedTableRows(props: PagedTableRowsProps & { total?: number }) {
  if ((props.total ?? props.count) <= VIRTUALISE_FROM) return <>{plainRows(props)}</>;
  return (
    <Suspense fallback={plainRows(props)}>
      <VirtualTableRows {...props} />
    </Suspense>
  );
}
