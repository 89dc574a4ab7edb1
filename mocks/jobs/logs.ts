// Attempt logs in Airbyte's formatted style: timestamp, level (ANSI-coloured), origin, message.
// Lines are generated from the job's plan and seed, each with the time it is written, so a
// running attempt's log grows with the clock. `setLogLines(n)` swaps in a log of n lines
// (1,000,000 in about a second) for the log viewer benchmark.
import { getDb } from "../db/store";
import { hashString, pick, seededRandom } from "../lib/random";
import { settings } from "../lib/settings";
import type { AttemptPlan, JobRecord } from "./model";
import { readsFromDatabase } from "./sourceKind";

interface TimedLine {
  atMs: number;
  /** The pod that wrote it: each uploads its lines on its own cadence (see visibleLines). */
  origin: Origin;
  text: string;
}

const LEVEL = {
  INFO: "\u001b[32mINFO\u001b[m",
  WARN: "\u001b[33mWARN\u001b[m",
  ERROR: "\u001b[31mERROR\u001b[m",
} as const;
const ORIGIN = {
  platform: "platform",
  source: "\u001b[36msource\u001b[0m",
  destination: "\u001b[35mdestination\u001b[0m",
  orchestrator: "replication-orchestrator",
} as const;

type Level = keyof typeof LEVEL;
type Origin = keyof typeof ORIGIN;

function timestamp(ms: number): string {
  return new Date(ms).toISOString().replace("T", " ").slice(0, 19);
}

function line(at: number, level: Level, origin: Origin, message: string): TimedLine {
  return { atMs: at, origin, text: `${timestamp(at)} ${LEVEL[level]} ${ORIGIN[origin]} > ${message}` };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(2)} MB`;
}

/** Every line the attempt writes over its whole run (up to its end, or cancellation). */
function attemptLines(job: JobRecord, index: number, attempt: AttemptPlan): TimedLine[] {
  const random = seededRandom(job.seed + index * 7919);
  const start = job.createdAt + attempt.startOffsetMs;
  const end = start + attempt.durationMs;
  const span = attempt.durationMs;
  const lines: TimedLine[] = [];
  const streams = job.streams.length > 0 ? job.streams : [{ name: "default" }];
  lines.push(
    line(start, "INFO", "platform", `Executing worker wrapper. Airbyte version: 1.4.0`),
    line(start, "INFO", "platform", `Attempt number: ${index} of job ${job.id} (${job.configType})`),
    line(start, "INFO", "platform", `Using default value for environment variable SIDECAR_KUBE_CPU_LIMIT: '2.0'`),
    line(start + span * 0.01, "INFO", "platform", `Checking if airbyte/source image exists... Image found.`),
    line(start + span * 0.02, "INFO", "platform", `Creating orchestrator pod for connection ${job.connectionId}`),
  );
  if (job.configType !== "sync" && job.configType !== "refresh") {
    streams.slice(0, 50).forEach((stream, i) => {
      lines.push(
        line(
          start + span * (0.1 + (0.8 * i) / Math.min(50, streams.length)),
          "INFO",
          "destination",
          `Truncating table ${stream.namespace ? `${stream.namespace}.` : ""}${stream.name}`,
        ),
      );
    });
    lines.push(
      line(
        end,
        "INFO",
        "platform",
        `${job.configType === "clear" ? "Clear" : "Reset"} of ${streams.length} stream(s) completed successfully.`,
      ),
    );
    return lines;
  }
  const database = readsFromDatabase(getDb(), job.connectionId);
  const shown = streams.slice(0, 40);
  shown.forEach((stream, i) => {
    lines.push(line(start + span * (0.05 + (0.15 * i) / shown.length), "INFO", "source", `Syncing stream: ${stream.name}`));
  });
  const steps = 40 + Math.floor(random() * 40);
  for (let s = 1; s <= steps; s++) {
    const fraction = 0.2 + (0.75 * s) / steps;
    const at = start + span * fraction;
    const records = Math.floor(attempt.records * fraction);
    const roll = random();
    if (roll < 0.06) {
      lines.push(
        line(
          at,
          "WARN",
          "source",
          database
            ? `Retrying in ${(1 + random() * 9).toFixed(1)}s: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.`
            : `Backing off _send(...) for ${(1 + random() * 9).toFixed(1)}s (requests.exceptions.HTTPError: 429 Client Error: Too Many Requests)`,
        ),
      );
    } else if (roll < 0.3) {
      const stream = pick(shown, random);
      lines.push(line(at, "INFO", "source", `Read ${Math.floor(random() * 5000) + 100} records from ${stream.name} stream`));
    } else if (roll < 0.5) {
      lines.push(
        line(
          at,
          "INFO",
          "destination",
          `Flushing buffer for stream ${pick(shown, random).name} (${megabytes(attempt.bytes * 0.01 * (1 + random()))})`,
        ),
      );
    } else {
      lines.push(line(at, "INFO", "orchestrator", `Records read: ${records} (${megabytes(Math.floor(attempt.bytes * fraction))})`));
    }
  }
  if (attempt.outcome === "failed" && attempt.failure) {
    const f = attempt.failure;
    lines.push(line(end, "ERROR", f.failureOrigin === "destination" ? "destination" : "source", f.internalMessage));
    const origin = f.failureOrigin === "destination" ? "destination" : "source";
    for (const stackLine of f.stacktrace.split("\n").slice(0, 12)) lines.push({ atMs: end, origin, text: stackLine });
    lines.push(line(end, "ERROR", "platform", `Attempt ${index} failed: ${f.externalMessage}`));
  } else {
    lines.push(
      line(end, "INFO", "source", "Finished syncing all streams"),
      line(
        end,
        "INFO",
        "orchestrator",
        `Source has no more messages, closing connection. Total records read: ${attempt.records} (${megabytes(attempt.bytes)})`,
      ),
      line(end, "INFO", "destination", `Committed ${attempt.records} records to ${streams.length} stream(s)`),
      line(
        end,
        "INFO",
        "platform",
        `Sync summary: {"status":"completed","recordsSynced":${attempt.records},"bytesSynced":${attempt.bytes},"totalTimeMs":${span}}`,
      ),
    );
  }
  return lines;
}

/**
 * How a real server serves a running attempt's log: each pod's log appender uploads what it has
 * buffered as a new file on a fixed cadence (AirbyteCloudStorageAppender.kt, about every 60 s), and
 * the server reads every file of the attempt and sorts the lines by timestamp (LogClient.kt). So a
 * line shows once its pod has uploaded it, and a pod that uploads after another adds lines between
 * lines already shown. The pods here upload at staggered times, every 60 s or, as the simulated
 * jobs run in compressed time (seconds, not minutes), six times per attempt if that is sooner;
 * everything is in once the attempt ends (each appender uploads what is left when it stops).
 */
const UPLOAD_EVERY_MS = 60_000;
const UPLOADS_PER_ATTEMPT = 6;
/** When each pod's first upload comes, as a fraction of the upload period. */
const UPLOAD_PHASE: Record<Origin, number> = { platform: 0, orchestrator: 0.25, source: 0.5, destination: 0.75 };

function uploadedUntil(origin: Origin, start: number, period: number, until: number): number {
  const first = start + UPLOAD_PHASE[origin] * period;
  if (until < first) return -Infinity;
  return first + Math.floor((until - first) / period) * period;
}

function visibleLines(lines: TimedLine[], start: number, end: number, until: number): TimedLine[] {
  const period = Math.min(UPLOAD_EVERY_MS, (end - start) / UPLOADS_PER_ATTEMPT);
  const visible = lines.filter((l) => l.atMs <= (until >= end ? until : uploadedUntil(l.origin, start, period, until)));
  // Sorted by timestamp (to the second, as the lines print it) as the server does; stable, so lines
  // of the same second keep the order they were written in.
  return visible.sort((a, b) => Math.floor(a.atMs / 1000) - Math.floor(b.atMs / 1000));
}

/**
 * The log lines written so far (`at` is the current time; cancellation cuts the log).
 * `allowHuge`: honour setLogLines() (only the one-attempt endpoint does, so polling a job's
 * status never drags a million lines along).
 */
export function attemptLogLines(job: JobRecord, index: number, at: number, allowHuge = false): string[] {
  const attempt = job.attempts[index];
  if (!attempt) return [];
  if (allowHuge && settings.logLines !== null) return hugeLog(job, index, settings.logLines);
  const until = job.cancelledAt !== undefined ? Math.min(at, job.cancelledAt) : at;
  const start = job.createdAt + attempt.startOffsetMs;
  const end = job.cancelledAt !== undefined ? Math.min(job.cancelledAt, start + attempt.durationMs) : start + attempt.durationMs;
  const out = visibleLines(attemptLines(job, index, attempt), start, end, until).map((l) => l.text);
  if (
    job.cancelledAt !== undefined &&
    job.cancelledAt <= at &&
    job.cancelledAt < job.createdAt + attempt.startOffsetMs + attempt.durationMs
  ) {
    out.push(line(job.cancelledAt, "WARN", "platform", "Job was cancelled by the user. Stopping the source and destination.").text);
  }
  return out;
}

/**
 * A log of exactly `count` short lines (about 80 characters; INFO mostly, some WARN and ERROR),
 * for the log viewer benchmark. Built per request and not kept: in the browser the mock shares
 * the page's heap, which the benchmark measures.
 */
function hugeLog(job: JobRecord, index: number, count: number): string[] {
  const attempt = job.attempts[index]!;
  const streams = (job.streams.length > 0 ? job.streams : [{ name: "records" }]).slice(0, 16).map((s) => s.name);
  const start = job.createdAt + attempt.startOffsetMs;
  const random = seededRandom(hashString(`${job.id}:${index}:${count}`));
  const lines: string[] = new Array(count);
  const info = `${LEVEL.INFO} `;
  const warn = `${LEVEL.WARN} `;
  const error = `${LEVEL.ERROR} `;
  // A database source fails and retries as a database does (see readsFromDatabase), not with HTTP codes.
  const database = readsFromDatabase(getDb(), job.connectionId);
  const failed = database
    ? (i: number, stream: string) =>
        `source > Reading ${stream} at row ${i * 500} failed: PSQLException: An I/O error occurred while sending to the backend, retrying`
    : (i: number, stream: string) => `source > Page ${i + 1} of ${stream} failed: HTTP 500, retrying`;
  const backedOff = database
    ? () => "source > Retrying in 2.0s: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available"
    : (i: number) => `source > Backing off 2.0s (HTTP 429) on page ${i + 1}`;
  const read = database
    ? (i: number, stream: string) => `source > Read ${(i + 1) * 500} rows of ${stream}`
    : (i: number, stream: string) => `source > Read page ${i + 1} of ${stream}`;
  let second = -1;
  let stamp = "";
  for (let i = 0; i < count; i++) {
    const at = start + Math.floor((attempt.durationMs * i) / count);
    const s = Math.floor(at / 1000);
    if (s !== second) {
      second = s;
      stamp = `${timestamp(at)} `;
    }
    const stream = streams[i % streams.length]!;
    const roll = random();
    if (roll < 0.002) lines[i] = `${stamp}${error}${failed(i, stream)}`;
    else if (roll < 0.02) lines[i] = `${stamp}${warn}${backedOff(i)}`;
    else if (roll < 0.5) lines[i] = `${stamp}${info}${read(i, stream)}`;
    else if (roll < 0.8) lines[i] = `${stamp}${info}replication-orchestrator > Records read: ${(i + 1) * 37}`;
    else lines[i] = `${stamp}${info}destination > Flushed ${100 + (i % 900)} records to ${stream}`;
  }
  return lines;
}
