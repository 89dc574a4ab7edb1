// Reads a connector's OAuth description — `advanced_auth` (snake_case in specs, camelCase from the
// API) or the older `authSpecification` — into one shape: where the button goes, when it applies,
// which config values feed the consent request and where the returned values are written.
import { getAt, isPlainObject } from "../lib/jsonSchema";

export interface OAuthSetup {
  /** Object (config path, no array indices) in which the "Authenticate your account" button is shown. */
  buttonPath: string[];
  /** When set, OAuth applies only while the config value at `predicatePath` equals `predicateValue`. */
  predicatePath?: string[];
  predicateValue?: unknown;
  /** Returned value key -> config path (these fields are filled by the flow and hidden from the user). */
  outputs: { key: string; path: string[] }[];
  /** Config paths the server fills in itself (its OAuth app's client id/secret): hidden, never asked for. */
  serverOutputs: string[][];
  /** Config path -> key of the oAuthInputConfiguration sent with the consent request. */
  inputs: { key: string; path: string[] }[];
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
    const buttonPath = predicatePath && predicatePath.length > 0 ? predicatePath.slice(0, -1) : (outputs[0]?.path.slice(0, -1) ?? []);
    return {
      buttonPath,
      predicatePath: predicatePath?.length ? predicatePath : undefined,
      predicateValue: pick(advanced, "predicateValue", "predicate_value"),
      outputs,
      serverOutputs: serverOutputs.filter((s) => !userOutputs.some((u) => u.key === s.key)).map((s) => s.path),
      inputs,
    };
  }
  const legacy = isPlainObject(spec.authSpecification) ? spec.authSpecification : undefined;
  const oauth2 = legacy && isPlainObject(legacy.oauth2Specification) ? legacy.oauth2Specification : undefined;
  if (oauth2) {
    // rootObject may end with the index of a oneOf option ("0"): that is not a config path segment.
    const root = (stringPath(oauth2.rootObject) ?? []).filter((segment) => !/^\d+$/.test(segment));
    const params = Array.isArray(oauth2.oauthFlowOutputParameters) ? oauth2.oauthFlowOutputParameters : [];
    const outputs = params
      .map(stringPath)
      .filter((p): p is string[] => Boolean(p?.length))
      .map((p) => ({ key: p[p.length - 1] ?? "", path: [...root, ...p] }));
    return { buttonPath: root, outputs, serverOutputs: [], inputs: [] };
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
  // The predicate key sits in this very object (buttonPath is the predicate's parent).
  if (setup.predicatePath) return getAt(objectValue, setup.predicatePath.slice(-1)) === setup.predicateValue;
  // Without a predicate: it applies where the object (the selected option) declares an output field.
  return setup.outputs.some(
    (output) => samePath(output.path.slice(0, -1), setup.buttonPath) && (output.path[output.path.length - 1] ?? "") in objectProperties,
  );
}

export function isOAuthOutput(setup: OAuthSetup, objectPath: readonly (string | number)[], key: string): boolean {
  const full = [...stripIndices(objectPath), key];
  return setup.outputs.some((output) => samePath(output.path, full));
}

export function isServerOutput(setup: OAuthSetup, path: readonly (string | number)[]): boolean {
  const strings = stripIndices(path);
  return setup.serverOutputs.some((p) => samePath(p, strings));
}
