// Source and destination definitions, built from the connector files in mocks/data/connectors and
// mocks/data/registry-2026 (any real connector file of that shape works) plus the demo source "Synthetic".
import { dataSource } from "../data/source";
import { SUGGESTED_STREAMS, SUPPORT_LEVEL, SUPPORTS_REFRESHES } from "../data/registryFacts";
import { uuidFromName } from "../lib/random";
import { SYNTHETIC_DEFINITION_ID, SYNTHETIC_DOCKER_REPOSITORY, syntheticSpec } from "../lib/synthetic";
import type { ConnectorFile, ConnectorSpec, JsonObject, S } from "../lib/types";

export interface Definition {
  kind: "source" | "destination";
  id: string;
  /** File name the definition came from, e.g. "source-postgres". */
  key: string;
  name: string;
  dockerRepository: string;
  dockerImageTag: string;
  documentationUrl: string;
  icon?: string;
  releaseStage?: S["ReleaseStage"];
  supportLevel?: S["SupportLevel"];
  releaseDate?: string;
  sourceType?: "api" | "file" | "database" | "custom";
  protocolVersion?: string;
  /** Streams a discover preselects (the definition's suggestedStreams); undefined: the connector suggests none. */
  suggestedStreams?: readonly string[];
  /** A destination that can run refreshes; false when its entry does not say (as the server's default). */
  supportsRefreshes: boolean;
  /** The registry entry's `releases.breakingChanges`, oldest version first (the older files have none). */
  breakingChanges: BreakingChange[];
  spec: ConnectorSpec;
}

/** One of a definition's breaking changes, as the Config API answers it (ActorDefinitionBreakingChange). */
export type BreakingChange = S["ActorDefinitionBreakingChange"];

const RELEASE_STAGES = new Set(["alpha", "beta", "generally_available", "custom"]);
const SUPPORT_LEVELS = new Set(["community", "certified", "archived", "none"]);
const SOURCE_TYPES = new Set(["api", "file", "database", "custom"]);

function str(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

/** Only a real URL or inline SVG is usable as an icon; bare file names from the catalog are not. */
function usableIcon(value: unknown): string | undefined {
  const icon = str(value);
  if (!icon) return undefined;
  return /^(https?:|data:image\/)/.test(icon) || icon.trimStart().startsWith("<svg") ? icon : undefined;
}

/** A registry entry's `suggestedStreams: { streams: [...] }`, if it has a usable one. */
function suggestedStreamsOf(value: unknown): string[] | undefined {
  const streams = (value as { streams?: unknown } | undefined)?.streams;
  return Array.isArray(streams) && streams.every((name) => typeof name === "string") ? streams : undefined;
}

/** Dotted version numbers compared number by number ("5.4.0" > "5.15.22" is false), as the server's Version. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split(/[.-]/).map((part) => Number.parseInt(part, 10) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/**
 * A registry entry's `releases.breakingChanges` ({"5.0.0": {message, upgradeDeadline,
 * migrationDocumentationUrl, deadlineAction?}}): what the server stores in its
 * actor_definition_breaking_change table when it loads the registry.
 */
function breakingChangesOf(releases: unknown): BreakingChange[] {
  const changes = (releases as { breakingChanges?: unknown } | undefined)?.breakingChanges;
  if (typeof changes !== "object" || changes === null) return [];
  const result: BreakingChange[] = [];
  for (const [version, value] of Object.entries(changes as Record<string, Record<string, unknown>>)) {
    const message = str(value.message);
    const upgradeDeadline = str(value.upgradeDeadline);
    const migrationDocumentationUrl = str(value.migrationDocumentationUrl);
    if (!message || !upgradeDeadline || !migrationDocumentationUrl) continue;
    const deadlineAction = value.deadlineAction === "auto_upgrade" || value.deadlineAction === "disable" ? value.deadlineAction : undefined;
    result.push({ version, message, upgradeDeadline, migrationDocumentationUrl, ...(deadlineAction ? { deadlineAction } : {}) });
  }
  return result.sort((a, b) => compareVersions(a.version, b.version));
}

function definitionFromFile(key: string, file: ConnectorFile): Definition {
  const d = file.definition ?? {};
  const spec = file.spec ?? {};
  // A file without `kind` is classified by its name (destination-*.json, else a source).
  const kind = file.kind === "source" || file.kind === "destination" ? file.kind : key.startsWith("destination") ? "destination" : "source";
  const dockerRepository = str(d.dockerRepository) ?? `airbyte/${key}`;
  const idKey = kind === "source" ? "sourceDefinitionId" : "destinationDefinitionId";
  const releaseStage = str(d.releaseStage);
  const supportLevel = str(d.supportLevel);
  const sourceType = str(d.sourceType);
  // Airbyte publishes a "-strict-encrypt" image under the definition id of its plain connector (one
  // definition, two images); the mock offers both (connectors/ and registry-2026/), so each needs its own id.
  const sharesId = dockerRepository.endsWith("-strict-encrypt");
  return {
    kind,
    id: (sharesId ? undefined : str(d[idKey])) ?? uuidFromName(dockerRepository),
    key,
    name: str(d.name) ?? key,
    dockerRepository,
    dockerImageTag: str(d.dockerImageTag) ?? "latest",
    documentationUrl: str(d.documentationUrl) ?? str(spec.documentationUrl) ?? "https://docs.airbyte.com/integrations",
    // The real icon from mocks/data/icons where there is one (never the registry's CDN address: the mock
    // makes no request outside).
    icon: (typeof d.icon === "string" ? dataSource().icon?.(d.icon) : undefined) ?? usableIcon(d.icon),
    releaseStage: releaseStage && RELEASE_STAGES.has(releaseStage) ? (releaseStage as S["ReleaseStage"]) : undefined,
    supportLevel:
      supportLevel && SUPPORT_LEVELS.has(supportLevel)
        ? (supportLevel as S["SupportLevel"])
        : // The older files predate the field: the registry's, else a guess from the release stage.
          (SUPPORT_LEVEL[dockerRepository] ?? (releaseStage === "generally_available" ? "certified" : "community")),
    releaseDate: str(d.releaseDate),
    sourceType: sourceType && SOURCE_TYPES.has(sourceType) ? (sourceType as Definition["sourceType"]) : undefined,
    protocolVersion: str(d.protocolVersion) ?? str(spec.protocol_version),
    suggestedStreams: suggestedStreamsOf(d.suggestedStreams) ?? SUGGESTED_STREAMS[dockerRepository],
    supportsRefreshes: typeof d.supportsRefreshes === "boolean" ? d.supportsRefreshes : (SUPPORTS_REFRESHES[dockerRepository] ?? false),
    breakingChanges: breakingChangesOf(d.releases),
    spec,
  };
}

const syntheticIcon =
  "data:image/svg+xml;utf8," +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><rect width="24" height="24" rx="5" fill="#7048e8"/><path d="M6 16l4-8 4 6 2-3 2 5" stroke="#fff" stroke-width="2" fill="none"/></svg>',
  );

const syntheticDefinition: Definition = {
  kind: "source",
  id: SYNTHETIC_DEFINITION_ID,
  key: "source-synthetic",
  name: "Synthetic",
  dockerRepository: SYNTHETIC_DOCKER_REPOSITORY,
  dockerImageTag: "1.0.0",
  documentationUrl: syntheticSpec.documentationUrl,
  icon: syntheticIcon,
  releaseStage: "generally_available",
  supportLevel: "certified",
  sourceType: "api",
  supportsRefreshes: false,
  breakingChanges: [],
  spec: syntheticSpec,
};

let loaded: Promise<Definition[]> | undefined;

/** One connector's definition by file name (e.g. "source-postgres"), without loading the others. */
export async function loadDefinition(key: string): Promise<Definition> {
  const file = await dataSource().connector(key);
  if (!file) throw new Error(`The seed needs the connector ${key} in mocks/data/connectors.`);
  return definitionFromFile(key, file);
}

/** The registry's current entry of a connector (registry-2026/), when there is one: a newer version than connectors/ may hold. */
export async function loadRegistryDefinition(key: string): Promise<Definition | undefined> {
  const file = await dataSource().registryConnector(key);
  return file ? definitionFromFile(key, file) : undefined;
}

/** Every definition, the ones already in `held` kept as they are (the seed's default versions, see ./seed.ts). */
export function keepingHeld(held: Definition[], all: Definition[]): Definition[] {
  return all.map((d) => held.find((h) => h.kind === d.kind && h.id === d.id) ?? d);
}

/** All definitions (loaded once). */
export function loadDefinitions(): Promise<Definition[]> {
  loaded ??= dataSource()
    .connectors()
    .then((files) => [...Object.entries(files).map(([key, file]) => definitionFromFile(key, file)), syntheticDefinition]);
  return loaded;
}

/** What a source and a destination definition answer have in common. */
function definitionReadFields(d: Definition) {
  return {
    name: d.name,
    dockerRepository: d.dockerRepository,
    dockerImageTag: d.dockerImageTag,
    documentationUrl: d.documentationUrl,
    ...(d.icon ? { icon: d.icon } : {}),
    ...(d.protocolVersion ? { protocolVersion: d.protocolVersion } : {}),
    custom: false,
    enterprise: false,
    ...(d.supportLevel ? { supportLevel: d.supportLevel } : {}),
    ...(d.releaseStage ? { releaseStage: d.releaseStage } : {}),
    ...(d.releaseDate ? { releaseDate: d.releaseDate } : {}),
  };
}

export function sourceDefinitionRead(d: Definition): S["SourceDefinitionRead"] {
  return { sourceDefinitionId: d.id, ...definitionReadFields(d), ...(d.sourceType ? { sourceType: d.sourceType } : {}) };
}

export function destinationDefinitionRead(d: Definition): S["DestinationDefinitionRead"] {
  return { destinationDefinitionId: d.id, ...definitionReadFields(d) };
}

// --- OAuth: the spec's advanced_auth (or legacy authSpecification) in the Config API's camelCase ---

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function legacyAdvancedAuth(spec: ConnectorSpec): S["AdvancedAuth"] | undefined {
  const auth = spec.authSpecification;
  if (!isObject(auth) || !isObject(auth.oauth2Specification)) return undefined;
  const oauth = auth.oauth2Specification;
  const rootObject = Array.isArray(oauth.rootObject) ? oauth.rootObject.map(String) : [];
  // A numeric segment picks a oneOf option of the property before it; the option's const
  // property (its discriminator) becomes the predicate that says when OAuth applies.
  const rootPath = rootObject.filter((part) => !/^\d+$/.test(part));
  let predicateKey: string[] | undefined;
  let predicateValue: string | undefined;
  const indexAt = rootObject.findIndex((part) => /^\d+$/.test(part));
  if (indexAt > 0) {
    let schema: unknown = spec.connectionSpecification;
    for (const part of rootObject.slice(0, indexAt))
      schema = isObject(schema) && isObject(schema.properties) ? schema.properties[part] : undefined;
    const option = isObject(schema) && Array.isArray(schema.oneOf) ? schema.oneOf[Number(rootObject[indexAt])] : undefined;
    if (isObject(option) && isObject(option.properties)) {
      for (const [key, property] of Object.entries(option.properties)) {
        if (isObject(property) && (typeof property.const === "string" || (Array.isArray(property.enum) && property.enum.length === 1))) {
          predicateKey = [...rootPath, key];
          predicateValue = String(property.const ?? (property.enum as unknown[])[0]);
          break;
        }
      }
    }
  }
  const toProperties = (params: unknown) =>
    Object.fromEntries(
      (Array.isArray(params) ? params : [])
        .map((param) => (Array.isArray(param) ? param.map(String) : [String(param)]))
        .map((param) => [param[param.length - 1]!, { type: "string", path_in_connector_config: [...rootPath, ...param] }]),
    );
  return {
    authFlowType: "oauth2.0",
    ...(predicateKey ? { predicateKey, predicateValue } : {}),
    oauthConfigSpecification: {
      completeOAuthOutputSpecification: { type: "object", properties: toProperties(oauth.oauthFlowOutputParameters) },
      completeOAuthServerInputSpecification: {
        type: "object",
        properties: { client_id: { type: "string" }, client_secret: { type: "string" } },
      },
      completeOAuthServerOutputSpecification: { type: "object", properties: toProperties(oauth.oauthFlowInitParameters) },
    },
  };
}

export function advancedAuth(spec: ConnectorSpec): S["AdvancedAuth"] | undefined {
  const auth = spec.advanced_auth ?? (spec.advancedAuth as JsonObject | undefined);
  if (!isObject(auth)) return legacyAdvancedAuth(spec);
  const config = isObject(auth.oauth_config_specification)
    ? auth.oauth_config_specification
    : isObject(auth.oauthConfigSpecification)
      ? auth.oauthConfigSpecification
      : {};
  const pickSpec = (snake: string, camel: string) => config[snake] ?? config[camel];
  const flow = auth.auth_flow_type ?? auth.authFlowType;
  return {
    authFlowType: flow === "oauth1.0" ? "oauth1.0" : "oauth2.0",
    ...(Array.isArray(auth.predicate_key ?? auth.predicateKey)
      ? { predicateKey: (auth.predicate_key ?? auth.predicateKey) as string[] }
      : {}),
    ...(auth.predicate_value !== undefined || auth.predicateValue !== undefined
      ? { predicateValue: String(auth.predicate_value ?? auth.predicateValue) }
      : {}),
    oauthConfigSpecification: {
      oauthUserInputFromConnectorConfigSpecification: pickSpec(
        "oauth_user_input_from_connector_config_specification",
        "oauthUserInputFromConnectorConfigSpecification",
      ),
      completeOAuthOutputSpecification: pickSpec("complete_oauth_output_specification", "completeOAuthOutputSpecification"),
      completeOAuthServerInputSpecification: pickSpec("complete_oauth_server_input_specification", "completeOAuthServerInputSpecification"),
      completeOAuthServerOutputSpecification: pickSpec(
        "complete_oauth_server_output_specification",
        "completeOAuthServerOutputSpecification",
      ),
    },
  };
}

export function connectionSpecification(d: Definition): JsonObject {
  return isObject(d.spec.connectionSpecification) ? d.spec.connectionSpecification : { type: "object", properties: {} };
}

export function supportedDestinationSyncModes(d: Definition): S["DestinationSyncMode"][] {
  const modes = d.spec.supported_destination_sync_modes ?? (d.spec.supportedDestinationSyncModes as string[] | undefined);
  const known = new Set(["append", "overwrite", "append_dedup", "overwrite_dedup", "update", "soft_delete"]);
  const list = (Array.isArray(modes) ? modes : [])
    .map((mode) => (mode === "append_dedup" || known.has(mode) ? mode : undefined))
    .filter((m): m is string => !!m);
  return (list.length > 0 ? list : ["overwrite", "append"]) as S["DestinationSyncMode"][];
}
