import { IconArrowDown, IconArrowUp, IconArrowsSort } from "@tabler/icons-react";
import classes from "./PlainTable.module.css";

type SortDirection = "asc" | "desc" | null;

interface SortButtonProps {
  label: string;
  /** This column's order, or null while the list is sorted by another column. */
  direction: SortDirection;
  onClick(): void;
}

/** The `aria-sort` of a column's `<th>`, and the word its button says for the order. */
export function ariaSortOf(direction: SortDirection): "ascending" | "descending" | "none" {
  return direction === null ? "none" : direction === "asc" ? "ascending" : "descending";
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
      <span className="visually-hidden">{direction === null ? ", sort" : `, sorted ${ariaSortOf(direction)}`}</span>
    </button>
  );
}
