// The command API and connector run times: a connector's first run waits for its image, later ones
// do not; commands can be cancelled; the synchronous endpoints take as long. The clock is frozen in
// Vitest, so time passes only through advanceClock.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mockControl } from "./control";
import { SEED } from "./seed/ids";
import { call, definitionIdOf, ok } from "./test-utils";
import type { S } from "./lib/types";

const workspaceId = SEED.workspace.id;
let nextId = 1;
const commandId = () => `cafe0000-0000-4000-8000-${String(nextId++).padStart(12, "0")}`;

async function startCheck(dockerRepository: string, config: Record<string, unknown>): Promise<string> {
  const id = commandId();
  await ok("/v1/commands/run/check", {
    id,
    workspace_id: workspaceId,
    actor_definition_id: await definitionIdOf("source", dockerRepository),
    config,
  });
  return id;
}

const status = async (id: string) => (await ok<{ status?: string }>("/v1/commands/status", { id })).status;
const github = {
  credentials: { option_title: "PAT Credentials", personal_access_token: "ghp_x" },
  repository: "a/b",
  start_date: "2024-01-01T00:00:00Z",
};

beforeEach(async () => {
  await mockControl.reset();
  mockControl.setFirstCheckTime(90_000);
  mockControl.setOperationTime(2_000);
});

afterEach(() => {
  mockControl.setFirstCheckTime(0);
  mockControl.setOperationTime(0);
  mockControl.setCommandApi(true);
});

describe("command API", () => {
  it("runs the first check of a connector for its image pull, then the check itself; the next one at once", async () => {
    const first = await startCheck("airbyte/source-github", github);
    expect(await status(first)).toBe("pending");
    mockControl.advanceClock(89_000);
    expect(await status(first)).toBe("pending");
    mockControl.advanceClock(1_000);
    expect(await status(first)).toBe("running");
    mockControl.advanceClock(2_000);
    expect(await status(first)).toBe("completed");
    expect(await ok("/v1/commands/output/check", { id: first })).toEqual({ id: first, status: "succeeded" });

    const second = await startCheck("airbyte/source-github", { ...github, repository: "c/d" });
    expect(await status(second)).toBe("running");
  });

  it("reports a failed check with the reason, and no output before the command ends", async () => {
    const id = await startCheck("airbyte/source-postgres", { host: "db.invalid", port: 5432, database: "d", username: "u", password: "p" });
    // Postgres is seeded: its image is there already.
    expect(await status(id)).toBe("running");
    expect(await ok("/v1/commands/output/check", { id })).toMatchObject({
      status: "failed",
      message: `${id} is still running, try again later.`,
    });
    mockControl.advanceClock(2_000);
    expect(await ok("/v1/commands/output/check", { id })).toMatchObject({
      status: "failed",
      message: expect.stringContaining("UnknownHostException: db.invalid"),
    });
  });

  it("cancels a command, and lists commands for tests", async () => {
    const id = await startCheck("airbyte/source-github", github);
    await ok("/v1/commands/cancel", { id });
    expect(await status(id)).toBe("cancelled");
    expect(await mockControl.commands()).toEqual([expect.objectContaining({ id, type: "check", status: "cancelled" })]);
  });

  it("forgets commands on demand: asking about one is then refused, as for any unknown id", async () => {
    const id = await startCheck("airbyte/source-github", github);
    await mockControl.forgetCommands();
    const answer = await call<{ status: number; title: string }>("/v1/commands/status", { id });
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ status: 403, title: "forbidden" });
  });

  it("discovers through a command", async () => {
    const id = commandId();
    await ok("/v1/commands/run/discover", { id, actor_id: SEED.sources.stripe.id });
    expect(await status(id)).toBe("running");
    mockControl.advanceClock(2_000);
    const output = await ok<{ status: string; catalog: S["AirbyteCatalog"] }>("/v1/commands/output/discover", { id });
    expect(output.status).toBe("succeeded");
    expect(output.catalog.streams.length).toBeGreaterThan(0);
  });

  it("answers 404 like a server without the command API when switched off", async () => {
    mockControl.setCommandApi(false);
    const answer = await call("/v1/commands/run/check", {
      id: commandId(),
      workspace_id: workspaceId,
      actor_definition_id: await definitionIdOf("source", "airbyte/source-github"),
      config: github,
    });
    expect(answer.status).toBe(404);
  });
});

describe("synchronous checks", () => {
  it("take as long as a command: the answer waits for the image pull on the mock clock", async () => {
    const sourceDefinitionId = await definitionIdOf("source", "airbyte/source-github");
    let answered = false;
    const pending = call<S["CheckConnectionRead"]>("/v1/scheduler/sources/check_connection", {
      workspaceId,
      sourceDefinitionId,
      connectionConfiguration: github,
    }).then((answer) => {
      answered = true;
      return answer;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(answered).toBe(false);
    mockControl.advanceClock(92_000);
    const answer = await pending;
    expect(answer.status).toBe(200);
    expect(answer.body.status).toBe("succeeded");
  });
});
