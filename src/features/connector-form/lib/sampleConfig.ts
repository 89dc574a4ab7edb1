// Builds a configuration that should satisfy a specification, from the schema alone: defaults,
// examples, the first enum value, consts, strings matching the pattern, the first oneOf option.
// Used by the playground ("Fill with sample values") and the tests over every real spec.
import { formatDateTime, temporalKind } from "./formats";
import { fitsType, isObjectOneOf, isPlainObject, requiredList, schemaType, type JsonSchema } from "./jsonSchema";
import { checkFormat } from "./validation/formats";
import { discriminatorValue, findDiscriminator, selectedOption } from "./oneOf";
import { matchesPattern } from "./patterns";
import { sampleForPattern } from "./regexSample";

function stringSample(schema: JsonSchema): string {
  const candidates: unknown[] = [schema.default, ...(Array.isArray(schema.examples) ? schema.examples : [schema.examples])];
  const kind = temporalKind(schema);
  if (kind === "date") candidates.push("2024-01-31");
  if (kind === "date-time") candidates.push(formatDateTime(schema, "2024-01-31T00:00:00"));
  if (schema.format === "email") candidates.push("user@example.com");
  if (schema.format === "uri" || schema.format === "url") candidates.push("https://example.com");
  const minLength = typeof schema.minLength === "number" ? schema.minLength : 0;
  const maxLength = typeof schema.maxLength === "number" ? schema.maxLength : Infinity;
  // A candidate is used only if the field's own checks accept it: an example written for another
  // format (a date-time example on a `date` field, seen in real specs) is passed over.
  const fits = (candidate: unknown): candidate is string =>
    typeof candidate === "string" &&
    candidate.length >= minLength &&
    candidate.length <= maxLength &&
    matchesPattern(schema.pattern, candidate) &&
    checkFormat(schema.format, candidate) &&
    (kind === undefined || candidate !== "");
  const found = candidates.find(fits);
  if (found !== undefined) return found;
  if (typeof schema.pattern === "string") {
    const generated = sampleForPattern(schema.pattern);
    if (generated !== undefined && fits(generated)) return generated;
  }
  return "sample".padEnd(minLength, "x").slice(0, Math.max(maxLength, minLength));
}

function numberSample(schema: JsonSchema): number {
  const integer = schemaType(schema) === "integer";
  for (const candidate of [schema.default, ...(Array.isArray(schema.examples) ? schema.examples : [])]) {
    const n = typeof candidate === "string" ? Number(candidate) : candidate;
    if (typeof n === "number" && Number.isFinite(n) && (!integer || Number.isInteger(n))) {
      if ((typeof schema.minimum !== "number" || n >= schema.minimum) && (typeof schema.maximum !== "number" || n <= schema.maximum))
        return n;
    }
  }
  if (typeof schema.minimum === "number") return integer ? Math.ceil(schema.minimum) : schema.minimum;
  if (typeof schema.exclusiveMinimum === "number") return integer ? Math.floor(schema.exclusiveMinimum) + 1 : schema.exclusiveMinimum + 1;
  if (typeof schema.maximum === "number" && schema.maximum < 1) return integer ? Math.floor(schema.maximum) : schema.maximum;
  return 1;
}

export function sampleValue(schema: JsonSchema): unknown {
  if ("const" in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0)
    return schema.default !== undefined && schema.enum.includes(schema.default) ? schema.default : schema.enum[0];
  switch (schemaType(schema)) {
    case "object":
      return sampleObject(schema);
    case "array": {
      const items = isPlainObject(schema.items) ? (schema.items as JsonSchema) : {};
      // A default is kept only when its items have the items' type (a list of "1"s for integers is not).
      if (Array.isArray(schema.default) && schema.default.every((item) => fitsType(items, item))) return schema.default;
      const count = Math.max(typeof schema.minItems === "number" ? schema.minItems : 0, 1);
      // Distinct items, in case the list asks for unique ones.
      return Array.from({ length: count }, (_, i) => {
        const item = sampleValue(items);
        if (count === 1) return item;
        if (typeof item === "string") return `${item}${i}`;
        return typeof item === "number" ? item + i * (typeof items.multipleOf === "number" ? items.multipleOf : 1) : item;
      });
    }
    case "integer":
    case "number":
      return numberSample(schema);
    case "boolean":
      return typeof schema.default === "boolean" ? schema.default : false;
    case "string":
      return stringSample(schema);
    default:
      return schema.default ?? "sample";
  }
}

function sampleObject(schema: JsonSchema): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const fill = (target: JsonSchema) => {
    const required = requiredList(target);
    for (const [key, child] of Object.entries(target.properties ?? {})) {
      if (!isPlainObject(child)) continue;
      if (required.includes(key) || child.default !== undefined || "const" in child) out[key] = sampleValue(child);
    }
  };
  fill(schema);
  if (isObjectOneOf(schema) && schema.oneOf) {
    const options = schema.oneOf;
    const option = options[selectedOption(schema, options, undefined)];
    if (option) {
      fill(option);
      const key = findDiscriminator(options);
      if (key !== undefined) out[key] = discriminatorValue(option, key);
    }
  }
  return out;
}
