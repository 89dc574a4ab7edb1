// The schema RJSF renders from. Identical to the validated schema except that each `oneOf` of
// objects is moved to `x_airbyte_oneOf`: our AirbyteOneOfField handles those, and RJSF would
// otherwise run ajv over every option on every keystroke to guess which one the data matches.
// Titles are shown as `fieldTitle` gives them (no star the spec typed in for required fields).
import { fieldTitle, isObjectOneOf, isPlainObject, type JsonSchema } from "./jsonSchema";

const ONE_OF_KEY = "x_airbyte_oneOf";

const cache = new WeakMap<JsonSchema, JsonSchema>();

function transform(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(transform);
  if (!isPlainObject(node)) return node;
  const schema = node as JsonSchema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "title" && typeof value === "string") out[key] = fieldTitle(value);
    else out[key] = key === "default" || key === "examples" || key === "const" || key === "enum" ? value : transform(value);
  }
  if (isObjectOneOf(schema)) {
    out[ONE_OF_KEY] = out.oneOf;
    delete out.oneOf;
    out.type = "object";
    // Defaults of the options are applied by the oneOf field itself (computeDefaults).
    if (!isPlainObject(schema.default)) delete out.default;
  }
  return out;
}

export function displaySchema(schema: JsonSchema): JsonSchema {
  let result = cache.get(schema);
  if (!result) {
    result = transform(schema) as JsonSchema;
    cache.set(schema, result);
  }
  return result;
}

export function oneOfOptions(schema: JsonSchema): JsonSchema[] {
  const options = schema[ONE_OF_KEY] ?? schema.oneOf;
  return Array.isArray(options) ? (options as JsonSchema[]) : [];
}
