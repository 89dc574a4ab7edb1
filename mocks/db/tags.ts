// Tags of a workspace and the tags of each connection, with the server's rules (facts read in
// airbytehq/airbyte-platform, nothing copied):
// - TagHandler.validateTagName: a name longer than 30 characters is a 400 TagNameTooLongProblem;
// - TagServiceDataImpl.createTag: the 101st tag of a workspace is a 400 TagLimitForWorkspaceReachedProblem;
// - the `tag` table (migration V1_1_0_010): `color` is CHAR(6) with the check `^[0-9A-Fa-f]{6}$`
//   (no '#'; TagHandler answers 400 TagInvalidHexColorProblem) and (name, workspace_id) is unique
//   (409 TagAlreadyExistsProblem; exact, case-sensitive comparison, as Postgres' unique index);
// - update and delete of a tag not in that workspace: ConfigNotFoundException (404);
// - `connection_tag` (V1_1_0_011) references the tag ON DELETE CASCADE: deleting a tag takes it off
//   every connection, which stays;
// - ConnectionServiceJooqImpl.updateOrCreateConnectionTags: `tags` absent or null leaves a connection's
//   tags alone; a list replaces them, and a tag of another workspace is silently skipped.
import { MockHttpError, notFound, problem } from "../lib/errors";
import { uuid } from "../lib/random";
import type { S } from "../lib/types";
import { getDb, type ConnectionRecord, type Db } from "./store";

const MAX_NAME_LENGTH = 30;
const MAX_TAGS_PER_WORKSPACE = 100;
const HEX_COLOR = /^[0-9A-Fa-f]{6}$/;

/** The tag table; made on first use, so a database built before tags existed still works. */
function tagTable(db: Db = getDb()): Map<string, S["Tag"]> {
  db.tags ??= new Map();
  return db.tags;
}

function requireWorkspace(workspaceId: unknown): string {
  if (workspaceId !== getDb().workspace.workspaceId) throw notFound("STANDARD_WORKSPACE", String(workspaceId ?? ""));
  return workspaceId;
}

function checkedName(name: unknown): string {
  if (typeof name !== "string") throw new MockHttpError(400, { message: "name is required" });
  if (name.length > MAX_NAME_LENGTH)
    throw problem(400, "error:tag-name-too-long", "Tag name too long", `The tag name can be maximum ${MAX_NAME_LENGTH} characters.`);
  return name;
}

/** The database's constraints, in the order Postgres checks them: the row's CHECK, then the unique index. */
function checkRow(workspaceId: string, name: string, color: unknown, exceptTagId?: string): string {
  if (typeof color !== "string" || !HEX_COLOR.test(color))
    throw problem(400, "error:tag-invalid-hex-color", "Invalid hex color", "The hex color provided is invalid.");
  const taken = [...tagTable().values()].some((t) => t.workspaceId === workspaceId && t.name === name && t.tagId !== exceptTagId);
  if (taken) throw problem(409, "error:tag-already-exists", "Tag already exists", "A tag with this name already exists in this workspace.");
  return color;
}

function existingTag(tagId: unknown, workspaceId: string): S["Tag"] {
  const tag = typeof tagId === "string" ? tagTable().get(tagId) : undefined;
  if (!tag || tag.workspaceId !== workspaceId)
    throw notFound("TAG", `Tag with id ${String(tagId ?? "")} and workspaceId ${workspaceId} not found.`);
  return tag;
}

export function listTags(workspaceId: unknown): S["Tag"][] {
  const id = requireWorkspace(workspaceId);
  return [...tagTable().values()].filter((t) => t.workspaceId === id);
}

export function createTag(body: Record<string, unknown>): S["Tag"] {
  const workspaceId = requireWorkspace(body.workspaceId);
  const name = checkedName(body.name);
  if (listTags(workspaceId).length >= MAX_TAGS_PER_WORKSPACE)
    throw problem(
      400,
      "error:tag-limit-for-workspace-reached",
      "Tag limit for workspace reached",
      "The workspace has reached the maximum number of tags.",
    );
  const color = checkRow(workspaceId, name, body.color);
  const tag: S["Tag"] = { tagId: uuid(), workspaceId, name, color };
  tagTable().set(tag.tagId, tag);
  return tag;
}

export function updateTag(body: Record<string, unknown>): S["Tag"] {
  const workspaceId = requireWorkspace(body.workspaceId);
  const current = existingTag(body.tagId, workspaceId);
  const name = checkedName(body.name);
  const color = checkRow(workspaceId, name, body.color, current.tagId);
  const tag: S["Tag"] = { ...current, name, color };
  tagTable().set(tag.tagId, tag);
  return tag;
}

/** Deletes the tag and (ON DELETE CASCADE) its assignments. Answers the deleted tag (see routes/tags.ts). */
export function deleteTag(body: Record<string, unknown>): S["Tag"] {
  const workspaceId = requireWorkspace(body.workspaceId);
  const tag = existingTag(body.tagId, workspaceId);
  tagTable().delete(tag.tagId);
  for (const [id, connection] of getDb().connections) {
    if (connection.tagIds?.includes(tag.tagId))
      getDb().connections.set(id, { ...connection, tagIds: connection.tagIds.filter((t) => t !== tag.tagId) });
  }
  return tag;
}

/** A connection's tags as the API answers them (tags deleted since are gone). */
export function tagsOf(connection: ConnectionRecord): S["Tag"][] {
  const table = tagTable();
  return (connection.tagIds ?? []).map((id) => table.get(id)).filter((tag): tag is S["Tag"] => tag !== undefined);
}

/** The tag ids a create or update sets: undefined when `tags` is absent or null (left as they are). */
export function tagIdsFrom(tags: unknown, workspaceId: string): string[] | undefined {
  if (tags === undefined || tags === null || !Array.isArray(tags)) return undefined;
  const table = tagTable();
  const ids = tags.map((t) => (t as { tagId?: unknown } | null)?.tagId).filter((id): id is string => typeof id === "string");
  return [...new Set(ids)].filter((id) => table.get(id)?.workspaceId === workspaceId);
}
