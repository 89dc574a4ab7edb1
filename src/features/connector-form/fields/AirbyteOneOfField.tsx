// `oneOf` of objects: a selector by option title and the chosen option's fields. The discriminator
// (the property each option fixes with `const`) is set by the choice and not shown; switching keeps
// the values both options share and drops the others.
import { Radio, Stack } from "@mantine/core";
import type { FieldProps, RJSFSchema, UiSchema } from "@rjsf/utils";
import { memo, useCallback, useMemo, useRef, type ComponentType } from "react";
import { Markdown } from "../components/Markdown";
import { useFieldError } from "../lib/formStore";
import { labelOf, type JsonSchema } from "../lib/jsonSchema";
import { oneOfOptions } from "../lib/displaySchema";
import { selectedOption } from "../lib/oneOf";
import { switchOption } from "../lib/switchOption";
import { formContextOf, radioGroupChromeProps } from "../widgets/chrome";
import { LightField } from "../widgets/LightField";
import classes from "../components/form.module.css";

function optionLabel(option: JsonSchema, index: number): string {
  if (typeof option.title === "string" && option.title.trim()) return option.title;
  if (typeof option.option_title === "string") return option.option_title;
  return `Option ${index + 1}`;
}

interface ChooserProps {
  id: string;
  label: string;
  description?: string;
  error?: string;
  required: boolean;
  labels: string[];
  index: number;
  radio: boolean;
  disabled: boolean;
  onSelect(index: number): void;
}

/**
 * The option selector, memoised on plain props: typing in the chosen option's fields changes the
 * oneOf's value on every keystroke, but not the selector, so it does not re-render.
 */
const OneOfChooser = memo(function OneOfChooser({
  id,
  label,
  description,
  error,
  required,
  labels,
  index,
  radio,
  disabled,
  onSelect,
}: ChooserProps) {
  const chrome = { label, description: description ? <Markdown text={description} /> : undefined, error, required };
  if (radio) {
    // The spec asks for the options side by side as radios (display_type: radio).
    return (
      <Radio.Group id={id} {...radioGroupChromeProps(chrome)} value={String(index)} onChange={(next) => onSelect(Number(next))}>
        <Stack gap={6} mt={6}>
          {labels.map((text, i) => (
            <Radio key={String(i)} id={i === 0 ? `${id}-0` : undefined} value={String(i)} label={text} disabled={disabled} />
          ))}
        </Stack>
      </Radio.Group>
    );
  }
  return (
    <LightField id={id} chrome={chrome} kind="select">
      {(control) => (
        <select {...control} value={String(index)} disabled={disabled} onChange={(event) => onSelect(Number(event.target.value))}>
          {labels.map((text, i) => (
            <option key={String(i)} value={String(i)}>
              {text}
            </option>
          ))}
        </select>
      )}
    </LightField>
  );
});

export const AirbyteOneOfField = memo(function AirbyteOneOfField(props: FieldProps) {
  const { schema: rawSchema, formData, fieldPathId, registry, uiSchema, onChange, name } = props;
  const schema = rawSchema as JsonSchema;
  const rawOptions = oneOfOptions(schema);
  const options = useMemo(() => rawOptions.map((option) => ({ ...option, type: "object" }) as JsonSchema), [rawOptions]);
  const labels = useMemo(() => options.map((o, i) => optionLabel(o, i)), [options]);
  const index = selectedOption(schema, options, formData);
  const option = options[index];
  const optionUiSchemas = (uiSchema?.["ui:options"] as { optionUiSchemas?: UiSchema[] } | undefined)?.optionUiSchemas;
  const error = useFieldError(formContextOf(props)?.store, fieldPathId.$id);
  const ObjectField = registry.fields.ObjectField as ComponentType<FieldProps>;
  const label = labelOf(schema, name);
  const description = typeof schema.description === "string" && schema.description.trim() ? schema.description : undefined;
  // Latest value and path for a selection callback that stays the same while the user types.
  const latest = useRef({ formData, path: fieldPathId.path, onChange, options });
  latest.current = { formData, path: fieldPathId.path, onChange, options };
  const onSelect = useCallback((next: number) => {
    const { formData: current, path, onChange: change, options: all } = latest.current;
    change(switchOption(all, current, next), path);
  }, []);

  return (
    <Stack gap="sm" className={classes.nested} role="group" aria-labelledby={`${fieldPathId.$id}-label`}>
      <OneOfChooser
        id={fieldPathId.$id}
        label={label}
        description={description}
        error={error}
        required={Boolean(props.required)}
        labels={labels}
        index={index}
        radio={schema.display_type === "radio"}
        disabled={Boolean(props.disabled || props.readonly)}
        onSelect={onSelect}
      />
      {option && (
        <ObjectField
          {...props}
          schema={option as RJSFSchema}
          uiSchema={optionUiSchemas?.[index] ?? { "ui:options": { embedded: true } }}
          formData={formData}
        />
      )}
    </Stack>
  );
});
