// The OAuth app (client id and secret) an OAuth flow runs with, as OAuthHandler.kt in
// airbytehq/airbyte-platform finds it (read for behaviour only): the instance-wide parameters of the
// connector, if the server has any (Airbyte Cloud does; an open-source install has none, so
// `advancedAuthGlobalCredentialsAvailable` is false), merged with the request's
// `oAuthInputConfiguration`, where a user of an open-source server puts their own app's.
import { getDb } from "../db/store";
import { knownError } from "./errors";
import { settings } from "./settings";
import type { S } from "./types";

/** What the server sends instead of a secret it keeps. */
const SECRET_MASK = "**********";

type Properties = Record<string, { path_in_connector_config?: unknown }>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function propertiesOf(spec: unknown): Properties {
  return isObject(spec) && isObject(spec.properties) ? (spec.properties as Properties) : {};
}

function pathOf(properties: Properties, key: string): string[] {
  const path = properties[key]?.path_in_connector_config;
  return Array.isArray(path) ? path.map(String) : [key];
}

function valueAt(value: unknown, path: string[]): unknown {
  return path.reduce<unknown>((node, part) => (isObject(node) ? node[part] : undefined), value);
}

export function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  path.slice(0, -1).forEach((part) => {
    if (!isObject(node[part])) node[part] = {};
    node = node[part] as Record<string, unknown>;
  });
  node[path[path.length - 1]!] = value;
}

/** The made-up instance-wide app of the Cloud-like demo (control API setGlobalOAuthCredentials(true)). */
function instanceValue(key: string): string {
  return `syncdeck-instance-${key.replace(/_/g, "-")}`;
}

/**
 * The app's parameters (the keys of `complete_oauth_server_input_specification`, e.g. client_id and
 * client_secret) for a consent or completion request. Editing a saved connector, a masked value is
 * taken from its stored configuration (OAuthHandler.getOauthFromDBIfNeeded). A missing one fails as
 * on the server: BaseOAuthFlow.getConfigValueUnsafe throws IllegalArgumentException, answered 500
 * by UncaughtExceptionHandler.
 */
export function oauthAppInput(
  kind: "source" | "destination",
  auth: S["AdvancedAuth"],
  body: Record<string, unknown>,
): Record<string, unknown> {
  const spec = auth.oauthConfigSpecification ?? {};
  const keys = Object.keys(propertiesOf(spec.completeOAuthServerInputSpecification));
  const paths = {
    ...propertiesOf(spec.oauthUserInputFromConnectorConfigSpecification),
    ...propertiesOf(spec.completeOAuthServerOutputSpecification),
  };
  const given: Record<string, unknown> = isObject(body.oAuthInputConfiguration) ? { ...body.oAuthInputConfiguration } : {};
  const actorId = body[`${kind}Id`];
  const stored =
    typeof actorId === "string" ? (kind === "source" ? getDb().sources : getDb().destinations).get(actorId)?.configuration : undefined;
  for (const [key, value] of Object.entries(given)) {
    if (value !== SECRET_MASK) continue;
    const saved = valueAt(stored, pathOf(paths, key));
    if (saved === undefined) delete given[key];
    else given[key] = saved;
  }
  const instance = settings.globalOAuthCredentials ? Object.fromEntries(keys.map((key) => [key, instanceValue(key)])) : {};
  const merged = { ...instance, ...given };
  for (const key of keys) {
    if (typeof merged[key] !== "string" || merged[key] === "") {
      throw knownError(
        500,
        `Internal Server Error: Undefined parameter '${key}' necessary for the OAuth Flow.`,
        "java.lang.IllegalArgumentException",
      );
    }
  }
  return Object.fromEntries(keys.map((key) => [key, merged[key]]));
}

/**
 * The app's parameters as complete_oauth sends them back: masked, each at its place in the connector
 * configuration (BaseOAuthFlow.formatOAuthOutput masks every `complete_oauth_server_output_specification`
 * key the flow's parameters have).
 */
export function serverOutputsMasked(auth: S["AdvancedAuth"], app: Record<string, unknown>): Record<string, unknown> {
  const outputs = propertiesOf(auth.oauthConfigSpecification?.completeOAuthServerOutputSpecification);
  const payload: Record<string, unknown> = {};
  for (const key of Object.keys(outputs)) if (key in app) setPath(payload, pathOf(outputs, key), SECRET_MASK);
  return payload;
}
