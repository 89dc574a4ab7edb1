// Dates and date-times with native pickers. The picker's value is converted to exactly the shape
// the schema's pattern asks for (e.g. 2024-01-31T00:00:00Z); times are UTC. A stored value the
// picker cannot show falls back to a text input, so it is never lost.
import type { WidgetProps } from "@rjsf/utils";
import { formatDateTime, toPickerDateTime } from "../lib/formats";
import type { JsonSchema } from "../lib/jsonSchema";
import { useChrome } from "./chrome";
import { LightField } from "./LightField";
import { TextWidget } from "./TextWidgets";
import { useHandlers } from "./useHandlers";

export function DateWidget(props: WidgetProps) {
  const chrome = useChrome(props, "Format: YYYY-MM-DD.");
  const handlers = useHandlers(props);
  const value = typeof props.value === "string" ? props.value : "";
  if (value && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return <TextWidget {...props} />;
  return (
    <LightField id={props.id} chrome={chrome}>
      {(control) => (
        <input
          {...control}
          name={props.htmlName ?? props.id}
          type="date"
          value={value}
          disabled={props.disabled || props.readonly}
          {...handlers}
        />
      )}
    </LightField>
  );
}

export function DateTimeWidget(props: WidgetProps) {
  const schema = props.schema as JsonSchema;
  const chrome = useChrome(props, "Date and time in UTC.");
  const handlers = useHandlers(props, (raw) => (raw === "" ? undefined : formatDateTime(schema, raw)));
  const picker = toPickerDateTime(props.value);
  if (props.value !== undefined && props.value !== "" && picker === undefined) return <TextWidget {...props} />;
  return (
    <LightField id={props.id} chrome={chrome}>
      {(control) => (
        <input
          {...control}
          name={props.htmlName ?? props.id}
          type="datetime-local"
          step={1}
          value={picker ?? ""}
          disabled={props.disabled || props.readonly}
          {...handlers}
        />
      )}
    </LightField>
  );
}
