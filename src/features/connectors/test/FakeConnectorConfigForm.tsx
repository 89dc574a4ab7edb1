// Test double of the connector form (its public interface only): one labelled input per top-level
// property, password inputs for secrets, "required" checked by validate(). Lets the page tests run
// independently of the real form engine.
import { forwardRef, useEffect, useImperativeHandle, useState } from "react";
import type { ConnectorConfigFormHandle, ConnectorConfigFormProps } from "@/features/connector-form";

type Schema = { properties?: Record<string, { title?: string; airbyte_secret?: boolean }>; required?: string[] };

export const FakeConnectorConfigForm = forwardRef<ConnectorConfigFormHandle, ConnectorConfigFormProps>(function FakeConnectorConfigForm(
  { spec, value, onChange, disabled, onReady },
  ref,
) {
  const schema = (spec.connectionSpecification ?? {}) as Schema;
  const [errors, setErrors] = useState<string[]>([]);
  // Like real form libraries that keep the callback they were first given, report changes through
  // the onChange of the first render: the page must not depend on getting a fresh one.
  const [firstOnChange] = useState(() => onChange);
  useImperativeHandle(ref, () => ({
    validate: () => {
      const missing = (schema.required ?? []).filter((key) => value[key] === undefined || value[key] === "");
      setErrors(missing);
      return missing.length === 0;
    },
    getSubmitValue: () => value,
  }));
  // Like the real form: ready to validate once mounted.
  useEffect(() => onReady?.(), [onReady]);
  return (
    <div>
      {Object.entries(schema.properties ?? {}).map(([key, property]) => (
        <label key={key} style={{ display: "block" }}>
          {property.title ?? key}
          <input
            type={property.airbyte_secret ? "password" : "text"}
            value={typeof value[key] === "string" || typeof value[key] === "number" ? String(value[key]) : ""}
            disabled={disabled}
            onChange={(event) => firstOnChange({ ...value, [key]: event.currentTarget.value })}
          />
          {errors.includes(key) && <span role="alert">{`${property.title ?? key} is required`}</span>}
        </label>
      ))}
    </div>
  );
});
