// Timeline filters live in the URL (?type=sync,settings&status=failed&from=2026-05-01&to=2026-05-31)
// so a filtered timeline can be shared and survives a reload; unknown values in a hand-edited link
// are dropped, not trusted.
import type { ConnectionEventType } from "@/api/hooks/timeline";
import { createdAtBounds, validDay } from "./historyFilters";
import { KNOWN_TYPES, type TimelineGroup, type TimelineStatus } from "./timelineEvents";

export const TIMELINE_GROUPS: TimelineGroup[] = ["sync", "refresh", "clear", "settings", "status", "schema", "connector"];
export const TIMELINE_STATUSES: TimelineStatus[] = ["started", "succeeded", "failed", "incomplete", "cancelled"];

export interface TimelineFilters {
  groups: TimelineGroup[];
  statuses: TimelineStatus[];
  /** Local calendar days, YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
}

function listParam<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[]): T[] {
  const values = (params.get(key) ?? "").split(",").filter((value): value is T => (allowed as readonly string[]).includes(value));
  return [...new Set(values)];
}

export function readTimelineFilters(params: URLSearchParams): TimelineFilters {
  return {
    groups: listParam(params, "type", TIMELINE_GROUPS),
    statuses: listParam(params, "status", TIMELINE_STATUSES),
    from: validDay(params.get("from")),
    to: validDay(params.get("to")),
  };
}

/** New params with the filters applied; other params are kept. */
export function writeTimelineFilters(params: URLSearchParams, filters: TimelineFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string | undefined) => (value ? next.set(key, value) : next.delete(key));
  set("type", filters.groups.join(","));
  set("status", filters.statuses.join(","));
  set("from", filters.from);
  set("to", filters.to);
  return next;
}

export function isFiltered(filters: TimelineFilters): boolean {
  return filters.groups.length > 0 || filters.statuses.length > 0 || Boolean(filters.from) || Boolean(filters.to);
}

/**
 * The API's eventTypes for the filters: every type of the chosen groups (all groups when none is
 * chosen) that has one of the chosen statuses (a status applies to job events only, so choosing one
 * leaves out settings and schema events). `undefined`: no type filter; `[]`: nothing can match.
 */
export function eventTypesFor(filters: TimelineFilters): ConnectionEventType[] | undefined {
  if (filters.groups.length === 0 && filters.statuses.length === 0) return undefined;
  return Object.entries(KNOWN_TYPES)
    .filter(([, known]) => filters.groups.length === 0 || filters.groups.includes(known.group))
    .filter(([, known]) => filters.statuses.length === 0 || (known.status !== undefined && filters.statuses.includes(known.status)))
    .map(([type]) => type as ConnectionEventType);
}

export function timelineBounds(filters: TimelineFilters) {
  return createdAtBounds({ statuses: [], from: filters.from, to: filters.to });
}
