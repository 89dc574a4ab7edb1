// Choices: select (a native select: light, accessible), radios for a few options, switch for booleans.
import { Radio, Stack } from "@mantine/core";
import { ToggleSwitch } from "@/components/controls/ToggleSwitch";
import type { WidgetProps } from "@rjsf/utils";
import type { JsonSchema } from "../lib/jsonSchema";
import { radioGroupChromeProps, useChrome } from "./chrome";
import { LightField } from "./LightField";
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
  return (
    <LightField id={props.id} chrome={chrome} kind="select">
      {(control) => (
        <select
          {...control}
          name={props.htmlName ?? props.id}
          value={selected >= 0 ? String(selected) : ""}
          disabled={props.disabled || props.readonly}
          onChange={(event) => props.onChange(event.target.value === "" ? undefined : values[Number(event.target.value)])}
          onBlur={() => props.onBlur(props.id, props.value)}
          onFocus={() => props.onFocus(props.id, props.value)}
        >
          <option value="" disabled={chrome.required && selected >= 0}>
            Choose…
          </option>
          {values.map((v, i) => (
            <option key={String(i)} value={String(i)}>
              {String(v)}
            </option>
          ))}
        </select>
      )}
    </LightField>
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
  // The kit's light switch (a native checkbox announced as a switch) rather than Mantine's Switch, for
  // the reason LightField gives. Help text sits outside the label so the accessible name is the label alone.
  return (
    <div>
      <div className={classes.switchRow}>
        <ToggleSwitch
          id={props.id}
          name={props.htmlName ?? props.id}
          aria-label={chrome.label}
          checked={props.value === true}
          disabled={props.disabled || props.readonly}
          aria-describedby={[chrome.description ? descriptionId : "", chrome.error ? errorId : ""].filter(Boolean).join(" ") || undefined}
          aria-invalid={chrome.error ? true : undefined}
          onChange={(event) => props.onChange(event.currentTarget.checked)}
          onBlur={() => props.onBlur(props.id, props.value)}
          onFocus={() => props.onFocus(props.id, props.value)}
        />
        <label htmlFor={props.id} className={classes.switchLabel}>
          {chrome.label}
        </label>
      </div>
      {chrome.description && (
        <div id={descriptionId} className={`${classes.muted} ${classes.switchNote}`}>
          {chrome.description}
        </div>
      )}
      {chrome.error && (
        <div id={errorId} className={`${classes.error} ${classes.switchNote}`}>
          {chrome.error}
        </div>
      )}
    </div>
  );
}
