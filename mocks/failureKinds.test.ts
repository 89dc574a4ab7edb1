// A sync's failures and warnings fit the kind of source: a database (Postgres) fails like a
// database, never with an HTTP rate limit; an API (Stripe) may be rate limited.
import { mockControl } from "./control";
import { SEED } from "./seed/ids";
import { ok } from "./test-utils";

beforeEach(() => mockControl.reset());

interface JobInfo {
  attempts: {
    attempt: { failureSummary?: { failures: { externalMessage?: string; internalMessage?: string }[] } };
    logs?: { logLines: string[] };
  }[];
}

async function failedAttemptOf(connectionId: string) {
  await mockControl.failNextSync(connectionId, 1);
  const { job } = await ok<{ job: { id: number } }>("/v1/connections/sync", { connectionId });
  mockControl.advanceClock(10 * 60_000);
  const info = await ok<JobInfo>("/v1/jobs/get", { id: job.id });
  const failed = info.attempts[0]!;
  return { failure: JSON.stringify(failed.attempt.failureSummary), log: info.attempts.flatMap((a) => a.logs?.logLines ?? []).join("\n") };
}

test("a Postgres sync fails and warns like a database, never with HTTP 429", async () => {
  const { failure, log } = await failedAttemptOf(SEED.connections.postgresToS3.id);
  expect(failure).toMatch(/java\.sql\.SQLTransientConnectionException/);
  expect(failure).not.toMatch(/HTTP 429|429 Client Error|429 Too Many|Too Many Requests/);
  expect(log).not.toMatch(/HTTP 429|429 Client Error|429 Too Many|Too Many Requests/);
});

test("an API source's transient failure is a rate limit", async () => {
  const { failure } = await failedAttemptOf(SEED.connections.stripeToRedshift.id);
  expect(failure).toMatch(/429 Too Many Requests/);
});

test("a long log (the log viewer benchmark's) of a Postgres sync reads like a database's too", async () => {
  const { job } = await ok<{ job: { id: number } }>("/v1/connections/sync", { connectionId: SEED.connections.postgresToS3.id });
  mockControl.advanceClock(10 * 60_000);
  mockControl.setLogLines(5000);
  const postgres = await ok<{ logs: { logLines: string[] } }>("/v1/attempt/get_for_job", { jobId: job.id, attemptNumber: 0 });
  expect(postgres.logs.logLines).toHaveLength(5000);
  const text = postgres.logs.logLines.join("\n");
  expect(text).not.toMatch(/HTTP \d{3}|Too Many Requests|page \d+/i);
  expect(text).toMatch(/SQLTransientConnectionException/);
});
