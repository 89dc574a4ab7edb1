// Jobs: list (filters, pagination), get (with or without logs), cancel, last replication job,
// debug info, and one attempt with its logs.
import { actorById, definitionById } from "../db/actors";
import { destinationDefinitionRead, sourceDefinitionRead } from "../db/definitions";
import { getDb } from "../db/store";
import { invalidInput, notFound } from "../lib/errors";
import { post } from "../lib/route";
import { now } from "../lib/settings";
import type { S } from "../lib/types";
import type { JobRecord } from "../jobs/model";
import { attemptInfo, cancelJob, jobInfo, jobListFacts, jobRead, jobStatus, jobWithAttempts, latestJob } from "../jobs/simulator";

type Body = Record<string, unknown>;

function jobById(id: unknown): JobRecord {
  const job =
    typeof id === "number" ? getDb().jobs.get(id) : typeof id === "string" && /^\d+$/.test(id) ? getDb().jobs.get(Number(id)) : undefined;
  if (!job) throw notFound("JOB", String(id ?? ""));
  return job;
}

function dateFilter(body: Body, key: string): number | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  const ms = typeof value === "string" ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) throw invalidInput([{ propertyPath: key, message: "must be an ISO 8601 date-time", invalidValue: value }]);
  return ms;
}

function listJobs(body: Body): S["JobReadList"] {
  if (!Array.isArray(body.configTypes)) throw invalidInput([{ propertyPath: "configTypes", message: "is required" }]);
  const configTypes = new Set(body.configTypes as string[]);
  const statuses = Array.isArray(body.statuses) && body.statuses.length > 0 ? new Set(body.statuses as string[]) : undefined;
  const createdAtStart = dateFilter(body, "createdAtStart");
  const createdAtEnd = dateFilter(body, "createdAtEnd");
  const updatedAtStart = dateFilter(body, "updatedAtStart");
  const updatedAtEnd = dateFilter(body, "updatedAtEnd");
  const configId = typeof body.configId === "string" ? body.configId : undefined;
  const at = now();
  let jobs = [...getDb().jobs.values()].filter(
    (job) =>
      configTypes.has(job.configType) &&
      (configId === undefined || job.connectionId === configId) &&
      (createdAtStart === undefined || job.createdAt >= createdAtStart) &&
      (createdAtEnd === undefined || job.createdAt <= createdAtEnd),
  );
  // What the filters and the order look at (jobRead's status, createdAt and updatedAt), without
  // jobRead's per-stream figures: a connection of 10,000 jobs built them all to show 25.
  let reads = jobs.map((job) => ({ job, read: jobListFacts(job, at) }));
  if (statuses) reads = reads.filter(({ read }) => statuses.has(read.status));
  if (updatedAtStart !== undefined) reads = reads.filter(({ read }) => read.updatedAt * 1000 >= updatedAtStart);
  if (updatedAtEnd !== undefined) reads = reads.filter(({ read }) => read.updatedAt * 1000 <= updatedAtEnd);
  const field = body.orderByField === "updatedAt" ? "updatedAt" : "createdAt";
  const sign = body.orderByMethod === "ASC" ? 1 : -1;
  reads.sort((a, b) => sign * (a.read[field] - b.read[field] || a.job.createdAt - b.job.createdAt || a.job.id - b.job.id));
  jobs = reads.map((r) => r.job);
  const pagination = (typeof body.pagination === "object" && body.pagination !== null ? body.pagination : {}) as {
    pageSize?: unknown;
    rowOffset?: unknown;
  };
  const rowOffset = typeof pagination.rowOffset === "number" && pagination.rowOffset > 0 ? Math.floor(pagination.rowOffset) : 0;
  let pageSize = typeof pagination.pageSize === "number" && pagination.pageSize > 0 ? Math.floor(pagination.pageSize) : jobs.length;
  if (body.includingJobId !== undefined) {
    // Airbyte: return as many pages as it takes to include that job (none if it is not there).
    const index = jobs.findIndex((job) => job.id === Number(body.includingJobId));
    if (index < 0) return { jobs: [], totalJobCount: jobs.length };
    const size = pageSize || 1;
    pageSize = Math.max(pageSize, (Math.floor((index - rowOffset) / size) + 1) * size);
  }
  return {
    jobs: jobs.slice(rowOffset, rowOffset + pageSize).map((job) => jobWithAttempts(job, at)),
    totalJobCount: jobs.length,
  };
}

export const jobRoutes = [
  post("/v1/jobs/list", listJobs),
  post("/v1/jobs/get", (body) => jobInfo(jobById(body.id))),
  post("/v1/jobs/get_without_logs", (body) => jobInfo(jobById(body.id), false)),
  post("/v1/jobs/get_light", (body) => ({ job: jobRead(jobById(body.id)) })),
  post("/v1/jobs/cancel", (body) => {
    const job = jobById(body.id);
    // Cancelling a job that already ended changes nothing (the answer shows how it ended).
    cancelJob(job);
    return jobInfo(job);
  }),
  post("/v1/jobs/get_last_replication_job", (body) => {
    if (typeof body.connectionId !== "string" || !getDb().connections.has(body.connectionId))
      throw notFound("STANDARD_SYNC", String(body.connectionId ?? ""));
    const job = latestJob(body.connectionId, ["sync", "refresh"]);
    return job ? { job: jobRead(job) } : {};
  }),
  post("/v1/jobs/get_debug_info", (body) => {
    const job = jobById(body.id);
    const connection = getDb().connections.get(job.connectionId);
    if (!connection) throw notFound("STANDARD_SYNC", job.connectionId);
    const source = actorById("source", connection.sourceId);
    const destination = actorById("destination", connection.destinationId);
    return {
      job: {
        id: job.id,
        configType: job.configType,
        configId: job.connectionId,
        status: jobStatus(job),
        airbyteVersion: "1.4.0",
        sourceDefinition: sourceDefinitionRead(definitionById("source", source.definitionId)),
        destinationDefinition: destinationDefinitionRead(definitionById("destination", destination.definitionId)),
      },
      attempts: jobInfo(job).attempts,
    } satisfies S["JobDebugInfoRead"];
  }),
  post("/v1/attempt/get_for_job", (body) => {
    const job = jobById(body.jobId);
    const attempt = attemptInfo(job, Number(body.attemptNumber));
    if (!attempt) throw notFound("ATTEMPT", `${job.id}/${String(body.attemptNumber)}`);
    return attempt;
  }),
];
