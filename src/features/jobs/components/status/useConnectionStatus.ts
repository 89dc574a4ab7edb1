// What the status tab shows about a connection, from its newest jobs and its last successful sync:
// what runs now, the state to announce, when data last moved and when it moves next.
import { useMemo } from "react";
import { useLastSuccessfulSync, usePrefetchJobHistory, useRecentJobs } from "@/api/hooks/jobs";
import type { ConnectionRead, WebBackendConnectionRead } from "@/api/types";
import { formatRelative, toMillis } from "@/shared/format";
import { useNow } from "@/shared/useNow";
import { useJobCompletionNotifier } from "../../hooks/useJobCompletionNotifier";
import { selectedStreams } from "../../lib/connectionStreams";
import { findActiveJob, JOB_KIND_LABEL, JOB_STATUS_COLOR, JOB_STATUS_LABEL, jobKind } from "../../lib/jobState";
import { jobFigures, streamStatuses } from "../../lib/jobSummary";
import { nextScheduledSync } from "../../lib/schedule";

export type StatusConnection = ConnectionRead | WebBackendConnectionRead;

export function useConnectionStatus(connection: StatusConnection) {
  const connectionId = connection.connectionId;
  const recent = useRecentJobs(connectionId);
  const lastSuccess = useLastSuccessfulSync(connectionId);
  const jobs = recent.data?.jobs;
  useJobCompletionNotifier(connectionId, jobs);
  // Once the status is on screen, warm the history tab's first page.
  usePrefetchJobHistory(connectionId, recent.isSuccess && lastSuccess.isSuccess);

  const active = findActiveJob(jobs);
  const now = useNow(Boolean(active));
  const latest = jobs?.[0];
  const streams = useMemo(() => selectedStreams(connection), [connection]);
  const streamRows = useMemo(() => streamStatuses(streams, jobs ?? []), [streams, jobs]);

  const lastSuccessAt = lastSuccess.data ? (jobFigures(lastSuccess.data).endedAt ?? toMillis(lastSuccess.data.job?.updatedAt)) : undefined;
  const next = nextScheduledSync(connection, toMillis(latest?.job?.createdAt));
  const nextText =
    next.kind === "manual"
      ? "Manual only"
      : next.kind === "at"
        ? next.at <= now + 60_000
          ? "Due now"
          : formatRelative(next.at, now)
        : "Unknown";

  let stateBadge: { label: string; color: string };
  if (active?.job)
    stateBadge = {
      label: `${JOB_KIND_LABEL[jobKind(active.job)]}: ${JOB_STATUS_LABEL[active.job.status]}`,
      color: JOB_STATUS_COLOR[active.job.status],
    };
  else if (connection.status === "inactive") stateBadge = { label: "Disabled", color: "gray" };
  else if (!latest?.job) stateBadge = { label: "Never synced", color: "gray" };
  else
    stateBadge = {
      label: `Last ${JOB_KIND_LABEL[jobKind(latest.job)].toLowerCase()}: ${JOB_STATUS_LABEL[latest.job.status].toLowerCase()}`,
      color: JOB_STATUS_COLOR[latest.job.status],
    };

  const latestFailure = !active && latest?.job?.status === "failed" ? latest.attempts?.at(-1)?.failureSummary?.failures?.[0] : undefined;

  return { recent, lastSuccess, active, latest, now, streams, streamRows, lastSuccessAt, next, nextText, stateBadge, latestFailure };
}

export type ConnectionStatus = ReturnType<typeof useConnectionStatus>;
