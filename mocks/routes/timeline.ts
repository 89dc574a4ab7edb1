// A connection's timeline and history (see ../jobs/timeline.ts and ../jobs/connectionHistory.ts for
// what is computed and the server code it follows).
import { connectionById } from "../db/connections";
import { getDb } from "../db/store";
import { invalidInput, notFound } from "../lib/errors";
import { post } from "../lib/route";
import { now } from "../lib/settings";
import { dataHistory, streamHistory, uptimeHistory } from "../jobs/connectionHistory";
import { connectionEvent, connectionEventsPage, eventRead, jobEvents } from "../jobs/timeline";

type Body = Record<string, unknown>;

/** ConnectionsHandler.DEFAULT_PAGE_SIZE and DEFAULT_ROW_OFFSET, when the body has no pagination. */
const DEFAULT_PAGE_SIZE = 20;

function date(body: Body, key: string): number | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  const ms = typeof value === "string" ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) throw invalidInput([{ propertyPath: key, message: "must be an ISO 8601 date-time", invalidValue: value }]);
  return ms;
}

function count(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback;
}

function validTimeZone(value: unknown): string {
  if (typeof value === "string") {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: value });
      return value;
    } catch {
      // falls through to the error below
    }
  }
  // ZoneId.of throws on an unknown zone; the server answers it as invalid input.
  throw invalidInput([{ propertyPath: "timezone", message: "must be an IANA time zone, e.g. Europe/Paris", invalidValue: value }]);
}

export const timelineRoutes = [
  post("/v1/connections/events/list", (body) => {
    const connection = connectionById(body.connectionId);
    const types = Array.isArray(body.eventTypes) ? new Set(body.eventTypes as string[]) : undefined;
    const start = date(body, "createdAtStart");
    const end = date(body, "createdAtEnd");
    const pagination = (typeof body.pagination === "object" && body.pagination !== null ? body.pagination : {}) as Body;
    const pageSize = count(pagination.pageSize, DEFAULT_PAGE_SIZE);
    const rowOffset = count(pagination.rowOffset, 0);
    // The repository filters by type and time (both bounds inclusive), newest first, LIMIT/OFFSET.
    const events = connectionEventsPage(getDb(), connection.connectionId, now(), { types, start, end, offset: rowOffset, limit: pageSize });
    return { events: events.map(eventRead) };
  }),
  post("/v1/connections/events/get", (body) => {
    const connection = connectionById(body.connectionId);
    const event = connectionEvent(getDb(), connection.connectionId, now(), body.connectionEventId);
    if (!event) throw notFound("CONNECTION_TIMELINE_EVENT", String(body.connectionEventId ?? ""));
    // hydrateConnectionEvent: "TODO: implement details generation"; the details are empty.
    return { ...eventRead(event), details: {} };
  }),
  post("/v1/connections/events/list_for_job", (body) => {
    const job = typeof body.id === "number" ? getDb().jobs.get(body.id) : undefined;
    // findByJobId: an unknown job simply has no events.
    return { events: job ? jobEvents(getDb(), job, now()).map(eventRead) : [] };
  }),
  post("/v1/connections/history/uptime", (body) => {
    const connection = connectionById(body.connectionId);
    return uptimeHistory(connection, getDb().jobs.values(), now(), count(body.numberOfJobs, 30));
  }),
  post("/v1/connections/history/data", (body) => {
    const connection = connectionById(body.connectionId);
    if (typeof body.numberOfJobs !== "number") throw invalidInput([{ propertyPath: "numberOfJobs", message: "is required" }]);
    return dataHistory(connection, getDb().jobs.values(), now(), count(body.numberOfJobs, 30));
  }),
  post("/v1/connections/stream_history", (body) => {
    const connection = connectionById(body.connectionId);
    return streamHistory(connection, getDb().jobs.values(), now(), validTimeZone(body.timezone));
  }),
];
