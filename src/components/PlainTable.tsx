import type { ReactNode, RefObject } from "react";
import classes from "./PlainTable.module.css";

interface PlainTableProps {
  label: string;
  minWidth: number;
  children: ReactNode;
  /** Scroll vertically inside this height (a long, paged list), with the header kept in view. */
  maxHeight?: string;
  scrollRef?: RefObject<HTMLDivElement | null>;
  /** Rows of the whole list, header included, when only some are in the DOM (aria-rowcount). */
  rowCount?: number;
  busy?: boolean;
  /**
   * False: the table alone, without its keyboard-scrollable region (for a table kept visually hidden
   * for screen readers, where a focusable box would take focus nobody can see).
   */
  scrollable?: boolean;
}

/** A scrollable plain table (keyboard-scrollable region) with the kit's table styles. */
export function PlainTable({ label, minWidth, children, maxHeight, scrollRef, rowCount, busy, scrollable = true }: PlainTableProps) {
  if (!scrollable)
    return (
      <table className={classes.table} aria-label={label} style={{ minWidth }}>
        {children}
      </table>
    );
  return (
    <div
      ref={scrollRef}
      className={classes.scroll}
      role="region"
      aria-label={label}
      tabIndex={0}
      style={maxHeight ? { maxHeight, overflowY: "auto" } : undefined}
    >
      <table className={classes.table} style={{ minWidth }} aria-rowcount={rowCount} aria-busy={busy || undefined}>
        {children}
      </table>
    </div>
  );
}
