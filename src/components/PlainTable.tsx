import type { ReactNode } from "react";
import classes from "./PlainTable.module.css";

/** A horizontally scrollable plain table (keyboard-scrollable region) with the kit's table styles. */
export function PlainTable({ label, minWidth, children }: { label: string; minWidth: number; children: ReactNode }) {
  return (
    <div className={classes.scroll} role="region" aria-label={label} tabIndex={0}>
      <table className={classes.table} style={{ minWidth }}>
        {children}
      </table>
    </div>
  );
}
