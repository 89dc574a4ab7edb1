// The mock's tags follow the server's rules (facts in mocks/db/tags.ts).
import { beforeEach, describe, expect, it } from "vitest";
import { mockControl } from "./control";
import { SEED } from "./seed/ids";
import { call, ok } from "./test-utils";

const workspaceId = SEED.workspace.id;
const connectionId = SEED.connections.postgresToS3.id;
interface Tag {
  tagId: string;
  workspaceId: string;
  name: string;
  color: string;
}

beforeEach(async () => {
  await mockControl.reset();
});

const create = (name: string, color = "75DCFF") => call<Tag>("/v1/tags/create", { workspaceId, name, color });
const listNames = async () =>
  (await ok<{ connections: { name: string }[] }>("/v1/web_backend/connections/list", { workspaceId })).connections;

describe("tags", () => {
  it("creates, renames, recolours, lists and deletes a workspace's tags", async () => {
    const { body: tag, status } = await create("finance", "FF0000");
    expect(status).toBe(200);
    expect(tag).toMatchObject({ workspaceId, name: "finance", color: "FF0000" });
    const updated = await ok<Tag>("/v1/tags/update", { tagId: tag.tagId, workspaceId, name: "finance-eu", color: "00aa00" });
    expect(updated).toEqual({ tagId: tag.tagId, workspaceId, name: "finance-eu", color: "00aa00" });
    expect(await ok<Tag[]>("/v1/tags/list", { workspaceId })).toEqual([updated]);
    await ok("/v1/tags/delete", { tagId: tag.tagId, workspaceId });
    expect(await ok<Tag[]>("/v1/tags/list", { workspaceId })).toEqual([]);
  });

  it("refuses a name over 30 characters, a colour that is not 6 hex digits and a name already used", async () => {
    expect((await create("x".repeat(31))).body).toMatchObject({ status: 400, type: "error:tag-name-too-long" });
    expect((await create("x".repeat(30))).status).toBe(200);
    for (const color of ["#FF0000", "FF00", "GGGGGG", "FF00001"])
      expect((await create(`c-${color}`, color)).body, color).toMatchObject({ status: 400, type: "error:tag-invalid-hex-color" });
    await create("ops");
    expect((await create("ops")).body).toMatchObject({ status: 409, type: "error:tag-already-exists" });
    // The unique index compares exactly: another case is another name.
    expect((await create("Ops")).status).toBe(200);
    const [ops] = (await ok<Tag[]>("/v1/tags/list", { workspaceId })).filter((t) => t.name === "Ops");
    expect((await call("/v1/tags/update", { tagId: ops!.tagId, workspaceId, name: "ops", color: "000000" })).status).toBe(409);
  });

  it("allows 100 tags per workspace", async () => {
    for (let i = 0; i < 100; i++) expect((await create(`t${i}`)).status).toBe(200);
    expect((await create("one more")).body).toMatchObject({ status: 400, type: "error:tag-limit-for-workspace-reached" });
  });

  it("answers 404 for a tag that is not there", async () => {
    const body = { tagId: "9d000000-0000-4000-8000-000000000001", workspaceId, name: "n", color: "000000" };
    expect((await call("/v1/tags/update", body)).status).toBe(404);
    expect((await call("/v1/tags/delete", body)).status).toBe(404);
  });

  it("puts tags on a connection, filters the list by any of them, and a deleted tag leaves every connection", async () => {
    const finance = (await create("finance")).body;
    const ops = (await create("ops")).body;
    const updated = await ok<{ tags: Tag[] }>("/v1/connections/update", { connectionId, tags: [finance] });
    expect(updated.tags).toEqual([finance]);
    // Absent tags leave them as they are.
    expect((await ok<{ tags: Tag[] }>("/v1/connections/update", { connectionId, name: "Renamed" })).tags).toEqual([finance]);
    const filtered = await ok<{ connections: { connectionId: string; tags: Tag[] }[] }>("/v1/web_backend/connections/list", {
      workspaceId,
      filters: { tagIds: [finance.tagId, ops.tagId] },
    });
    expect(filtered.connections.map((c) => c.connectionId)).toEqual([connectionId]);
    expect(filtered.connections[0]!.tags).toEqual([finance]);
    const none = await ok<{ connections: unknown[] }>("/v1/web_backend/connections/list", {
      workspaceId,
      filters: { tagIds: [ops.tagId] },
    });
    expect(none.connections).toEqual([]);

    await ok("/v1/tags/delete", { tagId: finance.tagId, workspaceId });
    expect((await ok<{ tags: Tag[] }>("/v1/connections/get", { connectionId })).tags).toEqual([]);
    expect((await listNames()).length).toBe(3);
  });
});
