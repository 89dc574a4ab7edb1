// Validates a configuration against its specification (./validation/checkSchema) and turns the
// errors into one plain-language message per field. Errors from `oneOf` options the user did not
// choose are dropped (a failed `oneOf` reports every option's), as are errors on masked stored secrets.
import { describeFormat, patternExpectation } from "./formats";
import { getAt, isObjectOneOf, isPlainObject, labelOf, SECRET_MASK, schemaType, type JsonSchema } from "./jsonSchema";
import { matchOption } from "./oneOf";
import { schemaErrors, type SchemaError } from "./validation/checkSchema";

export interface FieldError {
  /** Path of the field in the configuration, e.g. ['ssl_mode', 'ca_certificate']. */
  path: (string | number)[];
  message: string;
}

function parsePointer(instancePath: string): (string | number)[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Walks the error's schema path alongside its data path; false when the error comes from a `oneOf`
 * option other than the one the value has selected.
 */
function inSelectedBranches(error: SchemaError, root: JsonSchema, choices: unknown): boolean {
  const segments = error.schemaPath.replace(/^#\/?/, "").split("/").filter(Boolean);
  const dataPath = parsePointer(error.instancePath);
  let schema: unknown = root;
  let depth = 0;
  for (let i = 0; i < segments.length; i += 1) {
    const segment = segments[i] ?? "";
    if (!isPlainObject(schema)) return true;
    if (segment === "properties" || segment === "patternProperties") {
      schema = (schema[segment] as Record<string, unknown> | undefined)?.[segments[i + 1] ?? ""];
      i += 1;
      depth += 1;
    } else if (segment === "items" || segment === "additionalProperties") {
      schema = schema[segment];
      depth += 1;
    } else if (segment === "oneOf" || segment === "anyOf") {
      const options = schema[segment];
      const index = Number(segments[i + 1]);
      if (!Array.isArray(options) || Number.isNaN(index)) return true;
      const selected = matchOption(options as JsonSchema[], getAt(choices, dataPath.slice(0, depth)));
      if (selected >= 0 && selected !== index) return false;
      schema = options[index];
      i += 1;
    } else if (segment === "allOf") {
      schema = (schema.allOf as unknown[] | undefined)?.[Number(segments[i + 1])];
      i += 1;
    } else {
      return true;
    }
  }
  return true;
}

function fieldSchema(error: SchemaError): JsonSchema {
  return error.parentSchema as JsonSchema;
}

function plural(n: number, word: string) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function messageFor(error: SchemaError): string {
  const schema = fieldSchema(error);
  const params = error.params;
  switch (error.keyword) {
    case "required": {
      const child = schema.properties?.[String(params.missingProperty)];
      const type = child ? schemaType(child) : undefined;
      if (child && (Array.isArray(child.enum) || type === "boolean" || (type === "object" && isObjectOneOf(child))))
        return "Choose an option";
      if (type === "array") return "Add at least one item";
      return "Enter a value";
    }
    case "type": {
      const type = String(params.type);
      if (type.includes("integer")) return "Enter a whole number";
      if (type.includes("number")) return "Enter a number";
      if (type.includes("boolean")) return "Choose yes or no";
      if (type.includes("array")) return "Expected a list of values";
      if (type.includes("object")) return "Expected a group of values";
      return "Enter text";
    }
    case "minimum":
      return `Must be at least ${String(params.limit)}`;
    case "maximum":
      return `Must be at most ${String(params.limit)}`;
    case "exclusiveMinimum":
      return `Must be greater than ${String(params.limit)}`;
    case "exclusiveMaximum":
      return `Must be less than ${String(params.limit)}`;
    case "multipleOf":
      return `Must be a multiple of ${String(params.multipleOf)}`;
    case "minLength":
      return Number(params.limit) <= 1 ? "Enter a value" : `Must be at least ${plural(Number(params.limit), "character")}`;
    case "maxLength":
      return `Must be at most ${plural(Number(params.limit), "character")}`;
    case "pattern":
      return patternExpectation(schema);
    case "format":
      return describeFormat(String(params.format));
    case "enum":
      return "Choose one of the listed options";
    case "const":
      return `Must be ${JSON.stringify(params.allowedValue)}`;
    case "minItems":
      return `Add at least ${plural(Number(params.limit), "item")}`;
    case "maxItems":
      return `At most ${plural(Number(params.limit), "item")}`;
    case "uniqueItems":
      return "Each item must be different";
    case "oneOf":
    case "anyOf":
      return "Choose an option";
    case "additionalProperties":
      return `Unknown setting "${String(params.additionalProperty)}"`;
    default:
      return `${error.message.charAt(0).toUpperCase()}${error.message.slice(1)}`;
  }
}

function errorPath(error: SchemaError): (string | number)[] {
  const path = parsePointer(error.instancePath);
  const params = error.params;
  if (error.keyword === "required" && typeof params.missingProperty === "string") return [...path, params.missingProperty];
  return path;
}

/**
 * Errors for a configuration (already in submit shape), one per field, in schema order. `choices` is
 * the form's own value when there is one: it tells which `oneOf` option is chosen even where the
 * submit shape cannot (an option told apart by required keys the user has not filled yet).
 */
export function validateConfig(schema: JsonSchema, data: unknown, choices: unknown = data): FieldError[] {
  const raw = schemaErrors(schema, data);
  if (raw.length === 0) return [];
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const schemaError of raw) {
    if (!inSelectedBranches(schemaError, schema, choices)) continue;
    const path = errorPath(schemaError);
    if (getAt(data, path) === SECRET_MASK) continue;
    // "must match exactly one option" only matters when no option is selected at all.
    if (schemaError.keyword === "oneOf" || schemaError.keyword === "anyOf") {
      const options = schemaError.parentSchema[schemaError.keyword] as JsonSchema[] | undefined;
      if (options && matchOption(options, getAt(choices, path)) >= 0) continue;
    }
    const key = JSON.stringify(path);
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push({ path, message: messageFor(schemaError) });
  }
  return errors;
}

/** "Port: Must be at most 65536" — a field's label path with its message, for lists of errors. */
export function describeFieldError(schema: JsonSchema, fieldError: FieldError): string {
  const labels: string[] = [];
  let current: JsonSchema | undefined = schema;
  for (const segment of fieldError.path) {
    if (typeof segment === "number") {
      labels.push(`#${segment + 1}`);
      current = isPlainObject(current?.items) ? (current.items as JsonSchema) : undefined;
      continue;
    }
    let child: JsonSchema | undefined = current?.properties?.[segment];
    if (!child && current?.oneOf) child = current.oneOf.map((o) => o.properties?.[segment]).find(Boolean);
    labels.push(labelOf(child, segment));
    current = child;
  }
  return `${labels.join(" › ") || "Configuration"}: ${fieldError.message}`;
}
