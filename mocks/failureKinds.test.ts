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
