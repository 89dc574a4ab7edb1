// Small readings of a JSON Schema node that the diff compares: its type names, whether it is a
// secret, its required keys, and how its `oneOf` options are told apart across two versions.
import { isObject } from "../parse/types";

export type Schema = Record<string, unknown>;

export function typeNames(schema: Schema): string[] {
  const { type } = schema;
  const names = Array.isArray(type) ? type : type === undefined ? [] : [type];
  return names.filter((name): name is string => typeof name === "string").sort();
}

export function isSecret(schema: Schema): boolean {
  return schema.airbyte_secret === true;
}

export function requiredKeys(schema: Schema): Set<string> {
  return new Set(Array.isArray(schema.required) ? schema.required.filter((key): key is string => typeof key === "string") : []);
}

export function propertiesOf(schema: Schema): Record<string, Schema> {
  const properties = schema.properties;
  if (!isObject(properties)) return {};
  return Object.fromEntries(Object.entries(properties).filter((entry): entry is [string, Schema] => isObject(entry[1])));
}

export function optionsOf(schema: Schema): Schema[] {
  return Array.isArray(schema.oneOf) ? schema.oneOf.filter(isObject) : [];
}

export function titleOf(schema: Schema | undefined, fallback: string): string {
  return typeof schema?.title === "string" && schema.title.trim() !== "" ? schema.title : fallback;
}

/** The single value a property is fixed to in an option (`const`, or an enum of one). */
function fixedValue(schema: Schema | undefined): string | undefined {
  if (!schema) return undefined;
  if (typeof schema.const === "string") return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length === 1 && typeof schema.enum[0] === "string") return schema.enum[0];
  return undefined;
}

/**
 * A key per option that survives a new version: the value of the discriminator property (the one
 * fixed to a value in every option, as Airbyte's `auth_type`/`mode` are), else the option's title,
 * else its position. Titles get reworded between versions more often than discriminators change.
 */
export function optionKeys(options: Schema[]): string[] {
  const first = options[0];
  const discriminator = first
    ? Object.keys(propertiesOf(first)).find((key) => options.every((option) => fixedValue(propertiesOf(option)[key]) !== undefined))
    : undefined;
  return options.map((option, index) => {
    if (discriminator) return `${discriminator}=${fixedValue(propertiesOf(option)[discriminator])}`;
    return typeof option.title === "string" ? `title=${option.title}` : `#${index}`;
  });
}
