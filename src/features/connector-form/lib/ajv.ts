// One ajv8 instance (through @rjsf/validator-ajv8, so RJSF and our own checks agree) that knows
// Airbyte's extension keywords and formats, and compiles each specification once.
import { customizeValidator } from "@rjsf/validator-ajv8";
import type { ValidateFunction } from "ajv";
import type { JsonSchema } from "./jsonSchema";
import { patternEngine } from "./patterns";

/** Keywords Airbyte adds to JSON Schema; annotations only, they never make a value invalid. */
const AIRBYTE_KEYWORDS = [
  "airbyte_secret",
  "airbyte_hidden",
  "airbyte_type",
  "always_show",
  "display_type",
  "group",
  "groups",
  "multiline",
  "order",
  "option_title",
  "path_in_connector_config",
  "pattern_descriptor",
  "x-speakeasy-param-sensitive",
];

// Warnings ajv raises while compiling (e.g. an unknown keyword) are collected here instead of being
// printed: console output must stay clean, and analyzeSpec reports them with their path.
let compileWarnings: string[] | undefined;
const logger = {
  log: () => undefined,
  warn: (...args: unknown[]) => compileWarnings?.push(args.map(String).join(" ")),
  error: (...args: unknown[]) => compileWarnings?.push(args.map(String).join(" ")),
};

// Airbyte date-time fields carry their own `pattern`; the format check itself only needs to accept
// the usual ISO-8601 shapes (with or without seconds / zone) so it never contradicts the pattern.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

export const formValidator = customizeValidator({
  customFormats: { "date-time": DATE_TIME },
  ajvOptionsOverrides: {
    // Strict about the schema itself, but unknown keywords are reported (not fatal): real specs
    // contain typos such as "mininum" and must still render.
    strict: true,
    strictSchema: "log",
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    allowUnionTypes: true,
    logger,
    // Patterns are compiled the way connectors read them, and never at the cost of a frozen tab.
    code: { regExp: patternEngine },
  },
  extenderFn: (ajv) => {
    for (const keyword of AIRBYTE_KEYWORDS) if (!ajv.getKeyword(keyword)) ajv.addKeyword(keyword);
    return ajv;
  },
});

const compiled = new WeakMap<JsonSchema, ValidateFunction | Error>();

/** The compiled validator for a (ref-resolved) schema: compiled on first use, then cached. */
export function compileSchema(schema: JsonSchema): { validate?: ValidateFunction; error?: Error; warnings: string[] } {
  const cached = compiled.get(schema);
  if (cached) return cached instanceof Error ? { error: cached, warnings: [] } : { validate: cached, warnings: [] };
  compileWarnings = [];
  try {
    const validate = formValidator.ajv.compile(schema);
    compiled.set(schema, validate);
    return { validate, warnings: compileWarnings };
  } catch (thrown) {
    const error = thrown instanceof Error ? thrown : new Error(String(thrown));
    compiled.set(schema, error);
    return { error, warnings: compileWarnings };
  } finally {
    compileWarnings = undefined;
  }
}

/** Meta-schema check of a schema; returns ajv's errors (empty when the schema is valid JSON Schema). */
export function metaSchemaErrors(schema: JsonSchema) {
  const ajv = formValidator.ajv;
  ajv.validateSchema(schema);
  return ajv.errors ?? [];
}

/** Whether a string satisfies a `format` as the form's validator checks it (unknown formats pass). */
export function matchesFormat(format: unknown, value: string): boolean {
  if (typeof format !== "string") return true;
  const check: unknown = formValidator.ajv.formats[format];
  if (check instanceof RegExp) return check.test(value);
  if (typeof check === "function") return Boolean((check as (text: string) => unknown)(value));
  if (check && typeof check === "object" && "validate" in check) {
    const validate = (check as { validate: unknown }).validate;
    if (validate instanceof RegExp) return validate.test(value);
    if (typeof validate === "function") return Boolean((validate as (text: string) => unknown)(value));
  }
  return true;
}
