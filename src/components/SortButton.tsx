import { IconArrowDown, IconArrowUp, IconArrowsSort } from "@tabler/icons-react";
import classes from "./PlainTable.module.css";

interface SortButtonProps {
  label: string;
  /** This column's order, or null while the list is sorted by another column. */
  direction: "asc" | "desc" | null;
  onClick(): void;
}

/**
 * A sortable column's header button, for a `<th>` that carries `aria-sort`: the column's name, an
 * arrow for its order, and the order in words for screen readers.
 */
export function SortButton({ label, direction, onClick }: SortButtonProps) {
  const Icon = direction === null ? IconArrowsSort : direction === "asc" ? IconArrowUp : IconArrowDown;
  return (
    <button type="button" className={classes.sortButton} onClick={onClick}>
      {label}
      <Icon size={14} aria-hidden="true" />
      <span className="visually-hidden">
        {direction === null ? ", sort" : `, sorted ${direction === "asc" ? "ascending" : "descending"}`}
      </span>
    </button>
  );
}
