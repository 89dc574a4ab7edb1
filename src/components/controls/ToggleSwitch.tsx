import type { InputHTMLAttributes } from "react";
import classes from "./controls.module.css";

type ToggleSwitchProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "role"> & { "aria-label": string };

/** An on/off switch: a native checkbox announced as a switch. Cheap enough for thousands of rows. */
export function ToggleSwitch({ className, ...props }: ToggleSwitchProps) {
  return <input type="checkbox" role="switch" className={className ? `${classes.switch} ${className}` : classes.switch} {...props} />;
}
