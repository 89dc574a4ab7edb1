// Choices: select (a native select: light, accessible; a search field past LONG_CHOICE_LIST values),
// radios for a few options, switch for booleans.
import { Radio, Select, Stack } from "@mantine/core";
import { useDropdownOnOpen } from "@/components/controls/useDropdownOnOpen";
import { ToggleSwitch } from "@/components/controls/ToggleSwitch";
import type { WidgetProps } from "@rjsf/utils";
import { useMemo } from "react";
import { jsonKey, type JsonSchema } from "../lib/jsonSchema";
import { inputChromeProps, LONG_CHOICE_LIST, longListHint, radioGroupChromeProps, SHOWN_MATCHES, useChrome, type Chrome } from "./chrome";
import { LightField } from "./LightField";
import classes from "../components/form.module.css";

function enumValues(props: WidgetProps): unknown[] {
  const schema = props.schema as JsonSchema;
  if (Array.isArray(schema.enum)) return schema.enum;
  return (props.options.enumOptions ?? []).map((option) => option.value);
}

function indexOfValue(values: unknown[], value: unknown): number {
  if (value === undefined) return -1;
  const key = jsonKey(value);
  return values.findIndex((v) => jsonKey(v) === key);
}

export function SelectWidget(props: WidgetProps) {
  const values = enumValues(props);
  const long = values.length > LONG_CHOICE_LIST;
  const chrome = useChrome(props, long ? longListHint(values.length) : undefined);
  const selected = indexOfValue(values, props.value);
  if (long) return <SearchableChoice props={props} chrome={chrome} values={values} selected={selected} />;
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

function SearchableChoice({
  props,
  chrome,
  values,
  selected,
}: {
  props: WidgetProps;
  chrome: Chrome;
  values: unknown[];
  selected: number;
}) {
  const dropdown = useDropdownOnOpen();
  // Mantine parses its data when the array changes: keep one array per list of values.
  const data = useMemo(() => values.map((v, i) => ({ value: String(i), label: String(v) })), [values]);
  return (
    <Select
      id={props.id}
      name={props.htmlName ?? props.id}
      {...inputChromeProps(chrome)}
      placeholder="Type to search…"
      data={data}
      value={selected >= 0 ? String(selected) : null}
      searchable
      limit={SHOWN_MATCHES}
      nothingFoundMessage="No choice matches"
      clearable={!chrome.required}
      disabled={props.disabled || props.readonly}
      {...dropdown}
      onChange={(next) => props.onChange(next === null ? undefined : values[Number(next)])}
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
