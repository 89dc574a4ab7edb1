// What is sent to the API: only the selected branch of each `oneOf` (values of dropped options are
// removed), hidden fields filled with their defaults, empty optional strings left out.
import { computeDefaults } from "./defaults";
import { findDiscriminator, discriminatorValue, selectedOption } from "./oneOf";
import { isObjectOneOf, isPlainObject, requiredList, schemaType, type JsonSchema } from "./jsonSchema";

export function toSubmitValue(schema: JsonSchema, value: unknown): unknown {
  const type = schemaType(schema);
  if (type === "array" && Array.isArray(value) && isPlainObject(schema.items)) {
    const items = schema.items;
    return value.map((item) => toSubmitValue(items, item));
  }
  if (type !== "object" || !isPlainObject(value)) return value;
  let properties: Record<string, JsonSchema> = { ...(schema.properties ?? {}) };
  let required = requiredList(schema);
  let source: Record<string, unknown> = value;
  if (isObjectOneOf(schema) && schema.oneOf) {
    const options = schema.oneOf;
    const option = options[selectedOption(schema, options, value)];
    if (option) {
      const optionProps = option.properties ?? {};
      const key = findDiscriminator(options);
      // A value that does not name its option yet ({} or a saved value without the discriminator) is
      // shown as the default option, with that option's fixed values and defaults: send exactly that.
      if (key !== undefined && value[key] === undefined) source = computeDefaults(option, value) as Record<string, unknown>;
      const kept: Record<string, unknown> = {};
      for (const [name, val] of Object.entries(source)) if (name in optionProps || name in properties) kept[name] = val;
      if (key !== undefined) kept[key] = discriminatorValue(option, key);
      source = kept;
      properties = { ...properties, ...optionProps };
      required = [...required, ...requiredList(option)];
    }
  }
  const out: Record<string, unknown> = {};
  for (const [key, val] of Object.entries(source)) {
    const child = properties[key];
    if (val === undefined) continue;
    if (val === "" && child && !required.includes(key)) continue;
    out[key] = child ? toSubmitValue(child, val) : val;
  }
  for (const [key, child] of Object.entries(properties)) {
    // A required choice with no value yet is shown with its default option selected: that is sent.
    if (out[key] === undefined && required.includes(key) && child && isObjectOneOf(child)) out[key] = toSubmitValue(child, {});
    // Hidden fields are never shown, so the user cannot fill them: their defaults are what is sent.
    if (child?.airbyte_hidden && out[key] === undefined) {
      const filled = computeDefaults(child, undefined);
      if (filled !== undefined) out[key] = filled;
    }
  }
  return out;
}
