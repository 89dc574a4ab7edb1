// Checks of a connector's schema itself (not of a configuration): is it valid draft-07 JSON Schema
// (against the published draft-07 meta-schema, shipped with ajv), and which keywords does it use
// that nothing reads (typos such as "mininum" in real specs). Both feed analyzeSpec's problems.
import draft07 from "ajv/dist/refs/json-schema-draft-07.json";
import { isPlainObject } from "../jsonSchema";
import { pointer } from "../resolveRefs";
import { schemaErrors, type SchemaError } from "./checkSchema";
import { isCheckedFormat } from "./formats";

/** Where the spec breaks the draft-07 meta-schema (empty when it is valid JSON Schema). */
export function metaSchemaErrors(schema: unknown): SchemaError[] {
  return schemaErrors(draft07, schema);
}

/** Keywords of JSON Schema (draft-07, and the newer names real specs use), read or deliberately ignored. */
const STANDARD = [
  "$schema",
  "$id",
  "$ref",
  "$comment",
  "$defs",
  "$anchor",
  "definitions",
  "type",
  "enum",
  "const",
  "multipleOf",
  "maximum",
  "exclusiveMaximum",
  "minimum",
  "exclusiveMinimum",
  "maxLength",
  "minLength",
  "pattern",
  "format",
  "items",
  "additionalItems",
  "maxItems",
  "minItems",
  "uniqueItems",
  "contains",
  "maxProperties",
  "minProperties",
  "required",
  "properties",
  "patternProperties",
  "additionalProperties",
  "dependencies",
  "dependentRequired",
  "dependentSchemas",
  "propertyNames",
  "if",
  "then",
  "else",
  "allOf",
  "anyOf",
  "oneOf",
  "not",
  "title",
  "description",
  "default",
  "examples",
  "readOnly",
  "writeOnly",
  "deprecated",
  "contentMediaType",
  "contentEncoding",
  "contentSchema",
];

/** Keywords Airbyte (and RJSF) add to JSON Schema; annotations, they never make a value invalid. */
const EXTENSIONS = [
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
  "enumNames",
];

const KNOWN = new Set([...STANDARD, ...EXTENSIONS]);

/** Keywords whose value is a map of subschemas, and those whose value is one subschema or a list of them. */
const SCHEMA_MAPS = ["properties", "patternProperties", "definitions", "$defs", "dependencies", "dependentSchemas"];
const SUBSCHEMAS = [
  "items",
  "additionalItems",
  "additionalProperties",
  "not",
  "if",
  "then",
  "else",
  "contains",
  "propertyNames",
  "oneOf",
  "anyOf",
  "allOf",
];

export interface KeywordPlace {
  keyword: string;
  /** JSON pointer of the keyword in the schema. */
  path: string;
}

/** Calls `visit` on every schema object in the tree (the root, properties, options, items...). */
function eachSchema(schema: unknown, visit: (node: Record<string, unknown>, path: (string | number)[]) => void) {
  const walk = (node: unknown, path: (string | number)[]) => {
    if (!isPlainObject(node)) return;
    visit(node, path);
    for (const key of SCHEMA_MAPS)
      if (isPlainObject(node[key])) for (const [name, child] of Object.entries(node[key])) walk(child, [...path, key, name]);
    for (const key of SUBSCHEMAS) {
      const value = node[key];
      if (Array.isArray(value)) value.forEach((child, index) => walk(child, [...path, key, index]));
      else walk(value, [...path, key]);
    }
  };
  walk(schema, []);
}

/** Every place the schema uses a keyword nothing reads, in document order. */
export function unknownKeywords(schema: unknown): KeywordPlace[] {
  const found: KeywordPlace[] = [];
  eachSchema(schema, (node, path) => {
    for (const key of Object.keys(node)) if (!KNOWN.has(key)) found.push({ keyword: key, path: pointer([...path, key]) });
  });
  return found;
}

/** Every place the schema names a format the form does not check (keyword: the format's name). */
export function uncheckedFormats(schema: unknown): KeywordPlace[] {
  const found: KeywordPlace[] = [];
  eachSchema(schema, (node, path) => {
    if (typeof node.format === "string" && !isCheckedFormat(node.format))
      found.push({ keyword: node.format, path: pointer([...path, "format"]) });
  });
  return found;
}
