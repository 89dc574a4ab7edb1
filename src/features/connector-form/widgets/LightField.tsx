// A labelled native control in Mantine's input look, without Mantine's input components. Mantine's
// TextInput or NativeSelect is about ten components, each resolving its styles on every render, and
// its useId sets state in a layout effect after mount (with an explicit id too), so every input of a
// newly shown form rendered twice before its first paint, and the one being typed in re-rendered all
// ten per key. This is one component with Mantine's own classes (Input.classes) and the same markup,
// ids and ARIA wiring: label for the control, description and error referenced by aria-describedby.
import { Input } from "@mantine/core";
import type { ReactNode } from "react";
import type { Chrome } from "./chrome";
import classes from "../components/form.module.css";

// Mantine's class names for the parts of an input (its CSS module, public as Input.classes).
const mantine = Input.classes as Record<"root" | "label" | "required" | "description" | "wrapper" | "input" | "section" | "error", string>;

/** What the control itself takes to look and read as Mantine's input. */
interface ControlProps {
  id: string;
  className: string;
  "data-variant": "default";
  "aria-invalid"?: true;
  "aria-describedby"?: string;
  "aria-required"?: true;
}

interface LightFieldProps {
  id: string;
  chrome: Chrome;
  /** "select" adds the chevron; "multiline" sizes the box to its rows, as Mantine's Textarea. */
  kind?: "input" | "select" | "multiline";
  children(control: ControlProps): ReactNode;
}

export function LightField({ id, chrome, kind = "input", children }: LightFieldProps) {
  const descriptionId = chrome.description ? `${id}-description` : undefined;
  const errorId = chrome.error ? `${id}-error` : undefined;
  return (
    <div className={mantine.root}>
      <label className={`${mantine.label} ${classes.label}`} htmlFor={id} id={`${id}-label`}>
        {chrome.label}
        {chrome.required && (
          <span className={mantine.required} aria-hidden="true">
            {" *"}
          </span>
        )}
      </label>
      {descriptionId && (
        <p className={`${mantine.description} ${classes.description}`} id={descriptionId}>
          {chrome.description}
        </p>
      )}
      <div
        className={`${mantine.wrapper} ${classes.lightInput}`}
        data-variant="default"
        data-error={errorId ? true : undefined}
        data-offset-top={descriptionId ? true : undefined}
        data-offset-bottom={errorId ? true : undefined}
        data-multiline={kind === "multiline" || undefined}
        data-pointer={kind === "select" || undefined}
        data-with-right-section={kind === "select" || undefined}
      >
        {children({
          id,
          className: mantine.input,
          "data-variant": "default",
          "aria-invalid": errorId ? true : undefined,
          "aria-describedby": [errorId, descriptionId].filter(Boolean).join(" ") || undefined,
          "aria-required": chrome.required || undefined,
        })}
        {kind === "select" && (
          <div className={mantine.section} data-position="right">
            <svg className={classes.chevron} viewBox="0 0 15 15" aria-hidden="true">
              <path
                d="M4.93 5.43a.45.45 0 0 0 .64.64L7.5 4.14l1.93 1.93a.45.45 0 0 0 .64-.64L7.82 3.18a.45.45 0 0 0-.64 0L4.93 5.43Zm5.14 4.14a.45.45 0 0 0-.64-.64L7.5 10.86 5.57 8.93a.45.45 0 0 0-.64.64l2.25 2.25c.18.18.46.18.64 0l2.25-2.25Z"
                fill="currentColor"
                fillRule="evenodd"
                clipRule="evenodd"
              />
            </svg>
          </div>
        )}
      </div>
      {errorId && (
        <p className={`${mantine.error} ${classes.error}`} id={errorId}>
          {chrome.error}
        </p>
      )}
    </div>
  );
}
