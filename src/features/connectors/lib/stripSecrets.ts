// Removes every value the connector's spec marks `airbyte_secret` from a configuration, so what is
// left can be kept in the browser (drafts). The walk is deliberately conservative: a key counts as
// secret when ANY schema that could describe it says so (every oneOf/anyOf/allOf branch, if/then/
// else, additionalProperties, patternProperties), because the branch the user picked is not known
// for certain from a half-filled form. Specs do not always mark their secrets (source-linnworks'
// `token`, the JDBC parameters of every database source, which often carry a password): a string
// under a name that looks secret is dropped too.

type Schema = Record<string, unknown>;

const REMOVED = Symbol("removed");
// Real specs are shallow; the cap only stops a pathological (cyclic) $ref chain.
const MAX_DEPTH = 64;
/** Property names whose string values are treated as secrets whatever the spec says. */
const SECRET_LOOKING_NAME = /password|passwd|secret|token|key|jdbc_url_params/i;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function resolveRef(ref: string, root: Schema): Schema | undefined {
  if (!ref.startsWith("#")) return undefined;
  const parts = ref
    .slice(1)
    .split("/")
    .filter(Boolean)
    .map((part) => decodeURIComponent(part).replace(/~1/g, "/").replace(/~0/g, "~"));
  let node: unknown = root;
  for (const part of parts) {
    if (!isObject(node)) return undefined;
    node = node[part];
  }
  return isObject(node) ? node : undefined;
}

/** The schema and every schema combined into it, with local $refs resolved. */
function expand(schema: unknown, root: Schema, seen: Set<Schema> = new Set()): Schema[] {
  if (!isObject(schema) || seen.has(schema)) return [];
  seen.add(schema);
  const out: Schema[] = [schema];
  if (typeof schema.$ref === "string") out.push(...expand(resolveRef(schema.$ref, root), root, seen));
  for (const keyword of ["oneOf", "anyOf", "allOf"] as const) {
    const branches = schema[keyword];
    if (Array.isArray(branches)) for (const branch of branches) out.push(...expand(branch, root, seen));
  }
  for (const keyword of ["if", "then", "else"] as const) out.push(...expand(schema[keyword], root, seen));
  return out;
}

function childSchemas(schemas: Schema[], key: string): unknown[] {
  const children: unknown[] = [];
  for (const schema of schemas) {
    const properties = isObject(schema.properties) ? schema.properties : undefined;
    if (properties && key in properties) {
      children.push(properties[key]);
      continue;
    }
    if (isObject(schema.additionalProperties)) children.push(schema.additionalProperties);
    if (isObject(schema.patternProperties)) {
      for (const [pattern, child] of Object.entries(schema.patternProperties)) {
        try {
          if (new RegExp(pattern, "u").test(key)) children.push(child);
        } catch {
          children.push(child); // an unparsable pattern might match: treat it as if it did
        }
      }
    }
  }
  return children;
}

function itemSchemas(schemas: Schema[], index: number): unknown[] {
  const items: unknown[] = [];
  for (const schema of schemas) {
    if (Array.isArray(schema.prefixItems) && index < schema.prefixItems.length) items.push(schema.prefixItems[index]);
    if (Array.isArray(schema.items)) items.push(index < schema.items.length ? schema.items[index] : schema.additionalItems);
    else if (schema.items !== undefined) items.push(schema.items);
  }
  return items;
}

function strip(value: unknown, schemaList: unknown[], root: Schema, depth: number): unknown {
  const schemas = schemaList.flatMap((schema) => expand(schema, root));
  if (schemas.some((schema) => schema.airbyte_secret === true)) return REMOVED;
  if (depth > MAX_DEPTH) return REMOVED; // cannot tell what is below: keep nothing
  if (Array.isArray(value)) {
    return value.map((item, index) => strip(item, itemSchemas(schemas, index), root, depth + 1)).filter((item) => item !== REMOVED);
  }
  if (isObject(value)) {
    const result: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      if (typeof child === "string" && SECRET_LOOKING_NAME.test(key)) continue;
      const stripped = strip(child, childSchemas(schemas, key), root, depth + 1);
      if (stripped !== REMOVED) result[key] = stripped;
    }
    return result;
  }
  return value;
}

/**
 * A copy of `configuration` without any value that `connectionSpecification` marks as a secret, nor
 * any string under a secret-looking name.
 * With no usable schema nothing can be told apart, so nothing is kept.
 */
export function stripSecrets(connectionSpecification: unknown, configuration: Record<string, unknown>): Record<string, unknown> {
  if (!isObject(connectionSpecification)) return {};
  const result = strip(configuration, [connectionSpecification], connectionSpecification, 0);
  return isObject(result) ? result : {};
}
