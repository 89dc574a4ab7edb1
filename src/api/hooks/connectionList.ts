// The workspace's connections as lists show them (web_backend/connections/list: a page at a time,
// searched, filtered and sorted by the server), and the enable toggle of those lists. Apart from
// ./connections.ts so the Connections page, the first screen, downloads only this.
import { useInfiniteQuery, useMutation, useQueryClient, type InfiniteData } from "@tanstack/react-query";
import { apiPost, type ApiRequest } from "../client";
import { nextCursor, toPage, type CursorPage } from "../cursorPaging";
import { ApiError, isMissingOrMalformed } from "../errors";
import { connectionKeys } from "../queryKeys";
import type { Schemas } from "../types";
import { keepRowsOfSameList, usePagedList } from "./pagedList";

type WebBackendItem = Schemas["WebBackendConnectionListItem"];

/**
 * One row of a connection list: what web_backend/connections/list answers, minus the parts a
 * backend without that endpoint cannot supply cheaply (connector names, icons, schema change).
 */
export type ConnectionListItem = Pick<
  WebBackendItem,
  "connectionId" | "name" | "status" | "scheduleType" | "scheduleData" | "latestSyncJobStatus" | "latestSyncJobCreatedAt" | "isSyncing"
> & {
  /** Absent from servers before tags. */
  tags?: Schemas["Tag"][];
  source: Pick<Schemas["SourceSnippetRead"], "sourceId"> & Partial<Pick<Schemas["SourceSnippetRead"], "name" | "sourceName" | "icon">>;
  destination: Pick<Schemas["DestinationSnippetRead"], "destinationId"> &
    Partial<Pick<Schemas["DestinationSnippetRead"], "name" | "destinationName" | "icon">>;
  schemaChange?: Schemas["SchemaChange"];
};

/** What a connection list can ask the server for. */
export interface ConnectionListQuery {
  /** Part of the connection's, source's or destination's name (any case). */
  search?: string;
  sort?: Schemas["WebBackendConnectionListSortKey"];
  /** Enabled (active) or disabled (inactive). */
  states?: Schemas["ActorStatus"][];
  /** By the latest sync: failed (also cancelled or incomplete), running, healthy. ("paused" fails on the server.) */
  statuses?: ("healthy" | "failed" | "running")[];
  /** Only the connections of these sources / destinations. */
  sourceIds?: string[];
  destinationIds?: string[];
  /** Connections with any of these tags. */
  tagIds?: string[];
  pageSize?: number;
}

export type ConnectionPage = CursorPage<ConnectionListItem>;

function requestBody(
  workspaceId: string,
  query: ConnectionListQuery,
  cursor: string | undefined,
): ApiRequest<"/v1/web_backend/connections/list"> {
  const filters = {
    ...(query.search ? { searchTerm: query.search } : {}),
    ...(query.states?.length ? { states: query.states } : {}),
    ...(query.statuses?.length ? { statuses: query.statuses } : {}),
    ...(query.tagIds?.length ? { tagIds: query.tagIds } : {}),
  };
  return {
    workspaceId,
    ...(query.sourceIds?.length ? { sourceId: query.sourceIds } : {}),
    ...(query.destinationIds?.length ? { destinationId: query.destinationIds } : {}),
    ...(query.pageSize ? { pageSize: query.pageSize } : {}),
    ...(cursor ? { cursor } : {}),
    ...(query.sort ? { sortKey: query.sort } : {}),
    ...(Object.keys(filters).length > 0 ? { filters } : {}),
  };
}

/**
 * One page of connections. A backend without web_backend/connections/list gets every connection
 * at once from the plain endpoints (./connectionListFallback.ts, loaded only then).
 */
async function fetchConnectionPage(
  workspaceId: string,
  query: ConnectionListQuery,
  cursor: string | undefined,
  signal: AbortSignal,
): Promise<ConnectionPage> {
  try {
    const body = await apiPost("/v1/web_backend/connections/list", requestBody(workspaceId, query, cursor), { signal });
    if (!Array.isArray(body?.connections))
      throw new ApiError({ kind: "malformed", endpoint: "/v1/web_backend/connections/list", message: "no list of connections" });
    return toPage<ConnectionListItem>(body.connections, body);
  } catch (error) {
    if (isMissingOrMalformed(error) && !cursor) {
      const { fromPlainEndpoints } = await import("./connectionListFallback");
      return fromPlainEndpoints(workspaceId, query, signal);
    }
    throw error;
  }
}

const connectionId = (item: ConnectionListItem) => item.connectionId;

/**
 * A list of the workspace's connections, one key per query under connectionKeys.lists, shared by
 * the Connections page and the connector pages ("connections using this source").
 */
export function useConnectionList(
  workspaceId: string,
  query: ConnectionListQuery = {},
  options: { refetchInterval?: (pages: ConnectionPage[] | undefined) => number | false } = {},
) {
  const { refetchInterval } = options;
  const scope = [workspaceId, ...(query.sourceIds ?? []), "|", ...(query.destinationIds ?? [])].join(" ");
  return usePagedList(
    useInfiniteQuery({
      queryKey: connectionKeys.list(workspaceId, query),
      queryFn: ({ pageParam, signal }) => fetchConnectionPage(workspaceId, query, pageParam, signal),
      initialPageParam: undefined as string | undefined,
      // A new search keeps showing the last rows until its answer comes, rather than a loader.
      placeholderData: keepRowsOfSameList(scope),
      meta: { listScope: scope },
      getNextPageParam: (_last, pages) => nextCursor(pages, connectionId),
      refetchInterval: refetchInterval ? (q) => refetchInterval(q.state.data?.pages) : undefined,
    }),
  );
}

type ListData = InfiniteData<ConnectionPage, unknown>;

/** Enable or disable a connection from a list: shown at once in every list, rolled back if the server refuses. */
export function useToggleConnectionStatus(workspaceId: string) {
  const queryClient = useQueryClient();
  const lists = connectionKeys.lists(workspaceId);
  return useMutation({
    // connections/update is a patch: absent properties stay as they are. The API description requires
    // only connectionId; the generated type also demands namespaceFormat because it has a default.
    mutationFn: ({ connectionId, enabled }: { connectionId: string; enabled: boolean }) =>
      apiPost("/v1/connections/update", { connectionId, status: enabled ? "active" : "inactive" } as ApiRequest<"/v1/connections/update">),
    onMutate: async ({ connectionId, enabled }) => {
      await queryClient.cancelQueries({ queryKey: lists });
      const previous = queryClient.getQueriesData<ListData>({ queryKey: lists });
      const status = enabled ? "active" : "inactive";
      queryClient.setQueriesData<ListData>(
        { queryKey: lists },
        (data) =>
          data && {
            ...data,
            pages: data.pages.map((page) => ({
              ...page,
              items: page.items.map((c) => (c.connectionId === connectionId ? { ...c, status } : c)),
            })),
          },
      );
      return { previous };
    },
    onError: (_error, _vars, context) => {
      for (const [key, data] of context?.previous ?? []) queryClient.setQueryData(key, data);
    },
    onSuccess: (updated) => {
      queryClient.setQueryData(connectionKeys.detail(updated.connectionId), updated);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: lists }),
  });
}
