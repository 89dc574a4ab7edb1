// Connection checks and schema discovery, which start a connector on the server and can take minutes:
// through the command API (progress, a real cancel) when the server has it, else through the
// synchronous endpoints with a long time limit. See ../commands.ts.
import { apiPost } from "../client";
import {
  CONNECTOR_CALL_TIMEOUT_MS,
  runCommand,
  runSynchronously,
  withCommandFallback,
  type CommandSteps,
  type ConnectorCallOptions,
} from "../commands";
import type { CheckConnectionRead, Schemas, SourceDiscoverSchemaRead } from "../types";
import { checkDestinationConfiguration, checkDestinationUpdate } from "./destinations";
import { checkSourceConfiguration, checkSourceUpdate } from "./sources";

export type { CommandPhase, ConnectorCallOptions } from "../commands";

type Kind = "source" | "destination";
type Configuration = Record<string, unknown>;
type ApiConfiguration = Schemas["SourceRead"]["connectionConfiguration"];

/** What the server sends back instead of a stored secret; only the server can put the real one back. */
const SECRET_MASK = "**********";

function containsMask(value: unknown): boolean {
  if (value === SECRET_MASK) return true;
  if (Array.isArray(value)) return value.some(containsMask);
  return typeof value === "object" && value !== null && Object.values(value).some(containsMask);
}

function commonSteps(what: string) {
  return {
    what,
    status: (id: string, signal: AbortSignal) => apiPost("/v1/commands/status", { id }, { signal }),
    cancel: (id: string) => apiPost("/v1/commands/cancel", { id }),
  };
}

/** The check command's answer in the shape of the synchronous endpoints' (CheckConnectionRead), so one screen reads both. */
function checkSteps(
  kind: Kind,
  workspaceId: string,
  definitionId: string,
  configuration: Configuration,
): CommandSteps<CheckConnectionRead> {
  const startedAt = Date.now();
  return {
    ...commonSteps("connection test"),
    // A configuration for a definition: the server keeps its secrets for this check only (SecretSanitizer.sanitizePartialConfig).
    start: (id) =>
      apiPost("/v1/commands/run/check", {
        id,
        workspace_id: workspaceId,
        actor_definition_id: definitionId,
        config: configuration as Record<string, never>,
      }),
    output: async (id) => {
      const output = await apiPost("/v1/commands/output/check", { id });
      if (!output.status) throw new Error("The server finished the connection test but sent no result.");
      return {
        status: output.status,
        message: output.message ?? output.failureReason?.externalMessage,
        jobInfo: {
          id,
          configType: kind === "source" ? "check_connection_source" : "check_connection_destination",
          createdAt: startedAt,
          endedAt: Date.now(),
          // The connector ran (and answered failed, or succeeded) unless the platform itself failed.
          succeeded: !output.failureReason,
          connectorConfigurationUpdated: output.connectorConfigurationUpdated ?? false,
          ...(output.failureReason ? { failureReason: output.failureReason } : {}),
          ...(output.logs ? { logs: output.logs as CheckConnectionRead["jobInfo"]["logs"] } : {}),
        },
      };
    },
  };
}

export interface CheckInput {
  workspaceId: string;
  definitionId: string;
  configuration: Configuration;
}

/** Test a configuration that is not saved yet (creating a source or destination). */
export function checkConfiguration(kind: Kind, input: CheckInput, options: ConnectorCallOptions): Promise<CheckConnectionRead> {
  const { workspaceId, definitionId, configuration } = input;
  const call = { signal: options.signal, timeoutMs: CONNECTOR_CALL_TIMEOUT_MS };
  const config = configuration as ApiConfiguration;
  return withCommandFallback(
    "connection test",
    () => runCommand(checkSteps(kind, workspaceId, definitionId, configuration), options),
    () =>
      kind === "source"
        ? checkSourceConfiguration({ workspaceId, sourceDefinitionId: definitionId, connectionConfiguration: config }, call)
        : checkDestinationConfiguration({ workspaceId, destinationDefinitionId: definitionId, connectionConfiguration: config }, call),
    options,
  );
}

export interface CheckUpdateInput extends CheckInput {
  id: string;
  name: string;
}

/**
 * Test a proposed change to a saved source or destination. The check command takes a configuration
 * for a definition, not a change to a saved one: a stored secret sent back masked would be tested as
 * the mask itself. Only the synchronous `check_connection_for_update` merges the stored secrets in,
 * so a configuration with a masked secret goes there.
 */
export function checkConfigurationUpdate(kind: Kind, input: CheckUpdateInput, options: ConnectorCallOptions): Promise<CheckConnectionRead> {
  const { id, name, configuration } = input;
  const call = { signal: options.signal, timeoutMs: CONNECTOR_CALL_TIMEOUT_MS };
  const config = configuration as ApiConfiguration;
  const synchronously = () =>
    kind === "source"
      ? checkSourceUpdate({ sourceId: id, name, connectionConfiguration: config }, call)
      : checkDestinationUpdate({ destinationId: id, name, connectionConfiguration: config }, call);
  if (containsMask(configuration)) return runSynchronously("connection test", synchronously, options);
  return withCommandFallback(
    "connection test",
    () => runCommand(checkSteps(kind, input.workspaceId, input.definitionId, configuration), options),
    synchronously,
    options,
  );
}

function discoverSteps(sourceId: string): CommandSteps<SourceDiscoverSchemaRead> {
  const startedAt = Date.now();
  return {
    ...commonSteps("schema discovery"),
    start: (id) => apiPost("/v1/commands/run/discover", { id, actor_id: sourceId }),
    output: async (id) => {
      const output = await apiPost("/v1/commands/output/discover", { id });
      if (!output.status) throw new Error("The server finished discovering the schema but sent no result.");
      return {
        ...(output.catalog ? { catalog: output.catalog } : {}),
        ...(output.catalogId ? { catalogId: output.catalogId } : {}),
        jobInfo: {
          id,
          configType: "discover_schema",
          configId: sourceId,
          createdAt: startedAt,
          endedAt: Date.now(),
          succeeded: output.status === "succeeded",
          connectorConfigurationUpdated: false,
          ...(output.failureReason ? { failureReason: output.failureReason } : {}),
        },
      };
    },
  };
}

/**
 * Discover a source's schema (not cached: each call asks the source again). With a connection, the
 * synchronous endpoint is used: it also relates the catalog to the connection, which the command's
 * output does not (CommandApiController.getDiscoverCommandOutput sends catalog and id only).
 */
export function discoverSourceSchema(
  sourceId: string,
  options: ConnectorCallOptions,
  connectionId?: string,
): Promise<SourceDiscoverSchemaRead> {
  const synchronously = () =>
    apiPost(
      "/v1/sources/discover_schema",
      { sourceId, disable_cache: true, ...(connectionId ? { connectionId } : {}) },
      { signal: options.signal, timeoutMs: CONNECTOR_CALL_TIMEOUT_MS },
    );
  if (connectionId) return runSynchronously("schema discovery", synchronously, options);
  return withCommandFallback("schema discovery", () => runCommand(discoverSteps(sourceId), options), synchronously, options);
}
