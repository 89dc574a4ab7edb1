// The virtualised rows of PagedTableRows, loaded on demand (see there): spacer rows above and below
// stand for the rows out of view, so the table keeps its native semantics and column widths.
import { useVirtualizer } from "@tanstack/react-virtual";
import { Fragment, useState } from "react";
import { measureByResizeObserver } from "../virtualList/useVirtualListRows";
import type { PagedTableRowsProps } from "./PagedTableRows";

export default function VirtualTableRows({ count, getKey, renderRow, estimateSize, colSpan, scrollRef }: PagedTableRowsProps) {
  // This takes over from all rows in the DOM (see PagedTableRows), which are still there as it first
  // renders: their average height is the best guess for rows not measured yet, so what is in view
  // stays in view.
  const [rowHeight] = useState(() => {
    const body = scrollRef.current?.querySelector("tbody");
    return body && body.rows.length > 0 ? body.getBoundingClientRect().height / body.rows.length : estimateSize;
  });
  // The virtualizer is a mutable object by design; this component does not rely on the compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    // Start where the list is scrolled to (by default it would scroll back to the top).
    initialOffset: () => scrollRef.current?.scrollTop ?? 0,
    overscan: 10,
    getItemKey: getKey,
    measureElement: measureByResizeObserver(rowHeight),
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <>
      {before > 0 && (
        <tr aria-hidden="true" style={{ height: before }}>
          <td colSpan={colSpan} style={{ padding: 0, border: 0 }} />
        </tr>
      )}
      {items.map((item) => (
        <Fragment key={item.key}>
          {renderRow(item.index, { "data-index": item.index, "aria-rowindex": item.index + 2, ref: virtualizer.measureElement })}
        </Fragment>
      ))}
      {after > 0 && (
        <tr aria-hidden="true" style={{ height: after }}>
          <td colSpan={colSpan} style={{ padding: 0, border: 0 }} />
        </tr>
      )}
    </>
  );
}
