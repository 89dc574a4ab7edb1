// OpenAPI 3.0 schemas are "almost" JSON Schema. This turns one into something ajv (draft-07 mode)
// validates the way an OpenAPI server means it:
// - `nullable: true` becomes an explicit `null` alternative (type list, enum member, or anyOf);
// - `discriminator` is dropped: it only says how to pick a `oneOf` branch, and the `oneOf` itself
//   still validates (ajv's own discriminator support rejects mappings and $ref'd tag enums);
// - readOnly properties are not required in requests, writeOnly ones not required in responses;
// - a `required` name the schema does not declare in `properties` is dropped: Airbyte's generated
//   server and clients only know declared properties, so such entries (e.g. AirbyteStream requires
//   "json_schema" but declares "jsonSchema", with additionalProperties: false) are never enforced
//   by a real server, and enforcing them would reject every real answer;
// - `$ref: "#/components/..."` inside an inline (path-level) schema is pointed at the registered
//   document, so it resolves like the refs inside components do.

/** Which direction a body travels: decides how readOnly / writeOnly are treated. */
export type BodyDirection = "request" | "response";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Property names flagged readOnly (for requests) or writeOnly (for responses) that may be omitted. */
function omittableProperties(properties: JsonObject, direction: BodyDirection): Set<string> {
  const flag = direction === "request" ? "readOnly" : "writeOnly";
  const names = new Set<string>();
  for (const [name, schema] of Object.entries(properties)) {
    if (isObject(schema) && schema[flag] === true) names.add(name);
  }
  return names;
}

function makeNullable(schema: JsonObject): JsonObject {
  const { nullable: _nullable, ...rest } = schema;
  if (Array.isArray(rest.enum) && !rest.enum.includes(null)) rest.enum = [...rest.enum, null];
  if (typeof rest.type === "string") return { ...rest, type: [rest.type, "null"] };
  if (Array.isArray(rest.type)) return rest.type.includes("null") ? rest : { ...rest, type: [...rest.type, "null"] };
  // No `type` (a $ref or a composition): wrap, so the referenced schema still applies to non-null values.
  return { anyOf: [rest, { type: "null" }] };
}

/**
 * Convert one OpenAPI schema (deep). `refBase` is prefixed to local refs ("#/components/...") when
 * the schema lives outside the registered document; pass '' inside it.
 */
export function toJsonSchema(schema: Json, direction: BodyDirection, refBase: string): Json {
  if (Array.isArray(schema)) return schema.map((item) => toJsonSchema(item, direction, refBase));
  if (!isObject(schema)) return schema;

  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "discriminator") continue;
    if (key === "$ref" && typeof value === "string") {
      out.$ref = value.startsWith("#") ? `${refBase}${value}` : value;
      continue;
    }
    // `properties`, `patternProperties` etc. map names to schemas: recurse into each value, keep the names.
    out[key] = toJsonSchema(value, direction, refBase);
  }

  if (isObject(out.properties) && Array.isArray(out.required)) {
    const properties = out.properties;
    const omittable = omittableProperties(properties, direction);
    out.required = out.required.filter((name) => typeof name === "string" && Object.hasOwn(properties, name) && !omittable.has(name));
  }
  // The `nullable` *property name* inside `properties` is an object (a schema), never `true`.
  return out.nullable === true ? makeNullable(out) : out;
}

export type { Json, JsonObject };
