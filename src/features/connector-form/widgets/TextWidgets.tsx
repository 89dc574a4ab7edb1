// Text-like inputs: plain text, email, URL, number, multi-line, and fixed (const) values.
import type { WidgetProps } from "@rjsf/utils";
import { useState, type ChangeEvent } from "react";
import type { JsonSchema } from "../lib/jsonSchema";
import { numberTextProblem, parseNumberText } from "../lib/numberText";
import { useChrome } from "./chrome";
import { LightField } from "./LightField";
import { useHandlers } from "./useHandlers";
import classes from "../components/form.module.css";

function makeTextWidget(type: "text" | "email" | "url") {
  return function TextLikeWidget(props: WidgetProps) {
    const chrome = useChrome(props);
    const handlers = useHandlers(props);
    return (
      <LightField id={props.id} chrome={chrome}>
        {(control) => (
          <input
            {...control}
            name={props.htmlName ?? props.id}
            type={type}
            placeholder={chrome.placeholder}
            value={props.value === undefined || props.value === null ? "" : String(props.value)}
            disabled={props.disabled || props.readonly}
            autoComplete="off"
            spellCheck={false}
            {...handlers}
          />
        )}
      </LightField>
    );
  };
}

export const TextWidget = makeTextWidget("text");
export const EmailWidget = makeTextWidget("email");
export const URLWidget = makeTextWidget("url");

export function NumberWidget(props: WidgetProps) {
  const schema = props.schema as JsonSchema;
  const bounds = [
    typeof schema.minimum === "number" ? `at least ${schema.minimum}` : undefined,
    typeof schema.maximum === "number" ? `at most ${schema.maximum}` : undefined,
  ].filter(Boolean);
  const chrome = useChrome(
    props,
    bounds.length ? `A ${schema.type === "integer" ? "whole number" : "number"}, ${bounds.join(" and ")}.` : undefined,
  );
  // Text that is not a number yet (e.g. "-" while typing), or one too long to be kept exactly, is kept
  // as typed, so nothing is lost; the validator then blocks saving and the field says why.
  const handlers = useHandlers(props, parseNumberText);
  const inexact = typeof props.value === "string" ? numberTextProblem(props.value) : undefined;
  // What was typed stays on screen while it means the stored value ("1." and "1.50" are 1 and 1.5).
  const [typed, setTyped] = useState<string>();
  const stored = props.value === undefined || props.value === null ? "" : String(props.value);
  const shown = typed !== undefined && Object.is(parseNumberText(typed) ?? "", props.value ?? "") ? typed : stored;
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    setTyped(event.target.value);
    handlers.onChange(event);
  };
  return (
    // The problem with inexact text is shown as soon as it is typed: the value would otherwise change under the user's eyes.
    <LightField id={props.id} chrome={inexact ? { ...chrome, error: inexact } : chrome}>
      {(control) => (
        <input
          {...control}
          name={props.htmlName ?? props.id}
          type="text"
          inputMode={schema.type === "integer" ? "numeric" : "decimal"}
          placeholder={chrome.placeholder}
          value={shown}
          disabled={props.disabled || props.readonly}
          autoComplete="off"
          {...handlers}
          onChange={onChange}
        />
      )}
    </LightField>
  );
}

export function TextareaWidget(props: WidgetProps) {
  const chrome = useChrome(props);
  const handlers = useHandlers(props);
  return (
    <LightField id={props.id} chrome={chrome} kind="multiline">
      {(control) => (
        <textarea
          {...control}
          className={`${control.className} ${classes.monospace}`}
          name={props.htmlName ?? props.id}
          placeholder={chrome.placeholder}
          value={props.value === undefined || props.value === null ? "" : String(props.value)}
          disabled={props.disabled || props.readonly}
          rows={4}
          spellCheck={false}
          {...handlers}
        />
      )}
    </LightField>
  );
}

/** A `const` value: shown, not editable (the schema allows nothing else). */
export function ConstWidget(props: WidgetProps) {
  const chrome = useChrome(props);
  const schema = props.schema as JsonSchema;
  // Label and help only: the value cannot be wrong, and it is not the user's to fill in.
  return (
    <LightField id={props.id} chrome={{ label: chrome.label, description: chrome.description, required: false }}>
      {(control) => <input {...control} value={String(schema.const ?? "")} readOnly />}
    </LightField>
  );
}

export function HiddenWidget() {
  return null;
}
