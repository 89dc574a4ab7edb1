// Choices: select (a native select: light, accessible; a search field past LONG_CHOICE_LIST values),
// radios for a few options, switch for booleans.
import { Radio, Select, Stack } from "@mantine/core";
import { useDropdownOnOpen } from "@/components/controls/useDropdownOnOpen";
import { ToggleSwitch } from "@/components/controls/ToggleSwitch";
import type { WidgetProps } from "@rjsf/utils";
import type { JsonSchema } from "../lib/jsonSchema";
import { inputChromeProps, radioGroupChromeProps, useChrome, type Chrome } from "./chrome";
import { LONG_CHOICE_LIST, longListHint, SHOWN_MATCHES, useEnumChoices, type EnumChoices } from "./enumChoices";
import { LightField } from "./LightField";
import { useHandlers } from "./useHandlers";
import classes from "../components/form.module.css";

function enumValues(props: WidgetProps): unknown[] {
  const schema = props.schema as JsonSchema;
  if (Array.isArray(schema.enum)) return schema.enum;
  return (props.options.enumOptions ?? []).map((option) => option.value);
}

export function SelectWidget(props: WidgetProps) {
  const values = enumValues(props);
  const long = values.length > LONG_CHOICE_LIST;
  const chrome = useChrome(props, long ? longListHint(values.length) : undefined);
  const choices = useEnumChoices(values);
  const handlers = useHandlers(props, (raw) => (raw === "" ? undefined : values[Number(raw)]));
  const selected = choices.indexOf(props.value);
  if (long) return <SearchableChoice props={props} chrome={chrome} values={values} choices={choices} selected={selected} />;
  return (
    <LightField id={props.id} chrome={chrome} kind="select">
      {(control) => (
        <select
          {...control}
          name={props.htmlName ?? props.id}
          value={selected >= 0 ? String(selected) : ""}
          disabled={props.disabled || props.readonly}
          {...handlers}
        >
          <option value="" disabled={chrome.required && selected >= 0}>
            Choose…
          </option>
          {choices.data.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
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
  choices,
  selected,
}: {
  props: WidgetProps;
  chrome: Chrome;
  values: unknown[];
  choices: EnumChoices;
  selected: number;
}) {
  const dropdown = useDropdownOnOpen();
  return (
    <Select
      id={props.id}
      name={props.htmlName ?? props.id}
      {...inputChromeProps(chrome)}
      placeholder="Type to search…"
      data={choices.data}
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
  const choices = useEnumChoices(values);
  const selected = choices.indexOf(props.value);
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
        {choices.data.map((option, i) => (
          <Radio
            key={option.value}
            id={i === 0 ? `${props.id}-0` : undefined}
            value={option.value}
            label={option.label}
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
