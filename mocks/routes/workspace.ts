// Health and workspaces: a self-hosted Airbyte has one organization with a default workspace.
// Workspace answers need only the seeded records (core-only): every screen waits for them.
import { get, post } from "../lib/route";
import { notFound } from "../lib/errors";
import { getDb } from "../db/store";

export const workspaceHandlers = [
  // HealthApiController is @Secured(IS_ANONYMOUS): health answers without sign-in.
  get("/v1/health", () => ({ available: true }), { public: true }),
  post(
    "/v1/workspaces/list_by_organization_id",
    (body) => {
      const { workspace } = getDb();
      const nameContains = typeof body.nameContains === "string" ? body.nameContains.toLowerCase() : "";
      const matches = body.organizationId === workspace.organizationId && workspace.name.toLowerCase().includes(nameContains);
      return { workspaces: matches ? [workspace] : [] };
    },
    { coreOnly: true },
  ),
  post(
    "/v1/workspaces/get",
    (body) => {
      const { workspace } = getDb();
      if (body.workspaceId !== workspace.workspaceId) throw notFound("STANDARD_WORKSPACE", String(body.workspaceId ?? ""));
      return workspace;
    },
    { coreOnly: true },
  ),
];
