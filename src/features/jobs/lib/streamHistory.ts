// The status page's history graphs, from history/uptime (one row per recent job with each stream's
// outcome) and stream_history (records committed per stream per day). Pure, so the figures the
// charts and the table show can be checked against hand-made answers.
import type { JobSyncResultRead, StreamHistoryItem } from "@/api/hooks/timeline";

export interface UptimeSeries {
  /** Job creation times, epoch seconds, ascending. */
  x: number[];
  succeeded: number[];
  failed: number[];
  jobIds: number[];
}

export interface StreamRow {
  key: string;
  label: string;
  succeeded: number;
  runs: number;
  records: number;
}

const keyOf = (name: string, namespace?: string) => `${namespace ?? ""}\u0000${name}`;
const labelOf = (name: string, namespace?: string) => (namespace ? `${namespace}.${name}` : name);
/** Labels in the reader's order: one collator (made on first use), where String#localeCompare makes one per call. */
let labelCollator: Intl.Collator | undefined;

/** Streams succeeded and not (failed or cancelled) per job, oldest job first. */
export function uptimeSeries(results: readonly JobSyncResultRead[]): UptimeSeries {
  const sorted = [...results].sort((a, b) => a.jobCreatedAt - b.jobCreatedAt || a.jobId - b.jobId);
  const series: UptimeSeries = { x: [], succeeded: [], failed: [], jobIds: [] };
  for (const job of sorted) {
    const statuses = job.streamStatuses ?? [];
    const ok = statuses.filter((s) => s.status === "succeeded").length;
    series.x.push(job.jobCreatedAt);
    series.succeeded.push(ok);
    series.failed.push(statuses.length - ok);
    series.jobIds.push(job.jobId);
  }
  return series;
}

/** Records committed per day, for one stream (its key) or all of them (null); days ascending. */
export function recordsPerDay(items: readonly StreamHistoryItem[], streamKey: string | null): { x: number[]; values: number[] } {
  const byDay = new Map<number, number>();
  for (const item of items) {
    const add = streamKey === null || keyOf(item.streamName, item.streamNamespace || undefined) === streamKey ? item.recordsCommitted : 0;
    byDay.set(item.timestamp, (byDay.get(item.timestamp) ?? 0) + add);
  }
  const x = [...byDay.keys()].sort((a, b) => a - b);
  return { x, values: x.map((day) => byDay.get(day) ?? 0) };
}

/** One row per stream seen in either answer: how many recent runs succeeded, and records over the days given. */
export function streamRows(uptime: readonly JobSyncResultRead[], history: readonly StreamHistoryItem[]): StreamRow[] {
  const rows = new Map<string, StreamRow>();
  const row = (name: string, namespace?: string) => {
    const key = keyOf(name, namespace || undefined);
    let found = rows.get(key);
    if (!found) rows.set(key, (found = { key, label: labelOf(name, namespace || undefined), succeeded: 0, runs: 0, records: 0 }));
    return found;
  };
  for (const job of uptime)
    for (const status of job.streamStatuses ?? []) {
      const r = row(status.streamName, status.streamNamespace);
      r.runs += 1;
      if (status.status === "succeeded") r.succeeded += 1;
    }
  for (const item of history) row(item.streamName, item.streamNamespace).records += item.recordsCommitted;
  const collator = (labelCollator ??= new Intl.Collator());
  return [...rows.values()].sort((a, b) => collator.compare(a.label, b.label));
}
