// The shape the shared connector screens work with, the same for sources and destinations.
import type { CheckConnectionRead, DestinationDefinitionSpecificationRead, SourceDefinitionSpecificationRead } from "@/api/types";

export type ConnectorKind = "source" | "destination";

export interface ConnectorDefinition {
  definitionId: string;
  name: string;
  dockerRepository: string;
  dockerImageTag: string;
  documentationUrl?: string;
  icon?: string;
  supportLevel?: string;
  releaseStage?: string;
}

/** A saved source or destination. */
export interface SavedConnector {
  id: string;
  name: string;
  definitionId: string;
  /** The connector's name, e.g. "Postgres". */
  definitionName: string;
  icon?: string;
  workspaceId: string;
  configuration: Record<string, unknown>;
  /** What lists say of its connections (sources/list, destinations/list): how many use it, */
  numConnections?: number;
  /** when the latest of their syncs started (epoch seconds), */
  lastSync?: number;
  /** and how many of them have each latest job status. */
  jobStatuses?: Record<string, number>;
}

export type ConnectorSpecification = SourceDefinitionSpecificationRead | DestinationDefinitionSpecificationRead;

export interface NewConnectorInput {
  workspaceId: string;
  definitionId: string;
  name: string;
  configuration: Record<string, unknown>;
}

export interface ConnectorUpdateInput {
  id: string;
  name: string;
  configuration: Record<string, unknown>;
}

/** Checking a change to a saved connector also names its workspace and definition (the check command needs them). */
export interface ConnectorCheckUpdateInput extends ConnectorUpdateInput {
  workspaceId: string;
  definitionId: string;
}

export type { CheckConnectionRead };
