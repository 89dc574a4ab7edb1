// RJSF's validator interface over our interpreting checker (./checkSchema), for what RJSF decides
// itself: which `oneOf` option a value matches, `if`/`then` and dependencies while it builds the
// form, and (in the stock preview) live validation. The connector form's own messages come from
// ../validateConfig.
import {
  createErrorHandler,
  toErrorSchema,
  unwrapErrorHandler,
  validationDataMerge,
  type RJSFSchema,
  type RJSFValidationError,
  type ValidationData,
  type ValidatorType,
} from "@rjsf/utils";
import { satisfies, schemaErrors, type SchemaError } from "./checkSchema";

/** RJSF's property path: ".a.b", with bracket quoting for keys that are not plain names. */
function propertyPath(segments: readonly string[]): string {
  return segments.map((key) => (/^[A-Za-z_$][\w$]*$|^\d+$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`)).join("");
}

function toRjsfError(error: SchemaError): RJSFValidationError {
  const segments = error.instancePath
    ? error.instancePath
        .slice(1)
        .split("/")
        .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    : [];
  const missing = error.params.missingProperty;
  if (error.keyword === "required" && typeof missing === "string") segments.push(missing);
  const property = propertyPath(segments);
  return {
    name: error.keyword,
    property,
    message: error.message,
    params: error.params,
    stack: `${property || "value"} ${error.message}`,
    schemaPath: error.schemaPath,
  };
}

type Data = Record<string, unknown>;

export const formValidator: ValidatorType<Data, RJSFSchema> = {
  validateFormData(formData, schema, customValidate, transformErrors, uiSchema): ValidationData<Data> {
    let errors = schemaErrors(schema, formData).map(toRjsfError);
    if (transformErrors) errors = transformErrors(errors, uiSchema);
    const errorSchema = toErrorSchema<Data>(errors);
    if (!customValidate) return { errors, errorSchema };
    const custom = customValidate(formData, createErrorHandler<Data>(formData ?? {}), uiSchema, errorSchema);
    return validationDataMerge({ errors, errorSchema }, unwrapErrorHandler(custom));
  },
  isValid(schema, formData, rootSchema) {
    return satisfies(schema, formData, rootSchema);
  },
  rawValidation<Result>(schema: RJSFSchema, formData?: Data) {
    return { errors: schemaErrors(schema, formData) as Result[] };
  },
};
