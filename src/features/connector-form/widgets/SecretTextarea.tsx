// A secret that is also `multiline` (SSH private keys, certificates, client keys): a password box
// would turn the pasted line breaks into spaces and break the key, a plain text area would show it.
// This is a text area (every line break kept) whose characters are masked until the user reveals them.
import { ActionIcon, Textarea } from "@mantine/core";
import { IconEye, IconEyeOff } from "@tabler/icons-react";
import type { WidgetProps } from "@rjsf/utils";
import { useState, type FocusEvent } from "react";
import { inputChromeProps, type Chrome } from "./chrome";
import { useUnmirroredValue } from "./useUnmirroredValue";
import classes from "../components/form.module.css";

interface Props {
  widget: WidgetProps;
  chrome: Chrome;
  placeholder?: string;
}

export function SecretTextarea({ widget, chrome, placeholder }: Props) {
  const { id, value, onChange, onBlur, onFocus, disabled, readonly } = widget;
  const [revealed, setRevealed] = useState(false);
  const ref = useUnmirroredValue<HTMLTextAreaElement>(typeof value === "string" ? value : "");
  return (
    <Textarea
      id={id}
      name={widget.htmlName ?? id}
      {...inputChromeProps(chrome)}
      placeholder={placeholder}
      // Uncontrolled (see useUnmirroredValue): React would copy a controlled text area's value into
      // its text content, where the secret would sit in the DOM.
      ref={ref}
      disabled={disabled || readonly}
      rows={4}
      autoComplete="off"
      spellCheck={false}
      // Masked by the stylesheet while data-masked is set (a text area has no password type).
      data-masked={revealed ? "false" : "true"}
      classNames={{ ...inputChromeProps(chrome).classNames, input: classes.secretText }}
      styles={{ section: { alignItems: "flex-start", paddingTop: 6 } }}
      rightSection={
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={`Show or hide ${chrome.label}`}
          aria-pressed={revealed}
          onClick={() => setRevealed((shown) => !shown)}
        >
          {revealed ? <IconEyeOff size={16} /> : <IconEye size={16} />}
        </ActionIcon>
      }
      onChange={(event) => onChange(event.currentTarget.value === "" ? undefined : event.currentTarget.value)}
      onBlur={(event: FocusEvent<HTMLTextAreaElement>) => onBlur(id, event.target.value)}
      onFocus={(event: FocusEvent<HTMLTextAreaElement>) => onFocus(id, event.target.value)}
    />
  );
}
