// Tells people when a job they watched finishes, and refreshes every view of the connection so the
// list, the status and the history agree.
import { notify } from "@/shared/notify";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { invalidateConnectionJobs } from "@/api/hooks/jobs";
import type { JobWithAttemptsRead } from "@/api/types";
import { isJobActive } from "@/api/polling";
import { isJobFinished, JOB_KIND_LABEL, jobKind } from "../lib/jobState";

/** Jobs already announced, across every mounted view (status and history may both watch). */
const announced = new Set<number>();

export function useJobCompletionNotifier(connectionId: string, jobs: readonly JobWithAttemptsRead[] | undefined): void {
  const queryClient = useQueryClient();
  const previous = useRef(new Map<number, string>());
  useEffect(() => {
    if (!jobs) return;
    let changed = false;
    for (const item of jobs) {
      const job = item.job;
      if (!job) continue;
      const before = previous.current.get(job.id);
      previous.current.set(job.id, job.status);
      if (before === undefined || !isJobActive(before as never) || !isJobFinished(job.status)) continue;
      changed = true;
      if (announced.has(job.id)) continue;
      announced.add(job.id);
      const what = JOB_KIND_LABEL[jobKind(job)];
      const failure = item.attempts?.at(-1)?.failureSummary?.failures?.[0]?.externalMessage;
      notify({
        id: `job-finished-${job.id}`,
        color: job.status === "succeeded" ? "green" : job.status === "failed" ? "red" : "gray",
        title: `${what} ${job.status === "succeeded" ? "succeeded" : job.status === "failed" ? "failed" : "was cancelled"}`,
        message: job.status === "failed" && failure ? failure : `Job ${job.id} finished.`,
        // A failure stays until dismissed: it usually needs action.
        autoClose: job.status === "failed" ? false : 8_000,
      });
    }
    if (changed) void invalidateConnectionJobs(queryClient, connectionId);
  }, [jobs, connectionId, queryClient]);
}
