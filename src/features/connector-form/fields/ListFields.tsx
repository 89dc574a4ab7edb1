// Arrays of plain values: free values as a tag input, values from an `enum` as a multi-select.
import { MultiSelect, TagsInput } from "@mantine/core";
import type { FieldProps } from "@rjsf/utils";
import { memo } from "react";
import { useDropdownOnOpen } from "@/components/controls/useDropdownOnOpen";
import { useFieldError } from "../lib/formStore";
import { labelOf, schemaType, type JsonSchema } from "../lib/jsonSchema";
import { firstExample, formContextOf, inputChromeProps, useHelpText } from "../widgets/chrome";
import { LONG_CHOICE_LIST, longListHint, SHOWN_MATCHES, useEnumChoices } from "../widgets/enumChoices";

const NO_ITEMS: JsonSchema = {};
const NO_VALUES: unknown[] = [];

function itemsOf(schema: JsonSchema): JsonSchema {
  return typeof schema.items === "object" && !Array.isArray(schema.items) ? schema.items : NO_ITEMS;
}

function useListChrome(props: FieldProps, extraHint?: string) {
  const schema = props.schema as JsonSchema;
  const error = useFieldError(formContextOf(props)?.store, props.fieldPathId.$id);
  const description = useHelpText(schema, extraHint);
  return {
    schema,
    items: itemsOf(schema),
    chrome: inputChromeProps({
      label: labelOf(schema, props.name),
      description,
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
  const items = itemsOf(props.schema as JsonSchema);
  const allowed = Array.isArray(items.enum) ? items.enum : NO_VALUES;
  const long = allowed.length > LONG_CHOICE_LIST;
  const { chrome, values } = useListChrome(props, long ? longListHint(allowed.length) : undefined);
  const dropdown = useDropdownOnOpen();
  const { data, indexOf } = useEnumChoices(allowed);
  return (
    <MultiSelect
      id={props.fieldPathId.$id}
      {...chrome}
      data={data}
      value={values
        .map(indexOf)
        .filter((i) => i >= 0)
        .map(String)}
      disabled={props.disabled || props.readonly}
      limit={long ? SHOWN_MATCHES : undefined}
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
