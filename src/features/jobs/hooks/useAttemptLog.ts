// An attempt's log, kept in a LogStore. The query function merges each answer (the whole log so far,
// sorted by time) into the store and returns only small metadata, so the million-string array of a response is garbage as
// soon as it is ingested and the cache never holds a second copy of the log.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { fetchAttemptForJob } from "@/api/hooks/jobs";
import { pollLogWhileActive } from "@/api/polling";
import { jobKeys } from "@/api/queryKeys";
import { LogStore } from "../lib/logStore";
import { logLinesOf } from "../lib/logSource";
import type { AttemptRead } from "../lib/types";

export interface AttemptLogSnapshot {
  attempt: AttemptRead;
  lineCount: number;
  /** Lines added by the latest answer (negative when the log shrank). */
  added: number;
  /** Changes when stored lines were replaced: see LogStore.revision. */
  revision: number;
  /** The first line the latest replacement rewrote (a batch that sorted in before lines already shown). */
  replacedFrom: number | undefined;
}

let nextStoreId = 0;

export function useAttemptLog(jobId: number, attemptNumber: number, follow: boolean) {
  // One store per mounted viewer; the route remounts the viewer for another attempt.
  const [{ store, storeId }] = useState(() => ({ store: new LogStore(), storeId: (nextStoreId += 1) }));
  const query = useQuery({
    // The store id keeps a remounted viewer (with an empty store) from reusing an older answer.
    queryKey: jobKeys.attemptLogViewer(jobId, attemptNumber, storeId),
    queryFn: async ({ signal }): Promise<AttemptLogSnapshot> => {
      const info = await fetchAttemptForJob(jobId, attemptNumber, signal);
      performance.mark("syncdeck:logs-received");
      const { added } = store.merge(logLinesOf(info.logs));
      return { attempt: info.attempt, lineCount: store.lineCount, added, revision: store.revision, replacedFrom: store.replacedFrom };
    },
    structuralSharing: false,
    refetchInterval: (q) => pollLogWhileActive(follow && q.state.data?.attempt.status === "running"),
    refetchIntervalInBackground: true,
    // A failed poll (network drop) keeps every line already shown; the next answer is merged by
    // position, so nothing is duplicated or missed.
    retry: 2,
    retryDelay: (failures) => Math.min(8_000, 1000 * 2 ** failures),
    staleTime: Infinity,
    gcTime: 0,
  });
  return { store, ...query };
}
