import classes from "./Spinner.module.css";

/**
 * A spinning ring in the look of Mantine's default (oval) Loader, from CSS alone: the page loader and
 * busy buttons are on the first screen, and Mantine's Loader (with its other two kinds) is not.
 * Decorative: the element around it says what is loading.
 */
export function Spinner({ size }: { size: "md" | "inline" }) {
  return <span className={classes.spinner} data-size={size} aria-hidden="true" />;
}
