import type { ReactNode } from "react";
import { Link } from "react-router";
import { Spinner } from "../Spinner";
import classes from "./PlainButton.module.css";

interface PlainButtonLook {
  /** Mantine's button variants, drawn with its CSS variables: "filled" (the default), "default", "light". */
  variant?: "filled" | "default" | "light";
  /** The filled variant's colour: the theme's primary colour or red (for a failure's retry). */
  color?: "primary" | "red";
  size?: "xs" | "sm";
  leftSection?: ReactNode;
  children: ReactNode;
}

interface ActionProps extends PlainButtonLook {
  onClick(): void;
  /**
   * Shown as busy (a spinner before the label, `aria-busy`) and clicks ignored until it is false. The
   * button stays enabled, so the keyboard focus that pressed it stays on it.
   */
  loading?: boolean;
  to?: never;
}

interface LinkProps extends PlainButtonLook {
  /** A link that looks like a button: it goes somewhere rather than doing something. */
  to: string;
  onClick?: never;
  loading?: never;
}

/**
 * A button in the kit's look, from a native `<button>` (or a router link) and CSS: the shell, error
 * screens and the first screen use it instead of Mantine's Button, whose loading overlay and
 * transitions would add about 2 KB of gzip to the first download (ARCHITECTURE.md, first-screen budget).
 */
export function PlainButton(props: ActionProps | LinkProps) {
  const { variant = "filled", color = "primary", size = "sm", leftSection, children } = props;
  const look = { className: classes.button, "data-variant": variant, "data-color": color, "data-size": size };
  const loading = props.to === undefined && props.loading === true;
  const content = (
    <>
      {/* Busy: a spinner before the label (the label stays, so the button keeps its name). */}
      {loading ? <Spinner size="inline" /> : leftSection && <span className={classes.section}>{leftSection}</span>}
      {children}
    </>
  );
  if (props.to !== undefined)
    return (
      <Link to={props.to} {...look}>
        {content}
      </Link>
    );
  return (
    <button
      type="button"
      {...look}
      data-loading={loading || undefined}
      aria-busy={loading || undefined}
      onClick={() => {
        if (!loading) props.onClick();
      }}
    >
      {content}
    </button>
  );
}
