// Number and integer fields without RJSF's NumberField, which runs every typed string through
// Number() and so silently rounds what a JavaScript number cannot hold (9007199254740993 became
// ...992). NumberWidget already turns text into a number exactly or keeps the text (lib/numberText),
// and keeps "1." or "-" on screen while they are typed; choice widgets hand over the enum's own values.
// So the value goes through StringField unchanged, as RJSF's NumberField does after converting it.
import type { FieldProps } from "@rjsf/utils";

export function ExactNumberField(props: FieldProps) {
  const { StringField } = props.registry.fields;
  // RJSF always registers StringField; without it there is nothing to draw.
  return StringField ? <StringField {...props} /> : null;
}
