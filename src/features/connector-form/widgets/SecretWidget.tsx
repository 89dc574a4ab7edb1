// airbyte_secret: a password input with a reveal toggle (a masked text area when also multiline). In edit mode a stored secret arrives as
// "**********": it is shown as set, sent back unchanged, and only replaced when the user asks to.
// What is typed stays out of the DOM's attributes (the input is uncontrolled).
import { Button, Group, Input, PasswordInput, Text } from "@mantine/core";
import type { WidgetProps } from "@rjsf/utils";
import { useState, type FocusEvent } from "react";
import { SECRET_MASK, type JsonSchema } from "../lib/jsonSchema";
import { SecretTextarea } from "./SecretTextarea";
import { useUnmirroredValue } from "./useUnmirroredValue";
import { inputChromeProps, labelClassNames, useChrome } from "./chrome";
import classes from "../components/form.module.css";

export function SecretWidget(props: WidgetProps) {
  const chrome = useChrome(props);
  const { id, value, onChange, onBlur, onFocus, disabled, readonly } = props;
  // The masked value this field had when it was opened, so "Keep current" can restore it.
  const [storedMask] = useState(() => (value === SECRET_MASK ? SECRET_MASK : undefined));
  const isStored = value === SECRET_MASK;
  const text = typeof value === "string" ? value : value === undefined || value === null ? "" : String(value);
  const inputRef = useUnmirroredValue<HTMLInputElement>(isStored ? "" : text);

  if (isStored) {
    return (
      <Input.Wrapper
        id={`${id}-wrapper`}
        label={chrome.label}
        description={chrome.description}
        error={chrome.error}
        withAsterisk={chrome.required}
        classNames={labelClassNames}
      >
        <Group gap="sm" mt={4} wrap="nowrap">
          <Text size="sm" className={classes.muted} aria-live="polite">
            Saved (hidden)
          </Text>
          <Button
            id={id}
            size="compact-sm"
            variant="light"
            disabled={disabled || readonly}
            onClick={() => onChange(undefined)}
            aria-label={`Replace ${chrome.label}`}
          >
            Replace
          </Button>
        </Group>
      </Input.Wrapper>
    );
  }

  const input = (props.schema as JsonSchema).multiline ? (
    <SecretTextarea widget={props} chrome={chrome} placeholder={storedMask ? "Enter a new value" : undefined} />
  ) : (
    <PasswordInput
      id={id}
      name={props.htmlName ?? id}
      {...inputChromeProps(chrome)}
      placeholder={storedMask ? "Enter a new value" : undefined}
      // Uncontrolled (see useUnmirroredValue): the secret never becomes an attribute.
      ref={inputRef}
      disabled={disabled || readonly}
      autoComplete="new-password"
      visibilityToggleFocusable
      visibilityToggleButtonProps={{ "aria-label": `Show or hide ${chrome.label}` }}
      onChange={(event) => onChange(event.currentTarget.value === "" ? undefined : event.currentTarget.value)}
      onBlur={(event: FocusEvent<HTMLInputElement>) => onBlur(id, event.target.value)}
      onFocus={(event: FocusEvent<HTMLInputElement>) => onFocus(id, event.target.value)}
    />
  );
  if (!storedMask) return input;
  return (
    <div>
      {input}
      <Button mt={4} size="compact-xs" variant="subtle" disabled={disabled || readonly} onClick={() => onChange(storedMask)}>
        Keep the saved value
      </Button>
    </div>
  );
}
