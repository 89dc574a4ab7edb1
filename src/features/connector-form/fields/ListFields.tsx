// Arrays of plain values: free values as a tag input, values from an `enum` as a multi-select.
import { MultiSelect, TagsInput } from "@mantine/core";
import type { FieldProps } from "@rjsf/utils";
import { memo, useReducer } from "react";
import { Markdown } from "../components/Markdown";
import { useFieldError } from "../lib/formStore";
import { labelOf, schemaType, type JsonSchema } from "../lib/jsonSchema";
import { firstExample, formContextOf, inputChromeProps } from "../widgets/chrome";

// Mantine's combobox keeps its dropdown (every option) mounted while closed, and positions it on
// mount: a forced layout plus a synchronous re-render per list field, the largest part of showing a
// form with many enum lists (profiled on source-facebook-marketing). Mounted on opening instead.
const DROPDOWN_ON_OPEN = { keepMounted: false } as const;

/**
 * A re-render once a freshly opened list is in the page. Mantine learns the list's id in an effect
 * after the list mounts and keeps it in a ref, so without it the open input would still say
 * aria-expanded="false" with no aria-controls.
 */
function useRenderAfterOpen(): () => void {
  const [, bump] = useReducer((count: number) => count + 1, 0);
  return () => window.setTimeout(bump, 0);
}

function useListChrome(props: FieldProps) {
  const schema = props.schema as JsonSchema;
  const error = useFieldError(formContextOf(props)?.store, props.fieldPathId.$id);
  return {
    schema,
    items: (typeof schema.items === "object" && !Array.isArray(schema.items) ? schema.items : {}) as JsonSchema,
    chrome: inputChromeProps({
      label: labelOf(schema, props.name),
      description: typeof schema.description === "string" && schema.description.trim() ? <Markdown text={schema.description} /> : undefined,
      error,
      required: Boolean(props.required),
    }),
    values: Array.isArray(props.formData) ? (props.formData as unknown[]) : [],
  };
}

export const TagsField = memo(function TagsField(props: FieldProps) {
  const { schema, items, chrome, values } = useListChrome(props);
  const numeric = schemaType(items) === "integer" || schemaType(items) === "number";
  const example = firstExample(schema) ?? firstExample(items);
  return (
    <TagsInput
      id={props.fieldPathId.$id}
      {...chrome}
      placeholder={values.length === 0 ? (example ? `${example} — press Enter to add` : "Type a value and press Enter") : undefined}
      value={values.map(String)}
      disabled={props.disabled || props.readonly}
      clearable
      comboboxProps={DROPDOWN_ON_OPEN}
      acceptValueOnBlur
      splitChars={[","]}
      onChange={(next) =>
        props.onChange(numeric ? next.map((v) => (Number.isFinite(Number(v)) ? Number(v) : v)) : next, props.fieldPathId.path)
      }
      onBlur={() => props.onBlur(props.fieldPathId.$id, props.formData)}
    />
  );
});

export const MultiSelectField = memo(function MultiSelectField(props: FieldProps) {
  const { items, chrome, values } = useListChrome(props);
  const allowed = Array.isArray(items.enum) ? items.enum : [];
  const renderAfterOpen = useRenderAfterOpen();
  return (
    <MultiSelect
      id={props.fieldPathId.$id}
      {...chrome}
      data={allowed.map((v, i) => ({ value: String(i), label: String(v) }))}
      value={values.map((v) => String(allowed.findIndex((a) => JSON.stringify(a) === JSON.stringify(v)))).filter((v) => v !== "-1")}
      disabled={props.disabled || props.readonly}
      searchable
      clearable
      comboboxProps={DROPDOWN_ON_OPEN}
      onDropdownOpen={renderAfterOpen}
      onChange={(next) =>
        props.onChange(
          next.map((i) => allowed[Number(i)]),
          props.fieldPathId.path,
        )
      }
      onBlur={() => props.onBlur(props.fieldPathId.$id, props.formData)}
    />
  );
});
