// `oneOf` of objects (authentication method, SSL mode, tunnel method...): which option a value is,
// and the discriminator the choice sets (./switchOption.ts: what a value becomes on a switch).
import { isPlainObject, requiredList, type JsonSchema } from "./jsonSchema";

function fixedValue(schema: JsonSchema | undefined): { found: boolean; value?: unknown } {
  if (!schema) return { found: false };
  if ("const" in schema) return { found: true, value: schema.const };
  if (Array.isArray(schema.enum) && schema.enum.length === 1) return { found: true, value: schema.enum[0] };
  return { found: false };
}

const discriminators = new WeakMap<JsonSchema[], string | null>();

/** The property every option fixes to a distinct value (`const` or a single-value `enum`), if any. */
export function findDiscriminator(options: JsonSchema[]): string | undefined {
  const cached = discriminators.get(options);
  if (cached !== undefined) return cached ?? undefined;
  let result: string | undefined;
  const first = options[0]?.properties;
  if (first) {
    for (const key of Object.keys(first)) {
      const values = options.map((option) => fixedValue(option.properties?.[key]));
      if (values.every((v) => v.found) && new Set(values.map((v) => JSON.stringify(v.value))).size === options.length) {
        result = key;
        break;
      }
    }
  }
  discriminators.set(options, result ?? null);
  return result;
}

export function discriminatorValue(option: JsonSchema, key: string): unknown {
  return fixedValue(option.properties?.[key]).value;
}

/** Index of the option a value belongs to; -1 when it matches none (no value, unknown discriminator). */
export function matchOption(options: JsonSchema[], value: unknown): number {
  if (!isPlainObject(value)) return -1;
  const key = findDiscriminator(options);
  if (key !== undefined) {
    if (!(key in value)) return -1;
    return options.findIndex((option) => JSON.stringify(discriminatorValue(option, key)) === JSON.stringify(value[key]));
  }
  // No discriminator (options told apart by their required keys): the option that declares the most
  // of the value's keys and the fewest others, preferring one whose required keys are all there
  // (first one on a tie). Keys present with an undefined value count: switching to an option marks
  // its required fields that way (./switchOption.ts) so the choice holds before anything is typed.
  const keys = Object.keys(value);
  if (keys.length === 0) return -1;
  let best = -1;
  let bestScore = -Infinity;
  options.forEach((option, index) => {
    const props = option.properties ?? {};
    const declared = keys.filter((k) => k in props).length;
    if (declared === 0) return;
    const complete = requiredList(option).every((k) => k in value) ? 0.5 : 0;
    const score = 2 * declared - keys.length + complete;
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}

/** The option to show for a value: the matching one, else the one whose values are the schema default, else the first. */
export function selectedOption(schema: JsonSchema, options: JsonSchema[], value: unknown): number {
  const matched = matchOption(options, value);
  if (matched >= 0) return matched;
  const byDefault = matchOption(options, schema.default);
  if (byDefault >= 0) return byDefault;
  // Some specs give the default as the discriminator value itself ("default": "CDC").
  const key = findDiscriminator(options);
  if (key !== undefined && schema.default !== undefined && !isPlainObject(schema.default)) {
    const index = options.findIndex((option) => JSON.stringify(discriminatorValue(option, key)) === JSON.stringify(schema.default));
    if (index >= 0) return index;
  }
  return 0;
}
