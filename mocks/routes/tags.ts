// Tags of a workspace (TagController.kt): list, create, update (name and colour), delete. The rules
// and their evidence are in ../db/tags.ts.
import { createTag, deleteTag, listTags, updateTag } from "../db/tags";
import { post } from "../lib/route";

export const tagRoutes = [
  post("/v1/tags/list", (body) => listTags(body.workspaceId)),
  post("/v1/tags/create", (body) => createTag(body)),
  post("/v1/tags/update", (body) => updateTag(body)),
  // The server's deleteTag returns nothing (TagController.deleteTag is Unit), the description a Tag:
  // the mock answers the deleted tag, which satisfies the description; the console reads neither.
  post("/v1/tags/delete", (body) => deleteTag(body)),
];
