// What a `oneOf` value becomes when the user switches option (see ./oneOf.ts for the options
// themselves, ./defaults.ts for what a new option starts with).
import { computeDefaults } from "./defaults";
import { isPlainObject, requiredList, type JsonSchema } from "./jsonSchema";
import { discriminatorValue, findDiscriminator, matchOption } from "./oneOf";

function sameShape(a: JsonSchema | undefined, b: JsonSchema | undefined): boolean {
  if (!a || !b) return false;
  return JSON.stringify(a.type) === JSON.stringify(b.type) && !("const" in a) && !("const" in b);
}

/**
 * The value after switching to `next`: values of properties both options declare (with the same
 * type) are kept, everything else is dropped; the discriminator and the new option's defaults are set.
 */
export function switchOption(options: JsonSchema[], previous: unknown, nextIndex: number): Record<string, unknown> {
  const next = options[nextIndex];
  if (!next) return {};
  const prevIndex = matchOption(options, previous);
  const prevProps = options[prevIndex]?.properties ?? {};
  const nextProps = next.properties ?? {};
  const kept: Record<string, unknown> = {};
  if (isPlainObject(previous)) {
    for (const [key, val] of Object.entries(previous)) {
      if (key in nextProps && (prevIndex < 0 || sameShape(prevProps[key], nextProps[key]))) kept[key] = val;
    }
  }
  const key = findDiscriminator(options);
  if (key !== undefined) kept[key] = discriminatorValue(next, key);
  const result = computeDefaults(next, kept) as Record<string, unknown>;
  // Without a discriminator the value names its option by its keys: mark the new option's required
  // fields (undefined, so nothing is sent) until the user fills them.
  if (key === undefined) for (const name of requiredList(next)) if (!(name in result)) result[name] = undefined;
  return result;
}
