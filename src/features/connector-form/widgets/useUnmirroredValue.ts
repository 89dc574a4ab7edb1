// A secret input left uncontrolled: React mirrors a controlled input's value into its `value`
// attribute, where CSS attribute selectors, extensions and DOM dumps can read it. The value is written
// to the element's property instead (never an attribute), and only when it differs from what is
// there, so typing is untouched and a value set from outside (a draft, "Keep the saved value", an
// OAuth answer) still shows.
import { useLayoutEffect, useRef } from "react";

export function useUnmirroredValue<T extends HTMLInputElement | HTMLTextAreaElement>(value: string) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element && element.value !== value) element.value = value;
  }, [value]);
  return ref;
}
