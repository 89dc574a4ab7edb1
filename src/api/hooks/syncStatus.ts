// A connection's sync state as the server computes it: connections/status (state, active job, last
// success, failure), connections/sync_progress (the running job per stream) and
// stream_statuses/latest_per_run_state (each stream's newest state). Servers from before these
// endpoints answer 404: the queries then hold `null` and the screens derive the same from jobs.
import { queryOptions, useQueries, useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import { apiPost } from "../client";
import { isMissingEndpoint } from "../errors";
import { isJobActive, pollWhileActive } from "../polling";
import { connectionKeys } from "../queryKeys";
import type { Schemas } from "../types";

export type ConnectionStatusRead = Schemas["ConnectionStatusRead"];
export type StreamStatusRead = Schemas["StreamStatusRead"];

/** connections/status runs the server's job queries once per id: ask for a page of rows at a time. */
const STATUS_BATCH = 20;

export async function orNullWhenMissing<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    if (isMissingEndpoint(error)) return null;
    throw error;
  }
}

function isBusy(status: ConnectionStatusRead): boolean {
  return status.connectionSyncStatus === "running" || status.connectionSyncStatus === "queued" || isJobActive(status.activeJob?.status);
}

function statusesOptions(connectionIds: readonly string[]) {
  return queryOptions({
    queryKey: connectionKeys.statuses(connectionIds),
    queryFn: ({ signal }) => orNullWhenMissing(apiPost("/v1/connections/status", { connectionIds: [...connectionIds] }, { signal })),
    refetchInterval: (query) => pollWhileActive(Boolean(query.state.data?.some(isBusy))),
    refetchIntervalInBackground: true,
    staleTime: 5_000,
  });
}

/** The server's state of one connection; `null` when the server has no connections/status. */
export function useConnectionSyncStatus(connectionId: string) {
  return useQuery({
    ...statusesOptions([connectionId]),
    select: (statuses) => (statuses ? (statuses.find((status) => status.connectionId === connectionId) ?? null) : null),
  });
}

function batches(ids: readonly string[]): string[][] {
  const result: string[][] = [];
  for (let start = 0; start < ids.length; start += STATUS_BATCH) result.push(ids.slice(start, start + STATUS_BATCH));
  return result;
}

type StatusResults = ReadonlyArray<{ data?: ConnectionStatusRead[] | null }>;

/**
 * The server's state of each listed connection, asked for in batches of 20 as the rows load. The
 * first batch finds out whether the server has the endpoint; the others wait for it, so a server
 * without it gets one request, not one per batch. A connection missing from the map (its batch not
 * answered yet, failed, or no such endpoint) is shown from its row's own facts.
 */
export function useConnectionStatuses(connectionIds: readonly string[]): ReadonlyMap<string, ConnectionStatusRead> {
  const combine = useCallback((results: StatusResults) => {
    const byId = new Map<string, ConnectionStatusRead>();
    for (const result of results) for (const status of result.data ?? []) byId.set(status.connectionId, status);
    return byId;
  }, []);
  const all = batches(connectionIds);
  const first = useQuery({ ...statusesOptions(all[0] ?? []), enabled: all.length > 0 });
  const supported = Boolean(first.data);
  return useQueries({
    queries: all.map((ids, index) => ({ ...statusesOptions(ids), enabled: index === 0 ? ids.length > 0 : supported })),
    combine,
  });
}

/** What the running job has moved so far, per stream (`null`: the server cannot say). */
export function useSyncProgress(connectionId: string, running: boolean) {
  return useQuery({
    queryKey: connectionKeys.syncProgress(connectionId),
    queryFn: ({ signal }) => orNullWhenMissing(apiPost("/v1/connections/sync_progress", { connectionId }, { signal })),
    enabled: running,
    refetchInterval: () => pollWhileActive(running),
    refetchIntervalInBackground: true,
  });
}

export function streamStatusesOptions(connectionId: string, running: boolean) {
  return queryOptions({
    queryKey: connectionKeys.streamStatuses(connectionId),
    queryFn: async ({ signal }) => {
      const answer = await orNullWhenMissing(apiPost("/v1/stream_statuses/latest_per_run_state", { connectionId }, { signal }));
      return answer ? (answer.streamStatuses ?? []) : null;
    },
    refetchInterval: () => pollWhileActive(running),
    refetchIntervalInBackground: true,
  });
}

/** The newest status of each stream per run state (`null`: the server cannot say). */
export function useStreamStatuses(connectionId: string, running: boolean) {
  return useQuery(streamStatusesOptions(connectionId, running));
}
