// What a user should see for a spec and a value: the visible fields with their labels. Written from
// JSON Schema and Airbyte's spec conventions alone: it imports nothing from the form's own code, so
// a mistake there is not repeated here (the tests compare the two). Kept deliberately plain.

type Schema = Record<string, unknown>;

export interface ExpectedField {
  path: (string | number)[];
  label: string;
  kind: "input" | "group" | "secret";
  /**
   * Listed in its object's `required`: the input must say so to assistive technology too. Not for
   * booleans: a switch always has a value, and "required" would tell a screen reader that it must be
   * switched on, which the schema does not say.
   */
  required: boolean;
}

const isObject = (value: unknown): value is Schema => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A field's label: its title, or else its property name. A star some specs type at the end of a
 * title ("Output Format *") is not part of the label: the form shows its own marker for required
 * fields, and only for them.
 */
function label(schema: Schema, key: string): string {
  return typeof schema.title === "string" && schema.title.trim() !== "" ? schema.title.replace(/ \*$/, "") : key;
}

/** The JSON type a field holds ("null" aside); objects are also recognised by their properties. */
function typeOf(schema: Schema): string | undefined {
  if (typeof schema.type === "string") return schema.type;
  if (Array.isArray(schema.type)) return schema.type.find((t) => typeof t === "string" && t !== "null");
  if (isObject(schema.properties) || Array.isArray(schema.oneOf)) return "object";
  if (Array.isArray(schema.enum) || typeof schema.const === "string") return "string";
  return undefined;
}

function requiredOf(schema: Schema): string[] {
  return Array.isArray(schema.required) ? schema.required.filter((key): key is string => typeof key === "string") : [];
}

/** The value an option fixes for a property (`const`, or an `enum` of one), if it fixes one. */
function fixed(option: Schema, key: string): { value: unknown } | undefined {
  const property = isObject(option.properties) ? option.properties[key] : undefined;
  if (!isObject(property)) return undefined;
  if ("const" in property) return { value: property.const };
  if (Array.isArray(property.enum) && property.enum.length === 1) return { value: property.enum[0] };
  return undefined;
}

/** The property whose fixed value tells the options apart (auth_type, ssl_mode, tunnel_method...). */
function discriminatorOf(options: Schema[]): string | undefined {
  const first = options[0];
  if (!first || !isObject(first.properties)) return undefined;
  return Object.keys(first.properties).find((key) => {
    const values = options.map((option) => fixed(option, key));
    return values.every(Boolean) && new Set(values.map((v) => JSON.stringify(v?.value))).size === options.length;
  });
}

/** The option shown for a value: the one its discriminator names, else the one the default names, else the first. */
function shownOption(schema: Schema, options: Schema[], value: unknown): number {
  const key = discriminatorOf(options);
  if (key === undefined) return 0;
  for (const candidate of [isObject(value) ? value[key] : undefined, isObject(schema.default) ? schema.default[key] : schema.default]) {
    if (candidate === undefined) continue;
    const index = options.findIndex((option) => JSON.stringify(fixed(option, key)?.value) === JSON.stringify(candidate));
    if (index >= 0) return index;
  }
  return 0;
}

/** Config paths the OAuth flow fills in (never asked for), while OAuth applies to the value. */
function oauthFilled(spec: Schema, value: unknown): string[][] {
  const advanced = isObject(spec.advanced_auth) ? spec.advanced_auth : isObject(spec.advancedAuth) ? spec.advancedAuth : undefined;
  if (!advanced) {
    // The older authSpecification: output parameters under a root object (whose path may end with
    // the index of a oneOf option, which is not part of the config path).
    const oauth2 =
      isObject(spec.authSpecification) && isObject(spec.authSpecification.oauth2Specification)
        ? spec.authSpecification.oauth2Specification
        : undefined;
    if (!oauth2) return [];
    const root = (Array.isArray(oauth2.rootObject) ? oauth2.rootObject.map(String) : []).filter((segment) => !/^\d+$/.test(segment));
    const outputs = Array.isArray(oauth2.oauthFlowOutputParameters) ? oauth2.oauthFlowOutputParameters : [];
    return outputs.filter(Array.isArray).map((path: unknown[]) => [...root, ...path.map(String)]);
  }
  const config = advanced.oauth_config_specification ?? advanced.oauthConfigSpecification;
  if (!isObject(config)) return [];
  const paths: string[][] = [];
  for (const name of [
    "complete_oauth_output_specification",
    "completeOAuthOutputSpecification",
    "complete_oauth_server_output_specification",
    "completeOAuthServerOutputSpecification",
  ]) {
    const properties = isObject(config[name]) && isObject(config[name].properties) ? config[name].properties : {};
    for (const [key, property] of Object.entries(properties)) {
      const path = isObject(property) ? (property.path_in_connector_config ?? property.pathInConnectorConfig) : undefined;
      paths.push(Array.isArray(path) ? path.map(String) : [key]);
    }
  }
  const predicateKey = advanced.predicate_key ?? advanced.predicateKey;
  if (!Array.isArray(predicateKey) || predicateKey.length === 0) return paths;
  let current: unknown = value;
  for (const segment of predicateKey) current = isObject(current) ? current[String(segment)] : undefined;
  return current === (advanced.predicate_value ?? advanced.predicateValue) ? paths : [];
}

/**
 * The fields a user sees for `spec` holding `value`, in schema order, groups and oneOf selectors
 * included. `tokensByHand`: the user chose to type the OAuth tokens, so nothing is left to the flow.
 */
export function expectedFields(spec: Schema, schema: Schema, value: unknown, tokensByHand = false): ExpectedField[] {
  const filled = tokensByHand ? [] : oauthFilled(spec, value).map((path) => path.join("."));
  const out: ExpectedField[] = [];
  const visit = (object: Schema, objectValue: unknown, path: string[], skip?: string) => {
    const properties = isObject(object.properties) ? object.properties : {};
    const required = new Set(requiredOf(object));
    for (const [key, child] of Object.entries(properties)) {
      if (!isObject(child) || child.airbyte_hidden === true || key === skip) continue;
      const childPath = [...path, key];
      if (filled.includes(childPath.join("."))) continue;
      const childValue = isObject(objectValue) ? objectValue[key] : undefined;
      const type = typeOf(child);
      // A fixed value (`const`) is shown read-only: nothing is asked of the user there.
      const field = { path: childPath, label: label(child, key), required: required.has(key) && type !== "boolean" && !("const" in child) };
      const options = Array.isArray(child.oneOf) ? child.oneOf.filter(isObject) : [];
      if (
        type === "object" &&
        options.length > 0 &&
        options.length === (child.oneOf as unknown[]).length &&
        options.every((o) => typeOf(o) === "object")
      ) {
        out.push({ ...field, kind: "input" });
        const option = options[shownOption(child, options, childValue)]!;
        const merged = {
          ...option,
          properties: {
            ...(isObject(child.properties) ? child.properties : {}),
            ...(isObject(option.properties) ? option.properties : {}),
          },
          required: [...requiredOf(child), ...requiredOf(option)],
        };
        visit(merged, childValue, childPath, discriminatorOf(options));
      } else if (type === "object") {
        out.push({ ...field, kind: "group" });
        visit(child, childValue, childPath);
      } else if (type === "array" && isObject(child.items) && typeOf(child.items) === "object") {
        out.push({ ...field, kind: "group" });
      } else {
        out.push({ ...field, kind: child.airbyte_secret === true ? "secret" : "input" });
      }
    }
  };
  visit(schema, value, []);
  return out;
}

/** A default the form can apply: of the field's type (a number may be written as a numeric string). */
function usableDefault(schema: Schema): boolean {
  if (!("default" in schema)) return false;
  const value = schema.default;
  switch (typeOf(schema)) {
    case "integer":
    case "number":
      return (typeof value === "number" || (typeof value === "string" && value.trim() !== "")) && Number.isFinite(Number(value));
    case "string":
      return typeof value === "string";
    case "boolean":
      return typeof value === "boolean";
    case "array":
      return Array.isArray(value);
    default:
      return value !== undefined && value !== null;
  }
}

/**
 * Whether a new configuration needs the user to type or choose something: some required field (in
 * the option shown by default, for a choice) that the spec gives no usable `default` or fixed value for.
 */
export function needsInput(schema: Schema): boolean {
  const visit = (node: Schema, given: unknown, skip?: string): boolean => {
    let object = node;
    const options = Array.isArray(node.oneOf) ? node.oneOf.filter(isObject) : [];
    if (options.length > 0) {
      const option = options[shownOption(node, options, given)]!;
      object = {
        properties: { ...(isObject(node.properties) ? node.properties : {}), ...(isObject(option.properties) ? option.properties : {}) },
        required: [...requiredOf(node), ...requiredOf(option)],
      };
      skip = discriminatorOf(options);
    }
    const properties = isObject(object.properties) ? object.properties : {};
    const required = requiredOf(object);
    // A group the spec fixes or defaults something in (a choice marked by a fixed value, a const or a
    // default inside) is always there, even when optional: its own required fields are asked for.
    const present = Object.keys(properties).filter((key) => {
      const child = properties[key];
      if (required.includes(key) || !isObject(child) || typeOf(child) !== "object") return false;
      if (Array.isArray(child.oneOf)) return discriminatorOf(child.oneOf.filter(isObject)) !== undefined;
      const inner = isObject(child.properties) ? Object.values(child.properties) : [];
      return inner.some((grandchild) => isObject(grandchild) && ("const" in grandchild || usableDefault(grandchild)));
    });
    const givenObject = isObject(given) ? given : {};
    for (const key of [...required, ...present]) {
      if (key === skip || givenObject[key] !== undefined) continue;
      const child = properties[key];
      if (!isObject(child)) return true;
      if (typeOf(child) === "object") {
        if (visit(child, isObject(child.default) ? child.default : undefined)) return true;
        continue;
      }
      if ("const" in child || usableDefault(child) || (Array.isArray(child.enum) && child.enum.length === 1)) continue;
      return true;
    }
    return false;
  };
  return visit(schema, undefined);
}
