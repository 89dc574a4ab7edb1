// Fills in what a new configuration starts with: `default`s, `const`s and, for `oneOf` objects, the
// selected option's discriminator and defaults. Values already present are never overwritten.
import { findDiscriminator, discriminatorValue, selectedOption } from "./oneOf";
import { fitsType, isObjectOneOf, isPlainObject, requiredList, schemaType, type JsonSchema } from "./jsonSchema";

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export function computeDefaults(schema: JsonSchema, value: unknown): unknown {
  if (value === undefined && schema.default !== undefined && fitsType(schema, schema.default)) value = clone(schema.default);
  if (value === undefined && "const" in schema) value = clone(schema.const);
  if (schemaType(schema) !== "object") return value;
  if (value !== undefined && !isPlainObject(value)) return value;
  let result: Record<string, unknown> = { ...(value ?? {}) };
  if (isObjectOneOf(schema) && schema.oneOf) {
    const options = schema.oneOf;
    const index = selectedOption(schema, options, result);
    const option = options[index];
    const key = findDiscriminator(options);
    if (key !== undefined && option && result[key] === undefined) result[key] = discriminatorValue(option, key);
    if (option) result = computeDefaults(option, result) as Record<string, unknown>;
  }
  const required = requiredList(schema);
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    if (!isPlainObject(child)) continue;
    const next = computeDefaults(child, result[key]);
    if (next === undefined) continue;
    // An optional plain object that gained nothing stays absent rather than becoming {}.
    if (result[key] === undefined && isPlainObject(next) && Object.keys(next).length === 0 && !required.includes(key)) continue;
    result[key] = next;
  }
  return result;
}
