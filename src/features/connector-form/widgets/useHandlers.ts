// The change, blur and focus wiring every native control of the form shares: the control's text,
// read by `parse` into the value the form stores (empty text: no value).
import type { WidgetProps } from "@rjsf/utils";
import type { ChangeEvent, FocusEvent } from "react";

type NativeControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export function useHandlers(props: WidgetProps, parse: (raw: string) => unknown = (raw) => (raw === "" ? undefined : raw)) {
  const { id, onChange, onBlur, onFocus } = props;
  return {
    onChange: (event: ChangeEvent<NativeControl>) => onChange(parse(event.target.value)),
    onBlur: (event: FocusEvent<NativeControl>) => onBlur(id, event.target.value),
    onFocus: (event: FocusEvent<NativeControl>) => onFocus(id, event.target.value),
  };
}
