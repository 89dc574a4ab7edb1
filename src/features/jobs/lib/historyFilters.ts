// History filters live in the URL (?status=failed,cancelled&from=2024-05-01&to=2024-05-31&job=42) so a
// filtered view can be shared and survives a reload.
import type { JobStatus } from "@/api/types";

export const FILTERABLE_STATUSES: JobStatus[] = ["running", "pending", "incomplete", "succeeded", "failed", "cancelled"];

export interface HistoryFilters {
  statuses: JobStatus[];
  /** Local calendar days, YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function validDay(value: string | null): string | undefined {
  if (!value || !DAY.test(value)) return undefined;
  // Date rolls an impossible day over (2026-02-30 is March 2nd): only a day that reads back the same is one.
  const date = new Date(`${value}T00:00:00`);
  if (Number.isNaN(date.getTime())) return undefined;
  const same = [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n) => String(n).padStart(2, "0")).join("-");
  return same === value ? value : undefined;
}

export function readHistoryFilters(params: URLSearchParams): HistoryFilters {
  const statuses = (params.get("status") ?? "")
    .split(",")
    .filter((status): status is JobStatus => (FILTERABLE_STATUSES as string[]).includes(status));
  return { statuses: [...new Set(statuses)], from: validDay(params.get("from")), to: validDay(params.get("to")) };
}

/** New params with the filters applied; other params (the page's tab, say) are kept. */
export function writeHistoryFilters(params: URLSearchParams, filters: HistoryFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string | undefined) => (value ? next.set(key, value) : next.delete(key));
  set("status", filters.statuses.join(","));
  set("from", filters.from);
  set("to", filters.to);
  return next;
}

/** The API's createdAt bounds (ISO date-times) for the chosen local days; "to" includes that whole day. */
export function createdAtBounds(filters: HistoryFilters): { createdAtStart?: string; createdAtEnd?: string } {
  const start = filters.from ? new Date(`${filters.from}T00:00:00`) : undefined;
  const end = filters.to ? new Date(`${filters.to}T00:00:00`) : undefined;
  if (end) end.setDate(end.getDate() + 1);
  return { createdAtStart: start?.toISOString(), createdAtEnd: end ? new Date(end.getTime() - 1).toISOString() : undefined };
}

export function readExpandedJob(params: URLSearchParams): number | null {
  const value = params.get("job");
  return value && /^\d+$/.test(value) ? Number(value) : null;
}
