// Sources and destinations: lookups, masked reads, and the simulated connection check.
import { advancedAuth, connectionSpecification, type Definition } from "./definitions";
import { invalidInput, notFound } from "../lib/errors";
import { maskSecrets, secretValues } from "../lib/secrets";
import { now, settings } from "../lib/settings";
import { uuid } from "../lib/random";
import type { JsonObject, S } from "../lib/types";
import { jobStatus, latestJob } from "../jobs/simulator";
import { getDb, type ActorRecord } from "./store";
import { actorVersion, actorVersionRead } from "./versions";

export function definitionById(kind: "source" | "destination", id: unknown): Definition {
  const found = getDb().definitions.find((d) => d.kind === kind && d.id === id);
  if (!found) throw notFound(kind === "source" ? "STANDARD_SOURCE_DEFINITION" : "STANDARD_DESTINATION_DEFINITION", String(id ?? ""));
  return found;
}

export function actorById(kind: "source" | "destination", id: unknown): ActorRecord {
  const map = kind === "source" ? getDb().sources : getDb().destinations;
  const found = typeof id === "string" ? map.get(id) : undefined;
  if (!found) throw notFound(kind === "source" ? "SOURCE_CONNECTION" : "DESTINATION_CONNECTION", String(id ?? ""));
  return found;
}

function connectionsUsing(actor: ActorRecord) {
  return [...getDb().connections.values()].filter((c) => (actor.kind === "source" ? c.sourceId : c.destinationId) === actor.id);
}

/** numConnections, lastSync (epoch s) and connectionJobStatuses (latest job status -> connections), as Airbyte's lists carry. */
function usage(actor: ActorRecord): Pick<S["SourceRead"], "numConnections" | "lastSync" | "connectionJobStatuses"> {
  const connections = connectionsUsing(actor);
  const statuses: Record<string, number> = {};
  let lastSync = 0;
  for (const connection of connections) {
    const job = latestJob(connection.connectionId, ["sync", "refresh"]);
    if (!job) continue;
    lastSync = Math.max(lastSync, Math.floor(job.createdAt / 1000));
    const status = jobStatus(job);
    statuses[status] = (statuses[status] ?? 0) + 1;
  }
  return { numConnections: connections.length, ...(lastSync > 0 ? { lastSync } : {}), connectionJobStatuses: statuses };
}

/**
 * What a source and a destination answer have in common (secrets masked as Airbyte masks them, by
 * the spec of the version the actor runs; its version facts as SourceHandler.buildSourceRead sets them).
 */
function actorReadFields(actor: ActorRecord, definition: Definition) {
  const { isVersionOverrideApplied, supportState, breakingChanges } = actorVersionRead(actor, now());
  return {
    workspaceId: actor.workspaceId,
    name: actor.name,
    ...(definition.icon ? { icon: definition.icon } : {}),
    connectionConfiguration: maskSecrets(
      actor.configuration,
      connectionSpecification(definition),
    ) as S["SourceRead"]["connectionConfiguration"],
    createdAt: actor.createdAt,
    isVersionOverrideApplied,
    isEntitled: true,
    supportState,
    ...(breakingChanges ? { breakingChanges } : {}),
    status: "active" as const,
    ...usage(actor),
  };
}

export function sourceRead(actor: ActorRecord): S["SourceRead"] {
  const definition = actorVersion(actor).version;
  return { sourceId: actor.id, sourceDefinitionId: actor.definitionId, sourceName: definition.name, ...actorReadFields(actor, definition) };
}

export function destinationRead(actor: ActorRecord): S["DestinationRead"] {
  const definition = actorVersion(actor).version;
  return {
    destinationId: actor.id,
    destinationDefinitionId: actor.definitionId,
    destinationName: definition.name,
    ...actorReadFields(actor, definition),
  };
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Top-level fields an OAuth connector gets from the server itself (its instance-wide client id and
 * secret, `complete_oauth_server_output_specification`): a server with its own OAuth app fills them
 * in, so a user's configuration may leave them out. Without one (open source), nothing would.
 */
function serverSuppliedKeys(definition: Definition): Set<string> {
  if (!settings.globalOAuthCredentials) return new Set();
  const output = advancedAuth(definition.spec)?.oauthConfigSpecification?.completeOAuthServerOutputSpecification;
  const properties = isObject(output) && isObject(output.properties) ? output.properties : {};
  const keys = new Set<string>();
  for (const property of Object.values(properties)) {
    const path = isObject(property) ? property.path_in_connector_config : undefined;
    if (Array.isArray(path) && path.length === 1) keys.add(String(path[0]));
  }
  return keys;
}

/** Airbyte validates a configuration against the connector's spec; the mock checks what a user can get wrong in a form. */
export function validateConfiguration(configuration: unknown, definition: Definition): JsonObject {
  if (!isObject(configuration)) throw invalidInput([{ propertyPath: "connectionConfiguration", message: "must be an object" }]);
  const spec = connectionSpecification(definition);
  const fromServer = serverSuppliedKeys(definition);
  const required = Array.isArray(spec.required) ? spec.required.map(String).filter((key) => !fromServer.has(key)) : [];
  const properties = isObject(spec.properties) ? spec.properties : {};
  const missing = required.filter((key) => {
    const value = configuration[key];
    const property = properties[key];
    const hasDefault = isObject(property) && property.default !== undefined;
    return (value === undefined || value === null || value === "") && !hasDefault;
  });
  if (missing.length > 0)
    throw invalidInput(
      missing.map((key) => ({ propertyPath: `connectionConfiguration.${key}`, message: "is missing but it is required" })),
    );
  return configuration;
}

// --- check_connection ---

function walkStrings(value: unknown, visit: (text: string, key: string) => void, key = ""): void {
  if (typeof value === "string") visit(value, key);
  else if (Array.isArray(value)) value.forEach((item) => walkStrings(item, visit, key));
  else if (isObject(value)) for (const [k, v] of Object.entries(value)) walkStrings(v, visit, k);
}

const INVALID_HOST = /(?:^|\/\/|@)([a-z0-9-]+(?:\.[a-z0-9-]+)*\.invalid)(?::\d+)?(?:[/?#]|$)/i;

/** Why a check of this configuration fails, Airbyte-style, or undefined when it succeeds. */
export function checkFailure(configuration: JsonObject, definition: Definition): string | undefined {
  let badHost: string | undefined;
  walkStrings(configuration, (text) => {
    const match = INVALID_HOST.exec(text.trim());
    if (match && !badHost) badHost = match[1];
  });
  if (badHost) {
    return `Could not connect with provided configuration. Error: java.net.UnknownHostException: ${badHost}: Name or service not known`;
  }
  if (secretValues(configuration, connectionSpecification(definition)).some((value) => value === "wrong")) {
    const user =
      typeof configuration.username === "string"
        ? configuration.username
        : typeof configuration.user === "string"
          ? configuration.user
          : undefined;
    if (user !== undefined || typeof configuration.host === "string") {
      return `State code: 28P01; Message: FATAL: password authentication failed for user "${user ?? "airbyte"}"`;
    }
    return "Unable to connect: the API answered 401 Unauthorized. The credentials are invalid or expired; check them and try again.";
  }
  return undefined;
}

function timestamp(ms: number): string {
  return new Date(ms).toISOString().replace("T", " ").slice(0, 19);
}

/** The CheckConnectionRead of a check that just ran (took `durationMs`). */
export function checkResult(
  definition: Definition,
  configuration: JsonObject,
  startedAt: number,
  configId?: string,
): S["CheckConnectionRead"] {
  const failure = checkFailure(configuration, definition);
  const endedAt = now();
  const image = `${definition.dockerRepository}:${definition.dockerImageTag}`;
  const logLines = [
    `${timestamp(startedAt)} \u001b[32mINFO\u001b[m i.a.w.t.TemporalAttemptExecution(get):138 - Executing worker wrapper. Airbyte version: 1.0.0`,
    `${timestamp(startedAt)} \u001b[32mINFO\u001b[m i.a.c.i.LineGobbler(voidCall):149 - Checking if ${image} exists...`,
    `${timestamp(startedAt)} \u001b[32mINFO\u001b[m i.a.w.p.DockerProcessFactory(create):140 - Creating docker container = ${definition.key}-check-${Math.floor(startedAt / 1000)}`,
    `${timestamp(endedAt)} \u001b[43mcheck\u001b[0m > INFO Running check with ${Object.keys(configuration).length} configuration properties`,
    failure
      ? `${timestamp(endedAt)} \u001b[31mERROR\u001b[m i.a.w.g.DefaultCheckConnectionWorker(run):112 - Check connection job failed: ${failure}`
      : `${timestamp(endedAt)} \u001b[32mINFO\u001b[m i.a.w.g.DefaultCheckConnectionWorker(run):118 - Check connection job succeeded.`,
  ];
  return {
    status: failure ? "failed" : "succeeded",
    ...(failure ? { message: failure } : {}),
    jobInfo: {
      id: uuid(),
      configType: definition.kind === "source" ? "check_connection_source" : "check_connection_destination",
      ...(configId ? { configId } : {}),
      createdAt: startedAt,
      endedAt,
      succeeded: true,
      connectorConfigurationUpdated: false,
      logType: "formatted",
      logs: { logLines },
    },
  };
}
