// A connection's timeline (connections/events/list, newest first, offset-paged) and the history its
// status page graphs (history/uptime, history/data, stream_history). Servers from before these
// endpoints answer 404 (or a proxy 405): the queries then hold `null` and the screens fall back to
// the job history, as syncStatus.ts does for the status endpoints.
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { browserTimeZone } from "../browserTimeZone";
import { apiPost } from "../client";
import { pollWhileActive } from "../polling";
import { jobKeys, timelineKeys } from "../queryKeys";
import type { Schemas } from "../types";
import { orNullWhenMissing, streamStatusesOptions } from "./syncStatus";

export type ConnectionEventType = Schemas["ConnectionEventType"];
export type JobSyncResultRead = Schemas["JobSyncResultRead"];
export type StreamHistoryItem = Schemas["ConnectionStreamHistoryReadItem"];

export interface EventFilters {
  eventTypes?: ConnectionEventType[];
  /** ISO date-time bounds, both inclusive (the server's query uses >= and <=). */
  createdAtStart?: string;
  createdAtEnd?: string;
}

/** The server's default page is 20 (ConnectionsHandler.DEFAULT_PAGE_SIZE); a screen holds more. */
const EVENT_PAGE_SIZE = 50;

function eventListOptions(connectionId: string, filters: EventFilters, poll: boolean, enabled: boolean) {
  const query = {
    ...(filters.eventTypes && filters.eventTypes.length > 0 ? { eventTypes: filters.eventTypes } : {}),
    ...(filters.createdAtStart ? { createdAtStart: filters.createdAtStart } : {}),
    ...(filters.createdAtEnd ? { createdAtEnd: filters.createdAtEnd } : {}),
  };
  return infiniteQueryOptions({
    queryKey: timelineKeys.eventList(connectionId, query),
    initialPageParam: 0,
    queryFn: ({ pageParam, signal }) =>
      orNullWhenMissing(
        apiPost(
          "/v1/connections/events/list",
          { connectionId, ...query, pagination: { pageSize: EVENT_PAGE_SIZE, rowOffset: pageParam } },
          { signal },
        ),
      ),
    // No total in the answer: a short page is the last one.
    getNextPageParam: (lastPage, pages) =>
      !lastPage || lastPage.events.length < EVENT_PAGE_SIZE ? undefined : pages.reduce((sum, page) => sum + (page?.events.length ?? 0), 0),
    refetchInterval: () => pollWhileActive(poll),
    refetchIntervalInBackground: true,
    enabled,
  });
}

/** The connection's events, newest first; the first page is `null` when the server has no timeline. */
export function useConnectionEvents(connectionId: string, filters: EventFilters = {}, poll = false, enabled = true) {
  return useInfiniteQuery(eventListOptions(connectionId, filters, poll, enabled));
}

/** One job with its attempts (no logs), for a job event of the timeline. */
export function useJobWithAttempts(jobId: number, enabled: boolean) {
  return useQuery({
    queryKey: [...jobKeys.detail(jobId), "withoutLogs"],
    queryFn: async ({ signal }) => {
      const info = await apiPost("/v1/jobs/get_without_logs", { id: jobId }, { signal });
      return { job: info.job, attempts: info.attempts.map((item) => item.attempt) } satisfies Schemas["JobWithAttemptsRead"];
    },
    enabled,
  });
}

/** How many jobs the status page's graphs cover. */
const HISTORY_JOBS = 30;

function uptimeHistoryOptions(connectionId: string, poll: boolean) {
  return queryOptions({
    queryKey: timelineKeys.uptime(connectionId, HISTORY_JOBS),
    queryFn: ({ signal }) =>
      orNullWhenMissing(apiPost("/v1/connections/history/uptime", { connectionId, numberOfJobs: HISTORY_JOBS }, { signal })),
    refetchInterval: () => pollWhileActive(poll),
  });
}

function streamHistoryOptions(connectionId: string, poll: boolean) {
  const timezone = browserTimeZone();
  return queryOptions({
    queryKey: timelineKeys.streams(connectionId, timezone),
    queryFn: ({ signal }) => orNullWhenMissing(apiPost("/v1/connections/stream_history", { connectionId, timezone }, { signal })),
    refetchInterval: () => pollWhileActive(poll),
  });
}

export function useUptimeHistory(connectionId: string, poll: boolean) {
  return useQuery(uptimeHistoryOptions(connectionId, poll));
}

export function useStreamHistory(connectionId: string, poll: boolean) {
  return useQuery(streamHistoryOptions(connectionId, poll));
}

/**
 * Starts the status tab's own requests (the history graphs' and each stream's state) as the tab is
 * chosen or pointed at, before its page renders: the tab's queries then find them under way instead
 * of asking once the page has mounted. Answers still fresh are not asked for again.
 */
export function usePrefetchStatusTab(): (connectionId: string) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (connectionId: string) => {
      void queryClient.prefetchQuery(uptimeHistoryOptions(connectionId, false));
      void queryClient.prefetchQuery(streamHistoryOptions(connectionId, false));
      void queryClient.prefetchQuery(streamStatusesOptions(connectionId, false));
    },
    [queryClient],
  );
}
