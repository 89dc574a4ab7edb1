// Arrays of plain values: free values as a tag input, values from an `enum` as a multi-select.
import { MultiSelect, TagsInput } from "@mantine/core";
import type { FieldProps } from "@rjsf/utils";
import { memo } from "react";
import { useDropdownOnOpen } from "@/components/controls/useDropdownOnOpen";
import { Markdown } from "../components/Markdown";
import { useFieldError } from "../lib/formStore";
import { labelOf, schemaType, type JsonSchema } from "../lib/jsonSchema";
import { firstExample, formContextOf, inputChromeProps } from "../widgets/chrome";

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
  const dropdown = useDropdownOnOpen();
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
      {...dropdown}
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
  const dropdown = useDropdownOnOpen();
  return (
    <MultiSelect
      id={props.fieldPathId.$id}
      {...chrome}
      data={allowed.map((v, i) => ({ value: String(i), label: String(v) }))}
      value={values.map((v) => String(allowed.findIndex((a) => JSON.stringify(a) === JSON.stringify(v)))).filter((v) => v !== "-1")}
      disabled={props.disabled || props.readonly}
      searchable
      clearable
      {...dropdown}
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
