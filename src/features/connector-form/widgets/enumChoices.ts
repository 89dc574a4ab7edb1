// The values of an `enum` as the form's choice controls offer them (the single select, the radios and
// the multi-select): options by position, a value's position found by its JSON, and when a list is
// long enough to be searched instead of listed.
import { useMemo } from "react";
import { jsonKey } from "../lib/jsonSchema";

/**
 * Past this many values a choice is a search field showing the matches of what is typed (at most
 * SHOWN_MATCHES at a time) instead of a list of every value. Real specs go up to ~900 values
 * (source-pokeapi's Pokémon names), which a person searches rather than scrolls; and a native select
 * builds every option as the form opens, which for a spec listing 40,000 froze the page for seconds.
 */
export const LONG_CHOICE_LIST = 200;
export const SHOWN_MATCHES = 100;

/** The help line of a long list: how many values there are and how to reach one. */
export function longListHint(count: number): string {
  return `${count.toLocaleString("en-US")} choices: type to find one.`;
}

export interface EnumChoices {
  /** One option per value, its position as the option's value (values need not be text). */
  data: { value: string; label: string }[];
  /** The position of the first value equal to `value` (as JSON), or -1. */
  indexOf(value: unknown): number;
}

/** Built once per list of values (Mantine parses its data again whenever the array changes). */
export function useEnumChoices(values: readonly unknown[]): EnumChoices {
  return useMemo(() => {
    const positions = new Map<string, number>();
    values.forEach((value, i) => {
      const key = jsonKey(value);
      if (!positions.has(key)) positions.set(key, i);
    });
    return {
      data: values.map((value, i) => ({ value: String(i), label: String(value) })),
      indexOf: (value: unknown) => (value === undefined ? -1 : (positions.get(jsonKey(value)) ?? -1)),
    };
  }, [values]);
}
