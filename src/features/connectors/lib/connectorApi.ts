// One adapter per kind, so the shared screens never branch on 'source' | 'destination' themselves:
// the endpoints, query keys, field names and the words shown to the user all come from here. Reads
// go through src/api's queries (hooks/useConnectorQueries.ts), in the shape mapped here.
import type { QueryKey } from "@tanstack/react-query";
import { checkConfiguration, checkConfigurationUpdate, type ConnectorCallOptions } from "@/api/hooks/commands";
import { createDestination, deleteDestination, updateDestination, upgradeDestinationVersion } from "@/api/hooks/destinations";
import { createSource, deleteSource, updateSource, upgradeSourceVersion } from "@/api/hooks/sources";
import { destinationDefinitionKeys, destinationKeys, sourceDefinitionKeys, sourceKeys } from "@/api/queryKeys";
import type { DestinationDefinitionRead, DestinationRead, SourceDefinitionRead, SourceRead } from "@/api/types";
import type {
  CheckConnectionRead,
  ConnectorCheckUpdateInput,
  ConnectorDefinition,
  ConnectorKind,
  ConnectorUpdateInput,
  NewConnectorInput,
  SavedConnector,
} from "./types";

export interface ConnectorWords {
  /** "source" */
  singular: string;
  /** "Source" */
  Singular: string;
  /** "sources" */
  plural: string;
  /** "Sources" */
  Plural: string;
}

export interface ConnectorApi {
  kind: ConnectorKind;
  words: ConnectorWords;
  /** "/sources" */
  basePath: string;
  /** Query parameter added to returnTo after creating: "sourceId". */
  idParam: "sourceId" | "destinationId";
  keys: {
    all: QueryKey;
    detail(id: string): QueryKey;
    /** The version the connector runs (actor_definition_versions/get_for_*). */
    version(id: string): QueryKey;
    /** The spec of the version the connector runs (*_definition_specifications/get_for_*). */
    specification(id: string): QueryKey;
  };
  create(input: NewConnectorInput): Promise<SavedConnector>;
  update(input: ConnectorUpdateInput): Promise<SavedConnector>;
  remove(id: string): Promise<void>;
  /** To the definition's default version, out of a breaking-change pin (upgrade_version). */
  upgradeVersion(id: string): Promise<void>;
  /** Checks start a connector on the server and can take minutes: progress through `options.onProgress`, cancel through its signal. */
  checkNew(input: NewConnectorInput, options: ConnectorCallOptions): Promise<CheckConnectionRead>;
  checkUpdate(input: ConnectorCheckUpdateInput, options: ConnectorCallOptions): Promise<CheckConnectionRead>;
}

// The OpenAPI types a configuration as an object without declared properties; it is free-form JSON.
type ApiConfiguration = SourceRead["connectionConfiguration"];
function toApiConfig(configuration: Record<string, unknown>): ApiConfiguration {
  return configuration as ApiConfiguration;
}

function asConfig(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** What a source and a destination definition have in common, under their own id. */
function fromDefinition(d: SourceDefinitionRead | DestinationDefinitionRead, definitionId: string): ConnectorDefinition {
  return {
    definitionId,
    name: d.name,
    dockerRepository: d.dockerRepository,
    dockerImageTag: d.dockerImageTag,
    documentationUrl: d.documentationUrl,
    icon: d.icon,
    supportLevel: d.supportLevel,
    releaseStage: d.releaseStage,
  };
}

export function fromSourceDefinition(d: SourceDefinitionRead): ConnectorDefinition {
  return fromDefinition(d, d.sourceDefinitionId);
}

export function fromDestinationDefinition(d: DestinationDefinitionRead): ConnectorDefinition {
  return fromDefinition(d, d.destinationDefinitionId);
}

export function fromSource(s: SourceRead): SavedConnector {
  return {
    id: s.sourceId,
    name: s.name,
    definitionId: s.sourceDefinitionId,
    definitionName: s.sourceName,
    icon: s.icon,
    workspaceId: s.workspaceId,
    configuration: asConfig(s.connectionConfiguration),
    numConnections: s.numConnections,
    lastSync: s.lastSync,
    jobStatuses: s.connectionJobStatuses,
  };
}

export function fromDestination(d: DestinationRead): SavedConnector {
  return {
    id: d.destinationId,
    name: d.name,
    definitionId: d.destinationDefinitionId,
    definitionName: d.destinationName,
    icon: d.icon,
    workspaceId: d.workspaceId,
    configuration: asConfig(d.connectionConfiguration),
    numConnections: d.numConnections,
    lastSync: d.lastSync,
    jobStatuses: d.connectionJobStatuses,
  };
}

export const sourceApi: ConnectorApi = {
  kind: "source",
  words: { singular: "source", Singular: "Source", plural: "sources", Plural: "Sources" },
  basePath: "/sources",
  idParam: "sourceId",
  keys: {
    all: sourceKeys.all,
    detail: sourceKeys.detail,
    version: sourceKeys.version,
    specification: sourceDefinitionKeys.sourceSpecification,
  },
  create: async ({ workspaceId, definitionId, name, configuration }) =>
    fromSource(
      await createSource({ workspaceId, sourceDefinitionId: definitionId, name, connectionConfiguration: toApiConfig(configuration) }),
    ),
  update: async ({ id, name, configuration }) =>
    fromSource(await updateSource({ sourceId: id, name, connectionConfiguration: toApiConfig(configuration) })),
  remove: (id) => deleteSource(id),
  upgradeVersion: (id) => upgradeSourceVersion(id),
  checkNew: (input, options) => checkConfiguration("source", input, options),
  checkUpdate: (input, options) => checkConfigurationUpdate("source", input, options),
};

const destinationApi: ConnectorApi = {
  kind: "destination",
  words: { singular: "destination", Singular: "Destination", plural: "destinations", Plural: "Destinations" },
  basePath: "/destinations",
  idParam: "destinationId",
  keys: {
    all: destinationKeys.all,
    detail: destinationKeys.detail,
    version: destinationKeys.version,
    specification: destinationDefinitionKeys.destinationSpecification,
  },
  create: async ({ workspaceId, definitionId, name, configuration }) =>
    fromDestination(
      await createDestination({
        workspaceId,
        destinationDefinitionId: definitionId,
        name,
        connectionConfiguration: toApiConfig(configuration),
      }),
    ),
  update: async ({ id, name, configuration }) =>
    fromDestination(await updateDestination({ destinationId: id, name, connectionConfiguration: toApiConfig(configuration) })),
  remove: (id) => deleteDestination(id),
  upgradeVersion: (id) => upgradeDestinationVersion(id),
  checkNew: (input, options) => checkConfiguration("destination", input, options),
  checkUpdate: (input, options) => checkConfigurationUpdate("destination", input, options),
};

export function connectorApiFor(kind: ConnectorKind): ConnectorApi {
  return kind === "source" ? sourceApi : destinationApi;
}
