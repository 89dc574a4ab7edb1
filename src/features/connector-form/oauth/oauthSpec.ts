// Reads a connector's OAuth description — `advanced_auth` (snake_case in specs, camelCase from the
// API) or the older `authSpecification` — into one shape: where the button goes, when it applies,
// which config values feed the consent request and where the returned values are written. And whose
// OAuth app runs the flow: the server's own (`advancedAuthGlobalCredentialsAvailable`, e.g. Airbyte
// Cloud), or, on an open-source server, which has none, the user's (client id and secret typed into
// the form and sent in `oAuthInputConfiguration`: OAuthHandler.kt merges them with the server's).
import { getAt, isPlainObject } from "../lib/jsonSchema";

export interface OAuthSetup {
  /** Object (config path, no array indices) in which the "Authenticate your account" button is shown. */
  buttonPath: string[];
  /** When set, OAuth applies only while the config value at `predicatePath` equals `predicateValue`. */
  predicatePath?: string[];
  predicateValue?: unknown;
  /** Returned value key -> config path (these fields are filled by the flow and hidden from the user). */
  outputs: { key: string; path: string[] }[];
  /** Config paths of the OAuth app's client id/secret (`complete_oauth_server_output_specification`). */
  serverOutputs: string[][];
  /** Config path -> key of the oAuthInputConfiguration sent with the consent request. */
  inputs: { key: string; path: string[] }[];
  /**
   * The OAuth app's parameters (`complete_oauth_server_input_specification`, e.g. client_id and
   * client_secret) -> the config path the user types them at (their server output path).
   */
  appInputs: { key: string; path: string[] }[];
  /** The server has an OAuth app of its own: the app's fields are hidden, never asked for. */
  globalCredentials: boolean;
}

function pick(obj: Record<string, unknown>, ...keys: string[]): unknown {
  for (const key of keys) if (obj[key] !== undefined) return obj[key];
  return undefined;
}

function stringPath(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === "string" || typeof v === "number") ? value.map(String) : undefined;
}

function pathsOf(spec: unknown): { key: string; path: string[] }[] {
  const properties = isPlainObject(spec) && isPlainObject(spec.properties) ? spec.properties : {};
  return Object.entries(properties).map(([key, prop]) => ({
    key,
    path: (isPlainObject(prop) ? stringPath(pick(prop, "path_in_connector_config", "pathInConnectorConfig")) : undefined) ?? [key],
  }));
}

export function parseOAuthSetup(spec: {
  advancedAuth?: unknown;
  authSpecification?: unknown;
  [key: string]: unknown;
}): OAuthSetup | undefined {
  // Only a server that says so has an app of its own; an older one, or a spec file, says nothing.
  const globalCredentials = spec.advancedAuthGlobalCredentialsAvailable === true;
  const advanced = isPlainObject(spec.advancedAuth)
    ? spec.advancedAuth
    : isPlainObject(spec.advanced_auth)
      ? spec.advanced_auth
      : undefined;
  if (advanced) {
    const config = pick(advanced, "oauthConfigSpecification", "oauth_config_specification");
    const configObj = isPlainObject(config) ? config : {};
    const predicatePath = stringPath(pick(advanced, "predicateKey", "predicate_key"));
    const userOutputs = pathsOf(pick(configObj, "completeOAuthOutputSpecification", "complete_oauth_output_specification"));
    const serverOutputs = pathsOf(pick(configObj, "completeOAuthServerOutputSpecification", "complete_oauth_server_output_specification"));
    const outputs = [...userOutputs, ...serverOutputs.filter((s) => !userOutputs.some((u) => u.key === s.key))];
    const inputs = pathsOf(
      pick(configObj, "oauthUserInputFromConnectorConfigSpecification", "oauth_user_input_from_connector_config_specification"),
    );
    const appKeys = pathsOf(pick(configObj, "completeOAuthServerInputSpecification", "complete_oauth_server_input_specification")).map(
      (input) => input.key,
    );
    const appInputs = appKeys.map((key) => ({ key, path: serverOutputs.find((output) => output.key === key)?.path ?? [key] }));
    const buttonPath = predicatePath && predicatePath.length > 0 ? predicatePath.slice(0, -1) : (outputs[0]?.path.slice(0, -1) ?? []);
    return {
      buttonPath,
      predicatePath: predicatePath?.length ? predicatePath : undefined,
      predicateValue: pick(advanced, "predicateValue", "predicate_value"),
      outputs,
      serverOutputs: serverOutputs.filter((s) => !userOutputs.some((u) => u.key === s.key)).map((s) => s.path),
      inputs,
      appInputs,
      globalCredentials,
    };
  }
  const legacy = isPlainObject(spec.authSpecification) ? spec.authSpecification : undefined;
  const oauth2 = legacy && isPlainObject(legacy.oauth2Specification) ? legacy.oauth2Specification : undefined;
  if (oauth2) {
    // rootObject may end with the index of a oneOf option ("0"): that is not a config path segment.
    const root = (stringPath(oauth2.rootObject) ?? []).filter((segment) => !/^\d+$/.test(segment));
    const fields = (params: unknown) =>
      (Array.isArray(params) ? params : [])
        .map(stringPath)
        .filter((p): p is string[] => Boolean(p?.length))
        .map((p) => ({ key: p[p.length - 1] ?? "", path: [...root, ...p] }));
    const outputs = fields(oauth2.oauthFlowOutputParameters);
    // The init parameters are the OAuth app's (client_id, client_secret): always shown, as before advanced_auth.
    const appInputs = fields(oauth2.oauthFlowInitParameters);
    return { buttonPath: root, outputs, serverOutputs: appInputs.map((input) => input.path), inputs: [], appInputs, globalCredentials };
  }
  return undefined;
}

const stripIndices = (path: readonly (string | number)[]) => path.filter((s): s is string => typeof s === "string");
const samePath = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((s, i) => s === b[i]);

/** Whether OAuth applies to the current config (its predicate holds) for the object at `objectPath`. */
export function oauthAppliesAt(
  setup: OAuthSetup,
  objectPath: readonly (string | number)[],
  objectValue: unknown,
  objectProperties: Record<string, unknown>,
): boolean {
  if (!samePath(stripIndices(objectPath), setup.buttonPath)) return false;
  // The predicate key sits in this very object (buttonPath is the predicate's parent). The option on
  // screen fixes it with a const; the value may not carry it yet (the form adds it with the defaults).
  if (setup.predicatePath) {
    const key = setup.predicatePath[setup.predicatePath.length - 1] ?? "";
    const property = objectProperties[key];
    const fixed = isPlainObject(property)
      ? (property.const ?? (Array.isArray(property.enum) && property.enum.length === 1 ? property.enum[0] : undefined))
      : undefined;
    return (fixed ?? getAt(objectValue, [key])) === setup.predicateValue;
  }
  // Without a predicate: it applies where the object (the selected option) declares an output field.
  return setup.outputs.some(
    (output) => samePath(output.path.slice(0, -1), setup.buttonPath) && (output.path[output.path.length - 1] ?? "") in objectProperties,
  );
}

export function isServerOutput(setup: OAuthSetup, path: readonly (string | number)[]): boolean {
  const strings = stripIndices(path);
  return setup.serverOutputs.some((p) => samePath(p, strings));
}

/**
 * Whether the form hides this field because the flow fills it: the tokens, and the app's client id
 * and secret when the server has its own app. Nothing is hidden while the user enters tokens by hand.
 */
export function isOAuthOutput(setup: OAuthSetup, objectPath: readonly (string | number)[], key: string, manual = false): boolean {
  if (manual) return false;
  const full = [...stripIndices(objectPath), key];
  if (!setup.globalCredentials && isServerOutput(setup, full)) return false;
  return setup.outputs.some((output) => samePath(output.path, full));
}

/** A value the server sends instead of a secret it keeps (complete_oauth masks the app's client id and secret). */
const SECRET_MASK = "**********";

export function isSecretMask(value: unknown): boolean {
  return value === SECRET_MASK;
}

/** Whether the schema has a field at this config path (in any oneOf option on the way). */
export function declaredIn(schema: unknown, path: readonly string[]): boolean {
  let node: unknown = schema;
  for (const segment of path) {
    const candidates = isPlainObject(node) ? [node, ...(Array.isArray(node.oneOf) ? node.oneOf : [])] : [];
    const owner = candidates.find(
      (candidate) => isPlainObject(candidate) && isPlainObject(candidate.properties) && segment in candidate.properties,
    );
    if (!isPlainObject(owner) || !isPlainObject(owner.properties)) return false;
    node = owner.properties[segment];
  }
  return true;
}

/**
 * The `oAuthInputConfiguration` of a consent or completion request: the connector's own inputs, and
 * (without a server app) the user's app's parameters, from the form or, where the spec has no field
 * for one, from `appValues`.
 */
export function oauthInputConfiguration(
  setup: OAuthSetup,
  config: Record<string, unknown>,
  appValues: Record<string, string> = {},
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const { key, path } of setup.inputs) {
    const value = getAt(config, path);
    if (value !== undefined) input[key] = value;
  }
  if (setup.globalCredentials) return input;
  for (const { key, path } of setup.appInputs) {
    const value = getAt(config, path) ?? appValues[key];
    if (value !== undefined) input[key] = value;
  }
  return input;
}

/** Keys of the app's parameters the user still has to give (none when the server has its own app). */
export function missingAppInputs(setup: OAuthSetup, config: Record<string, unknown>, appValues: Record<string, string> = {}): string[] {
  if (setup.globalCredentials) return [];
  return setup.appInputs
    .filter(({ key, path }) => {
      const value = getAt(config, path) ?? appValues[key];
      return typeof value !== "string" || value.trim() === "";
    })
    .map(({ key }) => key);
}
