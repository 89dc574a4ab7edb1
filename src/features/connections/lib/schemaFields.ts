// A stream's fields, read from its JSON schema: top-level properties and nested object properties,
// each with its path and a short type description. Computed lazily per stream and cached, so a
// catalog of 100,000 streams costs nothing until a row is expanded or a picker opened.
import { fieldKey } from "./streamKey";
import type { FieldPath } from "./types";

export interface SchemaField {
  readonly path: FieldPath;
  /** fieldKey(path), for maps and React keys. */
  readonly key: string;
  readonly depth: number;
  /** e.g. "string", "integer", "string (date-time)", "object", "array of object". */
  readonly type: string;
  /** Objects and arrays cannot be cursors or key columns. */
  readonly isScalar: boolean;
  readonly hasChildren: boolean;
}

/** Deeper nesting than this is shown as one opaque field: JSON schemas can nest without end. */
export const MAX_FIELD_DEPTH = 12;

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function typeList(schema: JsonObject): string[] {
  const raw = schema.type;
  if (typeof raw === "string") return [raw];
  if (Array.isArray(raw)) return raw.filter((t): t is string => typeof t === "string");
  if (Array.isArray(schema.anyOf) || Array.isArray(schema.oneOf)) {
    const options = ((schema.anyOf ?? schema.oneOf) as unknown[]).filter(isObject);
    return [...new Set(options.flatMap(typeList))];
  }
  if (isObject(schema.properties)) return ["object"];
  return [];
}

/** Short description of a field's type, ignoring nullability. */
function describeType(schema: unknown): string {
  if (!isObject(schema)) return "unknown";
  const types = typeList(schema).filter((t) => t !== "null");
  let base = types.length === 0 ? "unknown" : types.join(" | ");
  if (types.length === 1 && types[0] === "array" && isObject(schema.items)) base = `array of ${describeType(schema.items)}`;
  const detail =
    typeof schema.airbyte_type === "string" ? schema.airbyte_type : typeof schema.format === "string" ? schema.format : undefined;
  return detail ? `${base} (${detail})` : base;
}

function childProperties(schema: JsonObject): JsonObject | undefined {
  if (isObject(schema.properties)) return schema.properties;
  return undefined;
}

const cache = new WeakMap<object, readonly SchemaField[]>();

/** Every field of a stream, depth first in schema order. */
export function flattenFields(jsonSchema: unknown): readonly SchemaField[] {
  if (!isObject(jsonSchema)) return [];
  const cached = cache.get(jsonSchema);
  if (cached) return cached;
  const fields: SchemaField[] = [];
  const walk = (properties: JsonObject, parent: string[], depth: number) => {
    for (const [name, child] of Object.entries(properties)) {
      const path = [...parent, name];
      const nested = isObject(child) ? childProperties(child) : undefined;
      const hasChildren = Boolean(nested && Object.keys(nested).length > 0) && depth < MAX_FIELD_DEPTH;
      const type = describeType(child);
      const types = isObject(child) ? typeList(child).filter((t) => t !== "null") : [];
      const isScalar = types.length > 0 && !types.includes("object") && !types.includes("array");
      fields.push({ path, key: fieldKey(path), depth, type, isScalar, hasChildren });
      if (hasChildren && nested) walk(nested, path, depth + 1);
    }
  };
  const top = childProperties(jsonSchema);
  if (top) walk(top, [], 0);
  cache.set(jsonSchema, fields);
  return fields;
}

/** The schema of the field at a path, or undefined when there is none. */
export function fieldSchemaAt(jsonSchema: unknown, path: FieldPath): unknown {
  let current: unknown = jsonSchema;
  for (const segment of path) {
    if (!isObject(current)) return undefined;
    const properties = childProperties(current);
    if (!properties || !Object.prototype.hasOwnProperty.call(properties, segment)) return undefined;
    current = properties[segment];
  }
  return path.length > 0 ? current : undefined;
}

export function hasField(jsonSchema: unknown, path: FieldPath): boolean {
  return fieldSchemaAt(jsonSchema, path) !== undefined;
}

/** Names of the top-level properties, in schema order. */
export function topLevelFieldNames(jsonSchema: unknown): string[] {
  if (!isObject(jsonSchema)) return [];
  const properties = childProperties(jsonSchema);
  return properties ? Object.keys(properties) : [];
}
