// Query-key factories: one tree per resource, so invalidating `sourceKeys.all` refreshes every
// source query and nothing else. Hooks and mutations use these, never ad-hoc arrays.

/**
 * A list query (search, sort, filters) as a key part: only what is set, so "no search" is one
 * cache entry however it is spelt, and `lists(workspaceId)` is the prefix of every variant.
 */
function listQuery(query: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(query).filter(([, value]) => value !== undefined && value !== "" && !(Array.isArray(value) && value.length === 0)),
  );
}

export const workspaceKeys = {
  all: ["workspaces"] as const,
  list: (organizationId: string) => [...workspaceKeys.all, "list", organizationId] as const,
  detail: (workspaceId: string) => [...workspaceKeys.all, "detail", workspaceId] as const,
};

export const healthKeys = { all: ["health"] as const };

export const sourceDefinitionKeys = {
  all: ["sourceDefinitions"] as const,
  list: (workspaceId: string) => [...sourceDefinitionKeys.all, "list", workspaceId] as const,
  detail: (id: string) => [...sourceDefinitionKeys.all, "detail", id] as const,
  specification: (id: string, workspaceId: string) => [...sourceDefinitionKeys.all, "spec", id, workspaceId] as const,
  /** The spec of the version one source runs (a pinned source's older one): get_for_source. */
  sourceSpecification: (sourceId: string) => [...sourceDefinitionKeys.all, "sourceSpec", sourceId] as const,
};

export const destinationDefinitionKeys = {
  all: ["destinationDefinitions"] as const,
  list: (workspaceId: string) => [...destinationDefinitionKeys.all, "list", workspaceId] as const,
  detail: (id: string) => [...destinationDefinitionKeys.all, "detail", id] as const,
  specification: (id: string, workspaceId: string) => [...destinationDefinitionKeys.all, "spec", id, workspaceId] as const,
  /** The spec of the version one destination runs: get_for_destination. */
  destinationSpecification: (destinationId: string) => [...destinationDefinitionKeys.all, "destinationSpec", destinationId] as const,
};

export const sourceKeys = {
  all: ["sources"] as const,
  /** Every paged list of the workspace's sources (all searches, sorts and filters). */
  lists: (workspaceId: string) => [...sourceKeys.all, "list", workspaceId] as const,
  list: (workspaceId: string, query: object = {}) => [...sourceKeys.lists(workspaceId), listQuery(query)] as const,
  detail: (sourceId: string) => [...sourceKeys.all, "detail", sourceId] as const,
  version: (sourceId: string) => [...sourceKeys.all, "version", sourceId] as const,
  discover: (sourceId: string) => [...sourceKeys.all, "discover", sourceId] as const,
};

export const destinationKeys = {
  all: ["destinations"] as const,
  lists: (workspaceId: string) => [...destinationKeys.all, "list", workspaceId] as const,
  list: (workspaceId: string, query: object = {}) => [...destinationKeys.lists(workspaceId), listQuery(query)] as const,
  detail: (destinationId: string) => [...destinationKeys.all, "detail", destinationId] as const,
  version: (destinationId: string) => [...destinationKeys.all, "version", destinationId] as const,
};

export const connectionKeys = {
  all: ["connections"] as const,
  /** Every paged list of the workspace's connections (the page's, a source's, a destination's). */
  lists: (workspaceId: string) => [...connectionKeys.all, "list", workspaceId] as const,
  list: (workspaceId: string, query: object = {}) => [...connectionKeys.lists(workspaceId), listQuery(query)] as const,
  detail: (connectionId: string) => [...connectionKeys.all, "detail", connectionId] as const,
  /** The saved catalog with its unselected streams merged in (web_backend/connections/get). */
  catalog: (connectionId: string) => [...connectionKeys.all, "catalog", connectionId] as const,
  /** The server's sync state of these connections (connections/status), asked for in one call. */
  statuses: (connectionIds: readonly string[]) => [...connectionKeys.all, "statuses", connectionIds] as const,
  /** The running job's progress per stream (connections/sync_progress). */
  syncProgress: (connectionId: string) => [...connectionKeys.all, "syncProgress", connectionId] as const,
  /** The newest status of each stream per run state (stream_statuses/latest_per_run_state). */
  streamStatuses: (connectionId: string) => [...connectionKeys.all, "streamStatuses", connectionId] as const,
};

export const jobKeys = {
  all: ["jobs"] as const,
  /** Every job list of a connection (history pages, recent jobs, last success). */
  lists: (connectionId: string) => [...jobKeys.all, "list", connectionId] as const,
  list: (connectionId: string, filters: Record<string, unknown> = {}) => [...jobKeys.lists(connectionId), filters] as const,
  detail: (jobId: number) => [...jobKeys.all, "detail", jobId] as const,
  attemptLogs: (jobId: number, attemptNumber: number) => [...jobKeys.all, "logs", jobId, attemptNumber] as const,
  /** One mounted log viewer's reading of an attempt's log (each viewer appends to its own store). */
  attemptLogViewer: (jobId: number, attemptNumber: number, viewerId: number) =>
    [...jobKeys.attemptLogs(jobId, attemptNumber), viewerId] as const,
};

/** A connection's timeline (connections/events/*) and history graphs (connections/history/*, stream_history). */
export const timelineKeys = {
  all: ["timeline"] as const,
  /** Every event list of a connection (all filters). */
  events: (connectionId: string) => [...timelineKeys.all, "events", connectionId] as const,
  eventList: (connectionId: string, filters: object = {}) => [...timelineKeys.events(connectionId), listQuery(filters)] as const,
  history: (connectionId: string) => [...timelineKeys.all, "history", connectionId] as const,
  uptime: (connectionId: string, numberOfJobs: number) => [...timelineKeys.history(connectionId), "uptime", numberOfJobs] as const,
  data: (connectionId: string, numberOfJobs: number) => [...timelineKeys.history(connectionId), "data", numberOfJobs] as const,
  streams: (connectionId: string, timezone: string) => [...timelineKeys.history(connectionId), "streams", timezone] as const,
};

export const tagKeys = {
  all: ["tags"] as const,
  list: (workspaceId: string) => [...tagKeys.all, "list", workspaceId] as const,
};

export const mapperKeys = {
  all: ["mappers"] as const,
  /** The validate answer for one stream's draft mappers (web_backend/mappers/validate). */
  validation: (connectionId: string, stream: string, mappers: unknown) =>
    [...mapperKeys.all, "validate", connectionId, stream, mappers] as const,
};
