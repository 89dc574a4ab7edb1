// Label, help text, placeholder and error of a field, the same way for every widget.
import type { WidgetProps } from "@rjsf/utils";
import { useMemo, type ReactNode } from "react";
import { Markdown } from "../components/Markdown";
import type { ConnectorFormContext } from "../lib/formContext";
import { useFieldError } from "../lib/formStore";
import { labelOf, type JsonSchema } from "../lib/jsonSchema";
import classes from "../components/form.module.css";

export const labelClassNames = { label: classes.label, description: classes.description, error: classes.error };

export function formContextOf(props: { registry: { formContext: unknown } }): ConnectorFormContext | undefined {
  return props.registry.formContext as ConnectorFormContext | undefined;
}

export function firstExample(schema: JsonSchema): string | undefined {
  const examples = Array.isArray(schema.examples) ? schema.examples : schema.examples !== undefined ? [schema.examples] : [];
  const first = examples.find((e) => typeof e === "string" || typeof e === "number");
  return first === undefined ? undefined : String(first);
}

export interface Chrome {
  label: string;
  description?: ReactNode;
  error?: string;
  placeholder?: string;
  required: boolean;
}

/** A field's help: its description (markdown), then any hint the widget adds. */
export function useHelpText(schema: JsonSchema, extraHint?: string): ReactNode {
  const text = typeof schema.description === "string" && schema.description.trim() ? schema.description : undefined;
  const hint = [text, extraHint].filter(Boolean).join("\n\n");
  // The same element while the text is the same, so the input's help text does not re-render on each keystroke.
  return useMemo(() => (hint ? <Markdown text={hint} /> : undefined), [hint]);
}

/** Everything a widget shows around its input. Errors come from the form's store (shown on blur/submit). */
export function useChrome(
  props: Pick<WidgetProps, "id" | "schema" | "label" | "name" | "required" | "registry">,
  extraHint?: string,
): Chrome {
  const schema = props.schema as JsonSchema;
  const error = useFieldError(formContextOf(props)?.store, props.id);
  const description = useHelpText(schema, extraHint);
  return {
    label: typeof schema.title === "string" && schema.title.trim() ? schema.title : labelOf(undefined, props.label || props.name),
    description,
    error,
    placeholder: firstExample(schema),
    required: Boolean(props.required),
  };
}

/** The props every labelled input of the form takes from its chrome (label, help, error, required). */
export function inputChromeProps(chrome: Chrome) {
  return {
    label: chrome.label,
    description: chrome.description,
    error: chrome.error,
    withAsterisk: chrome.required,
    "aria-required": chrome.required || undefined,
    classNames: labelClassNames,
  };
}

/**
 * The same chrome for Mantine's Radio.Group. Radio.Group passes extra props to its outer wrapper,
 * not to the element with role="radiogroup" (where aria-required belongs), and offers no prop for
 * it, so a ref sets it there; React leaves an attribute it does not manage in place.
 */
export function radioGroupChromeProps(chrome: Chrome) {
  const { "aria-required": _onTheWrapper, ...props } = inputChromeProps(chrome);
  return {
    ...props,
    ref: (root: HTMLDivElement | null) => {
      const group = root?.querySelector('[role="radiogroup"]');
      if (!group) return;
      if (chrome.required) group.setAttribute("aria-required", "true");
      else group.removeAttribute("aria-required");
    },
  };
}
