import type { CSSProperties, ReactNode } from "react";
import classes from "./DotBadge.module.css";

interface DotBadgeProps {
  /** A Mantine colour name (the dot uses its filled shade). */
  color: string;
  title?: string;
  children: ReactNode;
}

/** A state label with a coloured dot, in the look of Mantine's dot Badge, as one plain span. */
export function DotBadge({ color, title, children }: DotBadgeProps) {
  return (
    <span className={classes.badge} title={title} style={{ "--dot": `var(--mantine-color-${color}-filled)` } as CSSProperties}>
      {children}
    </span>
  );
}
