// Stock RJSF (default theme, default validator, live validation) on the same spec: the baseline the
// benchmark compares our form against.
import Form from "@rjsf/core";
import type { RJSFSchema } from "@rjsf/utils";
import { formValidator as validator } from "../lib/validation/rjsfValidator";

interface StockRjsfFormProps {
  schema: unknown;
  value: Record<string, unknown>;
  onChange(value: Record<string, unknown>): void;
}

export function StockRjsfForm({ schema, value, onChange }: StockRjsfFormProps) {
  return (
    <div className="stock-rjsf">
      <Form<Record<string, unknown>>
        schema={schema as RJSFSchema}
        validator={validator}
        formData={value}
        liveValidate
        onChange={(event) => onChange(event.formData ?? {})}
      />
    </div>
  );
}
