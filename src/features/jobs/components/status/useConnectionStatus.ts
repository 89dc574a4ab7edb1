// What the status tab shows about a connection: what runs now, its sync state, when data last moved
// and when it moves next, and each stream's state. The server's own answers (connections/status,
// stream_statuses, sync_progress) come first; a server without them gets the same derived from the
// connection's newest jobs.
import { useMemo } from "react";
import { useLastSuccessfulSync, useLatestJobs, useStreamStateJobs } from "@/api/hooks/jobs";
import { useConnectionSyncStatus, useStreamStatuses, useSyncProgress } from "@/api/hooks/syncStatus";
import type { ConnectionRead, WebBackendConnectionRead } from "@/api/types";
import { formatRelative, toMillis } from "@/shared/format";
import { SYNC_STATE_COLOR, SYNC_STATE_HINT, SYNC_STATE_LABEL, syncStateOf, type SyncState } from "@/shared/syncState";
import { useNow } from "@/shared/useNow";
import { useJobCompletionNotifier } from "../../hooks/useJobCompletionNotifier";
import { selectedStreams } from "../../lib/connectionStreams";
import { findActiveJob, JOB_KIND_LABEL, JOB_STATUS_COLOR, JOB_STATUS_LABEL, jobKind } from "../../lib/jobState";
import { jobFigures, streamProgressOf, streamStatuses } from "../../lib/jobSummary";
import { nextScheduledSync } from "../../lib/schedule";
import { streamRowsFromStatuses } from "../../lib/streamRunState";

export type StatusConnection = ConnectionRead | WebBackendConnectionRead;

/** The state from the connection and its newest jobs, for a server without connections/status. */
function derivedSyncState(connection: StatusConnection, latest: ReturnType<typeof useLatestJobs>["data"]): SyncState {
  const job = latest?.jobs[0]?.job;
  const kind = job ? jobKind(job) : undefined;
  if (kind === "clear" && job?.status === "succeeded") return "pending";
  return syncStateOf({
    status: connection.status,
    latestSyncJobStatus: job?.status,
    schemaChange: "schemaChange" in connection ? connection.schemaChange : connection.breakingChange ? "breaking" : undefined,
  });
}

export function useConnectionStatus(connection: StatusConnection) {
  const connectionId = connection.connectionId;
  const recent = useLatestJobs(connectionId);
  const server = useConnectionSyncStatus(connectionId);
  const serverStatus = server.data ?? undefined;
  // Its streams' records, and its time when the server has no connections/status.
  const lastSuccess = useLastSuccessfulSync(connectionId);
  const jobs = recent.data?.jobs;
  useJobCompletionNotifier(connectionId, jobs);

  const active = findActiveJob(jobs);
  const running = Boolean(active);
  const statuses = useStreamStatuses(connectionId, running);
  // A server without stream statuses (null) leaves each stream's state to be read from the jobs.
  const statusesFromJobs = statuses.data === null || statuses.isError;
  const stateJobs = useStreamStateJobs(connectionId, statusesFromJobs);
  const progress = useSyncProgress(connectionId, running);
  const now = useNow(running);
  const latest = jobs?.[0];
  const streams = useMemo(() => selectedStreams(connection), [connection]);
  const stateJobList = stateJobs.data?.jobs;
  const lastSuccessJob = lastSuccess.data;
  const streamRows = useMemo(() => {
    if (!statuses.data) return streamStatuses(streams, stateJobList ?? []);
    // The records are the last successful sync's (stream statuses carry none).
    return streamRowsFromStatuses(streams, statuses.data, streamStatuses(streams, lastSuccessJob ? [lastSuccessJob] : []));
  }, [statuses.data, streams, stateJobList, lastSuccessJob]);
  const activeJobId = active?.job?.id;
  const activeProgress =
    progress.data && activeJobId !== undefined && progress.data.jobId === activeJobId ? streamProgressOf(progress.data) : undefined;

  const lastSuccessFromJobs = lastSuccess.data
    ? (jobFigures(lastSuccess.data).endedAt ?? toMillis(lastSuccess.data.job?.updatedAt))
    : undefined;
  const lastSuccessFact = serverStatus
    ? { loading: false, failed: false, at: toMillis(serverStatus.lastSuccessfulSync) }
    : { loading: server.isPending || lastSuccess.isPending, failed: lastSuccess.isError, at: lastSuccessFromJobs };

  const next = nextScheduledSync(connection, toMillis(latest?.job?.createdAt));
  const nextText =
    next.kind === "manual"
      ? "Manual only"
      : next.kind === "at"
        ? next.at <= now + 60_000
          ? "Due now"
          : formatRelative(next.at, now)
        : "Unknown";

  const syncState: SyncState | undefined =
    serverStatus?.connectionSyncStatus ?? (recent.isSuccess ? derivedSyncState(connection, recent.data) : undefined);
  // A job that runs says what kind it is; otherwise the connection's state, as the server puts it.
  const stateBadge = active?.job
    ? {
        label: `${JOB_KIND_LABEL[jobKind(active.job)]}: ${JOB_STATUS_LABEL[active.job.status]}`,
        color: JOB_STATUS_COLOR[active.job.status],
        hint: undefined,
      }
    : syncState
      ? { label: SYNC_STATE_LABEL[syncState], color: SYNC_STATE_COLOR[syncState], hint: SYNC_STATE_HINT[syncState] }
      : undefined;

  const failureFromJobs = !active && latest?.job?.status === "failed" ? latest.attempts?.at(-1)?.failureSummary?.failures?.[0] : undefined;
  const latestFailure = serverStatus ? (active ? undefined : serverStatus.failureReason) : failureFromJobs;

  const reload = () =>
    Promise.all([
      recent.refetch(),
      server.refetch(),
      statuses.refetch(),
      lastSuccess.refetch(),
      statusesFromJobs && stateJobs.refetch(),
    ]).then(() => undefined);

  return {
    recent,
    active,
    activeProgress,
    latest,
    now,
    streams,
    streamRows,
    streamsLoading: statuses.isPending || (statusesFromJobs ? stateJobs.isPending : lastSuccess.isPending),
    lastSuccess: lastSuccessFact,
    next,
    nextText,
    stateBadge,
    latestFailure,
    reload,
  };
}

export type ConnectionStatus = ReturnType<typeof useConnectionStatus>;
