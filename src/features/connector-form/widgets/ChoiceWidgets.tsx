// Choices: select (NativeSelect: light, accessible), radios for a few options, switch for booleans.
import { NativeSelect, Radio, Stack, Switch, Text } from "@mantine/core";
import type { WidgetProps } from "@rjsf/utils";
import type { JsonSchema } from "../lib/jsonSchema";
import { inputChromeProps, labelClassNames, radioGroupChromeProps, useChrome } from "./chrome";
import classes from "../components/form.module.css";

function enumValues(props: WidgetProps): unknown[] {
  const schema = props.schema as JsonSchema;
  if (Array.isArray(schema.enum)) return schema.enum;
  return (props.options.enumOptions ?? []).map((option) => option.value);
}

function indexOfValue(values: unknown[], value: unknown): number {
  const key = JSON.stringify(value);
  return values.findIndex((v) => JSON.stringify(v) === key);
}

export function SelectWidget(props: WidgetProps) {
  const chrome = useChrome(props);
  const values = enumValues(props);
  const selected = indexOfValue(values, props.value);
  const data = [
    { value: "", label: "Choose…", disabled: chrome.required && selected >= 0 },
    ...values.map((v, i) => ({ value: String(i), label: String(v) })),
  ];
  return (
    <NativeSelect
      id={props.id}
      name={props.htmlName ?? props.id}
      {...inputChromeProps(chrome)}
      data={data}
      value={selected >= 0 ? String(selected) : ""}
      disabled={props.disabled || props.readonly}
      onChange={(event) => props.onChange(event.target.value === "" ? undefined : values[Number(event.target.value)])}
      onBlur={() => props.onBlur(props.id, props.value)}
      onFocus={() => props.onFocus(props.id, props.value)}
    />
  );
}

export function RadioWidget(props: WidgetProps) {
  const chrome = useChrome(props);
  const values = enumValues(props);
  const selected = indexOfValue(values, props.value);
  return (
    <Radio.Group
      id={props.id}
      name={props.htmlName ?? props.id}
      {...radioGroupChromeProps(chrome)}
      value={selected >= 0 ? String(selected) : null}
      onChange={(next) => props.onChange(values[Number(next)])}
      onBlur={() => props.onBlur(props.id, props.value)}
    >
      <Stack gap={6} mt={6}>
        {values.map((v, i) => (
          <Radio
            key={String(i)}
            id={i === 0 ? `${props.id}-0` : undefined}
            value={String(i)}
            label={String(v)}
            disabled={props.disabled || props.readonly}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}

export function CheckboxWidget(props: WidgetProps) {
  const chrome = useChrome(props);
  const descriptionId = `${props.id}-description`;
  const errorId = `${props.id}-error`;
  // Help text sits outside the switch's label so the accessible name is the label alone.
  return (
    <div>
      <Switch
        id={props.id}
        name={props.htmlName ?? props.id}
        label={chrome.label}
        classNames={labelClassNames}
        checked={props.value === true}
        disabled={props.disabled || props.readonly}
        aria-describedby={[chrome.description ? descriptionId : "", chrome.error ? errorId : ""].filter(Boolean).join(" ") || undefined}
        aria-invalid={chrome.error ? true : undefined}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
        onBlur={() => props.onBlur(props.id, props.value)}
        onFocus={() => props.onFocus(props.id, props.value)}
      />
      {chrome.description && (
        <Text component="div" id={descriptionId} size="xs" className={classes.muted} mt={4}>
          {chrome.description}
        </Text>
      )}
      {chrome.error && (
        <Text id={errorId} size="xs" c="var(--mantine-color-error)" mt={4}>
          {chrome.error}
        </Text>
      )}
    </div>
  );
}
