// Source and destination definitions and their specifications.
import {
  advancedAuth,
  connectionSpecification,
  destinationDefinitionRead,
  sourceDefinitionRead,
  supportedDestinationSyncModes,
  type Definition,
} from "../db/definitions";
import { actorById, definitionById } from "../db/actors";
import { actorVersion, actorVersionRead } from "../db/versions";
import { getDb } from "../db/store";
import { notFound } from "../lib/errors";
import { uuid } from "../lib/random";
import { post } from "../lib/route";
import { now, settings } from "../lib/settings";
import type { S } from "../lib/types";

function byName(a: Definition, b: Definition): number {
  return a.name.localeCompare(b.name);
}

function definitions(kind: "source" | "destination"): Definition[] {
  return getDb()
    .definitions.filter((d) => d.kind === kind)
    .sort(byName);
}

function requireWorkspace(workspaceId: unknown): void {
  if (workspaceId !== getDb().workspace.workspaceId) throw notFound("STANDARD_WORKSPACE", String(workspaceId ?? ""));
}

function specJob(): S["SynchronousJobRead"] {
  const t = now();
  return { id: uuid(), configType: "get_spec", createdAt: t, endedAt: t, succeeded: true, connectorConfigurationUpdated: false };
}

// advancedAuthGlobalCredentialsAvailable: whether the server has an OAuth app of its own for the
// connector (ConnectorDefinitionSpecificationHandler.kt: an instance-wide OAuth parameter exists).
// An open-source install has none unless an admin adds one, so the mock says false by default.
function sourceSpecRead(d: Definition): S["SourceDefinitionSpecificationRead"] {
  const auth = advancedAuth(d.spec);
  return {
    sourceDefinitionId: d.id,
    documentationUrl: d.documentationUrl,
    connectionSpecification: connectionSpecification(d) as S["SourceDefinitionSpecificationRead"]["connectionSpecification"],
    ...(auth ? { advancedAuth: auth, advancedAuthGlobalCredentialsAvailable: settings.globalOAuthCredentials } : {}),
    jobInfo: specJob(),
  };
}

function destinationSpecRead(d: Definition): S["DestinationDefinitionSpecificationRead"] {
  const auth = advancedAuth(d.spec);
  return {
    destinationDefinitionId: d.id,
    documentationUrl: d.documentationUrl,
    connectionSpecification: connectionSpecification(d) as S["DestinationDefinitionSpecificationRead"]["connectionSpecification"],
    ...(auth ? { advancedAuth: auth, advancedAuthGlobalCredentialsAvailable: settings.globalOAuthCredentials } : {}),
    supportedDestinationSyncModes: supportedDestinationSyncModes(d),
    jobInfo: specJob(),
  };
}

export const definitionHandlers = [
  post("/v1/source_definitions/list", () => ({ sourceDefinitions: definitions("source").map(sourceDefinitionRead) })),
  post("/v1/source_definitions/list_latest", () => ({ sourceDefinitions: definitions("source").map(sourceDefinitionRead) })),
  post("/v1/source_definitions/list_for_workspace", (body) => {
    requireWorkspace(body.workspaceId);
    const used = new Set([...getDb().sources.values()].map((s) => s.definitionId));
    return {
      sourceDefinitions: definitions("source")
        .filter((d) => !body.filterByUsed || used.has(d.id))
        .map(sourceDefinitionRead),
    };
  }),
  post("/v1/source_definitions/get", (body) => sourceDefinitionRead(definitionById("source", body.sourceDefinitionId))),
  post("/v1/source_definitions/get_for_workspace", (body) => {
    requireWorkspace(body.workspaceId);
    return sourceDefinitionRead(definitionById("source", body.sourceDefinitionId));
  }),
  post("/v1/source_definition_specifications/get", (body) => {
    requireWorkspace(body.workspaceId);
    return sourceSpecRead(definitionById("source", body.sourceDefinitionId));
  }),
  // The spec of the version the source runs (a pinned source's older one), as the server's handler resolves it.
  post("/v1/source_definition_specifications/get_for_source", (body) =>
    sourceSpecRead(actorVersion(actorById("source", body.sourceId)).version),
  ),
  // The version a source runs: a pin, its support state and the breaking changes ahead (../db/versions.ts).
  post("/v1/actor_definition_versions/get_for_source", (body) => actorVersionRead(actorById("source", body.sourceId), now())),

  post("/v1/destination_definitions/list", () => ({ destinationDefinitions: definitions("destination").map(destinationDefinitionRead) })),
  post("/v1/destination_definitions/list_latest", () => ({
    destinationDefinitions: definitions("destination").map(destinationDefinitionRead),
  })),
  post("/v1/destination_definitions/list_for_workspace", (body) => {
    requireWorkspace(body.workspaceId);
    const used = new Set([...getDb().destinations.values()].map((s) => s.definitionId));
    return {
      destinationDefinitions: definitions("destination")
        .filter((d) => !body.filterByUsed || used.has(d.id))
        .map(destinationDefinitionRead),
    };
  }),
  post("/v1/destination_definitions/get", (body) => destinationDefinitionRead(definitionById("destination", body.destinationDefinitionId))),
  post("/v1/destination_definitions/get_for_workspace", (body) => {
    requireWorkspace(body.workspaceId);
    return destinationDefinitionRead(definitionById("destination", body.destinationDefinitionId));
  }),
  post("/v1/destination_definition_specifications/get", (body) => {
    requireWorkspace(body.workspaceId);
    return destinationSpecRead(definitionById("destination", body.destinationDefinitionId));
  }),
  // The version a destination runs: whether it supports refreshes, a pin, the breaking changes ahead.
  post("/v1/actor_definition_versions/get_for_destination", (body) =>
    actorVersionRead(actorById("destination", body.destinationId), now()),
  ),
  post("/v1/destination_definition_specifications/get_for_destination", (body) =>
    destinationSpecRead(actorVersion(actorById("destination", body.destinationId)).version),
  ),
];
