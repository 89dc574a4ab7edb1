// Query and mutation hooks for jobs: history, the latest jobs of a connection (status), attempt logs,
// and the actions (sync now, cancel, clear, refresh). Polling happens only while a job is active.
import {
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from "@tanstack/react-query";
import { useCallback } from "react";
import { apiPost } from "../client";
import { listHasActiveJob, pollWhileActive } from "../polling";
import { connectionKeys, jobKeys, timelineKeys } from "../queryKeys";
import type { JobStatus, Schemas } from "../types";

type JobConfigType = Schemas["JobConfigType"];
type JobReadList = Schemas["JobReadList"];

/** Job types the connection screens show (not connector checks or discovery). */
const CONNECTION_JOB_TYPES: JobConfigType[] = ["sync", "reset_connection", "clear", "refresh"];

function anyActive(lists: ReadonlyArray<Pick<JobReadList, "jobs"> | undefined>): boolean {
  return lists.some((list) => listHasActiveJob(list));
}

export interface JobFilters {
  statuses?: JobStatus[];
  /** ISO date-time bounds on when the job was created. */
  createdAtStart?: string;
  createdAtEnd?: string;
}

const JOB_PAGE_SIZE = 50;

/** Query options of a connection's job history (newest first, a page at a time). */
function jobHistoryOptions(connectionId: string, filters: JobFilters = {}, pageSize = JOB_PAGE_SIZE) {
  // The key holds only filters that are set, so "no filter" is one cache entry however it is spelt.
  const keyFilters = {
    ...(filters.statuses && filters.statuses.length > 0 ? { statuses: filters.statuses } : {}),
    ...(filters.createdAtStart ? { createdAtStart: filters.createdAtStart } : {}),
    ...(filters.createdAtEnd ? { createdAtEnd: filters.createdAtEnd } : {}),
  };
  return infiniteQueryOptions({
    queryKey: jobKeys.list(connectionId, { ...keyFilters, pageSize, kind: "history" }),
    initialPageParam: 0,
    queryFn: ({ pageParam, signal }) =>
      apiPost(
        "/v1/jobs/list",
        {
          configTypes: CONNECTION_JOB_TYPES,
          configId: connectionId,
          pagination: { pageSize, rowOffset: pageParam },
          ...keyFilters,
        },
        { signal },
      ),
    getNextPageParam: (lastPage, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.jobs.length, 0);
      // Stop on a short page too: a server that ignores pagination would otherwise loop forever.
      if (lastPage.jobs.length < pageSize || loaded >= lastPage.totalJobCount) return undefined;
      return loaded;
    },
    refetchInterval: (query) => pollWhileActive(anyActive(query.state.data?.pages ?? [])),
    refetchIntervalInBackground: true,
  });
}

/** Job history of a connection, newest first, a page at a time. */
export function useJobHistory(connectionId: string, filters: JobFilters = {}, pageSize = JOB_PAGE_SIZE) {
  return useInfiniteQuery(jobHistoryOptions(connectionId, filters, pageSize));
}

/**
 * Starts the first page of the unfiltered history as its tab is pointed at or chosen, so it shows
 * jobs at once. Not sooner: for a connection of hundreds of streams that page is megabytes.
 */
export function usePrefetchJobHistory(): (connectionId: string) => void {
  const queryClient = useQueryClient();
  return useCallback((connectionId: string) => void queryClient.prefetchInfiniteQuery(jobHistoryOptions(connectionId)), [queryClient]);
}

/** Jobs enough to know what runs now, how the last one ended and when one finishes. */
const LATEST_JOBS = 3;
/** Jobs each stream's state is read from on a server without stream statuses. */
const STREAM_STATE_JOBS = 25;

// Each job lists every stream's figures: for a connection of hundreds of streams a job is about
// 100 kB, so the status tab asks for as few as it needs.
function recentJobsOptions(connectionId: string, pageSize: number) {
  return queryOptions({
    queryKey: jobKeys.list(connectionId, { kind: "recent", pageSize }),
    queryFn: ({ signal }) =>
      apiPost(
        "/v1/jobs/list",
        { configTypes: CONNECTION_JOB_TYPES, configId: connectionId, pagination: { pageSize, rowOffset: 0 } },
        { signal },
      ),
    refetchInterval: (query) => pollWhileActive(anyActive([query.state.data])),
    refetchIntervalInBackground: true,
    staleTime: 5_000,
  });
}

/** The connection's newest jobs: what runs now and how the last ones ended. */
export function useLatestJobs(connectionId: string) {
  return useQuery(recentJobsOptions(connectionId, LATEST_JOBS));
}

/** The recent past each stream's state is read from, for a server without stream statuses (`enabled`). */
export function useStreamStateJobs(connectionId: string, enabled: boolean) {
  return useQuery({ ...recentJobsOptions(connectionId, STREAM_STATE_JOBS), enabled });
}

function lastSuccessfulSyncOptions(connectionId: string) {
  return queryOptions({
    queryKey: jobKeys.list(connectionId, { kind: "lastSuccess" }),
    queryFn: async ({ signal }) => {
      const list = await apiPost(
        "/v1/jobs/list",
        { configTypes: ["sync"], configId: connectionId, statuses: ["succeeded"], pagination: { pageSize: 1, rowOffset: 0 } },
        { signal },
      );
      return list.jobs[0] ?? null;
    },
  });
}

/** The last sync that succeeded (it may be older than the latest jobs), with each stream's figures. */
export function useLastSuccessfulSync(connectionId: string) {
  return useQuery(lastSuccessfulSyncOptions(connectionId));
}

/** One attempt with its logs (the log viewer polls this while the attempt runs). */
export function fetchAttemptForJob(jobId: number, attemptNumber: number, signal?: AbortSignal) {
  return apiPost("/v1/attempt/get_for_job", { jobId, attemptNumber }, { signal });
}

/** After an action or a job finishing, the connection list, status and history must agree. */
export function invalidateConnectionJobs(queryClient: QueryClient, connectionId: string): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: jobKeys.lists(connectionId) }),
    queryClient.invalidateQueries({ queryKey: connectionKeys.all }),
    queryClient.invalidateQueries({ queryKey: timelineKeys.all }),
  ]).then(() => undefined);
}

export function useSyncConnection(connectionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiPost("/v1/connections/sync", { connectionId }),
    onSettled: () => invalidateConnectionJobs(queryClient, connectionId),
  });
}

export function useCancelJob(connectionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (jobId: number) => apiPost("/v1/jobs/cancel", { id: jobId }),
    onSettled: () => invalidateConnectionJobs(queryClient, connectionId),
  });
}

export interface StreamRef {
  streamName: string;
  streamNamespace?: string;
}

/** Clear the whole connection's data, or only the given streams'. */
export function useClearData(connectionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (streams: StreamRef[] | null) =>
      streams && streams.length > 0
        ? apiPost("/v1/connections/clear/stream", { connectionId, streams })
        : apiPost("/v1/connections/clear", { connectionId }),
    onSettled: () => invalidateConnectionJobs(queryClient, connectionId),
  });
}

/** Re-sync streams from scratch (all when none are given). */
export function useRefreshStreams(connectionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ streams, mode }: { streams: StreamRef[]; mode: Schemas["RefreshMode"] }) => {
      const answer = await apiPost("/v1/connections/refresh", { connectionId, refreshMode: mode, streams });
      // The server answers without a job when it started none: its destination cannot run refreshes
      // (StreamRefreshesHandler), or a job already runs.
      if (!answer.job)
        throw new Error("The server started no refresh: the destination may not support refreshes, or a job is already running.");
      return answer;
    },
    onSettled: () => invalidateConnectionJobs(queryClient, connectionId),
  });
}
