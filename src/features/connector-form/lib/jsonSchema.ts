// Loose JSON Schema shape as connector authors write it (draft-07 plus Airbyte's extension keywords).
// Everything is optional and unknown: specs come from third parties and are checked by analyzeSpec.
export interface JsonSchema {
  type?: unknown;
  title?: unknown;
  description?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: unknown;
  items?: JsonSchema | JsonSchema[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  examples?: unknown;
  pattern?: unknown;
  format?: unknown;
  order?: unknown;
  group?: unknown;
  groups?: unknown;
  always_show?: unknown;
  airbyte_secret?: unknown;
  airbyte_hidden?: unknown;
  multiline?: unknown;
  pattern_descriptor?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  exclusiveMinimum?: unknown;
  exclusiveMaximum?: unknown;
  $ref?: unknown;
  [keyword: string]: unknown;
}

/** The value shown in place of a stored secret: the server never sends the real one back. */
export const SECRET_MASK = "**********";

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Whether two JSON values are equal (same keys and values, key order aside). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => key in right && jsonEqual(left[key], right[key]));
}

/**
 * A text that two JSON values share exactly when `jsonEqual` holds (object keys sorted): lets a long
 * list be checked for repeats in one pass through a Set instead of comparing every pair.
 */
export function jsonKey(value: unknown): string {
  if (typeof value !== "object" || value === null) return JSON.stringify(value) ?? String(value);
  if (Array.isArray(value)) return `[${value.map(jsonKey).join(",")}]`;
  const record = value as Record<string, unknown>;
  return `{${Object.keys(record)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${jsonKey(record[key])}`)
    .join(",")}}`;
}

export function asSchema(value: unknown): JsonSchema | undefined {
  return isPlainObject(value) ? (value as JsonSchema) : undefined;
}

/** The schema's `type` as a single name (first of a type list that is not "null"). */
export function schemaType(schema: JsonSchema): string | undefined {
  const { type } = schema;
  if (typeof type === "string") return type;
  if (Array.isArray(type)) return type.find((t): t is string => typeof t === "string" && t !== "null") ?? undefined;
  if (schema.properties || schema.oneOf) return "object";
  if (schema.enum || typeof schema.const === "string") return "string";
  return undefined;
}

export function requiredList(schema: JsonSchema): string[] {
  return Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === "string") : [];
}

/**
 * A title as the form shows it. Some published specs mark required fields in the title itself
 * ("Output Format *" in destination-s3, "Authentication *" in source-github); the form marks
 * required fields on its own, so that star is dropped rather than shown twice.
 */
export function fieldTitle(title: string): string {
  return title.replace(/\s*\*+\s*$/, "") || title;
}

/** Label of a property: its title, or the property key when there is none. */
export function labelOf(schema: JsonSchema | undefined, key: string | number): string {
  const title = schema?.title;
  return typeof title === "string" && title.trim() !== "" ? fieldTitle(title) : String(key);
}

export function isObjectOneOf(schema: JsonSchema): boolean {
  return (
    Array.isArray(schema.oneOf) &&
    schema.oneOf.length > 0 &&
    schema.oneOf.every((option) => isPlainObject(option) && schemaType(option) === "object")
  );
}

/** Value at a path inside a config. */
export function getAt(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** Copy of `value` with `next` set at `path` (objects created along the way). */
export function setAt(value: unknown, path: readonly (string | number)[], next: unknown): Record<string, unknown> {
  const root: Record<string, unknown> = isPlainObject(value) ? { ...value } : {};
  let cursor: Record<string, unknown> = root;
  path.forEach((segment, index) => {
    const key = String(segment);
    if (index === path.length - 1) {
      cursor[key] = next;
      return;
    }
    const child = cursor[key];
    const copy: Record<string, unknown> = isPlainObject(child) ? { ...child } : {};
    cursor[key] = copy;
    cursor = copy;
  });
  return root;
}

/** Whether a value is of a JSON Schema type name ("integer": a whole number); an unknown name fits anything. */
export function isOfType(value: unknown, type: unknown): boolean {
  switch (type) {
    case "object":
      return isPlainObject(value);
    case "array":
      return Array.isArray(value);
    case "string":
      return typeof value === "string";
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "number":
      return typeof value === "number";
    case "boolean":
      return typeof value === "boolean";
    case "null":
      return value === null;
    default:
      return true;
  }
}

/** Whether a value has the schema's type (defaults of the wrong type are ignored, not applied). */
export function fitsType(schema: JsonSchema, value: unknown): boolean {
  return isOfType(value, schemaType(schema));
}
