// Secrets in connector configurations: every property marked `airbyte_secret` in the spec, at any
// depth (nested objects, arrays, every oneOf/anyOf/allOf option). The mock stores real values and
// answers with them masked the way Airbyte does; an update that sends the mask back keeps the
// stored value.
import type { JsonObject } from "./types";

export const SECRET_MASK = "**********";

const DROP = Symbol("drop");

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function resolveRef(schema: JsonObject, root: JsonObject): JsonObject {
  let current = schema;
  for (let hops = 0; hops < 16 && typeof current.$ref === "string" && current.$ref.startsWith("#/"); hops++) {
    let target: unknown = root;
    for (const part of current.$ref.slice(2).split("/"))
      target = isObject(target) ? target[part.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined;
    if (!isObject(target)) break;
    current = target;
  }
  return current;
}

/** The schema and every schema combined into it (oneOf/anyOf/allOf options, recursively). */
function expand(schema: unknown, root: JsonObject, out: JsonObject[] = [], depth = 0): JsonObject[] {
  if (!isObject(schema) || depth > 32) return out;
  const resolved = resolveRef(schema, root);
  out.push(resolved);
  for (const key of ["oneOf", "anyOf", "allOf"] as const) {
    const options = resolved[key];
    if (Array.isArray(options)) for (const option of options) expand(option, root, out, depth + 1);
  }
  return out;
}

function propertySchemas(schemas: JsonObject[], key: string, root: JsonObject): JsonObject[] {
  const out: JsonObject[] = [];
  for (const schema of schemas) {
    const properties = schema.properties;
    if (isObject(properties) && isObject(properties[key])) expand(properties[key], root, out);
  }
  return out;
}

function itemSchemas(schemas: JsonObject[], root: JsonObject): JsonObject[] {
  const out: JsonObject[] = [];
  for (const schema of schemas) {
    if (isObject(schema.items)) expand(schema.items, root, out);
    else if (Array.isArray(schema.items)) for (const item of schema.items) expand(item, root, out);
  }
  return out;
}

function maskValue(value: unknown, schemas: JsonObject[], root: JsonObject): unknown {
  if (schemas.some((schema) => schema.airbyte_secret === true)) {
    return value === null || value === undefined ? value : SECRET_MASK;
  }
  if (Array.isArray(value)) {
    const items = itemSchemas(schemas, root);
    return value.map((item) => maskValue(item, items, root));
  }
  if (isObject(value)) {
    const out: JsonObject = {};
    for (const [key, child] of Object.entries(value)) out[key] = maskValue(child, propertySchemas(schemas, key, root), root);
    return out;
  }
  return value;
}

/** A copy of `config` with every secret the spec declares replaced by the mask. */
export function maskSecrets(config: JsonObject, connectionSpecification: JsonObject): JsonObject {
  return maskValue(config, expand(connectionSpecification, connectionSpecification), connectionSpecification) as JsonObject;
}

/** Every secret value in `config` (for checks such as "a secret equal to `wrong`"). */
export function secretValues(config: JsonObject, connectionSpecification: JsonObject): unknown[] {
  const found: unknown[] = [];
  const walk = (value: unknown, schemas: JsonObject[]) => {
    if (schemas.some((schema) => schema.airbyte_secret === true)) {
      found.push(value);
      return;
    }
    if (Array.isArray(value)) {
      const items = itemSchemas(schemas, connectionSpecification);
      for (const item of value) walk(item, items);
    } else if (isObject(value)) {
      for (const [key, child] of Object.entries(value)) walk(child, propertySchemas(schemas, key, connectionSpecification));
    }
  };
  walk(config, expand(connectionSpecification, connectionSpecification));
  return found;
}

/**
 * The configuration to store after an update: `incoming`, where every masked value is replaced by
 * the stored value at the same path. A mask with nothing stored behind it is dropped.
 */
export function mergeSecrets(incoming: unknown, stored: unknown): unknown {
  if (Array.isArray(incoming)) {
    return incoming.map((item, i) => mergeSecrets(item, Array.isArray(stored) ? stored[i] : undefined)).filter((item) => item !== DROP);
  }
  if (isObject(incoming)) {
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(incoming)) {
      const merged = mergeSecrets(value, isObject(stored) ? stored[key] : undefined);
      if (merged !== DROP) out[key] = merged;
    }
    return out;
  }
  if (incoming === SECRET_MASK) return stored === undefined || stored === SECRET_MASK ? DROP : stored;
  return incoming;
}
