// What a real Airbyte server sends that the vendored Config API description does not say (facts from
// airbytehq/airbyte-platform, read for behaviour only). The contract validator accepts exactly these,
// so the mock can behave like the server and still be held to the description everywhere else.
import type { JsonObject } from "./toJsonSchema";

/**
 * Required fields the server does not always send:
 * - InstanceConfigurationHandler.kt builds the answer without `defaultWorkspaceId`, and
 *   `licenseStatus` is null (left out) on unlicensed editions;
 * - with no running job, JobHistoryHandler.getConnectionSyncProgressInternal answers only the
 *   connection id and an empty stream list, without `configType`;
 * - a timeline event's `created_at` is not a property the description defines: the server's model
 *   has `createdAt` (ConnectionsHandler.convertConnectionEvent sets createdAt, epoch seconds).
 */
const NOT_SENT_ANY_MORE: Record<string, string[]> = {
  InstanceConfigurationResponse: ["defaultWorkspaceId", "licenseStatus"],
  ConnectionSyncProgressRead: ["configType"],
  ConnectionEvent: ["created_at"],
  ConnectionEventWithDetails: ["created_at"],
};

function dropRequired(schema: JsonObject | undefined, fields: string[]): void {
  if (schema && Array.isArray(schema.required)) schema.required = schema.required.filter((field) => !fields.includes(String(field)));
}

/**
 * A mapper's configuration is read by the mapper's `type` (MapperConverters.kt converts it to that
 * type's model), not picked by shape: a hashing configuration also fits field filtering's (which only
 * requires `targetField`), so the description's `oneOf` would refuse every real one. Any branch will do.
 */
function anyBranchOfMapperConfiguration(schemas: Record<string, JsonObject> | undefined): void {
  const schema = schemas?.MapperConfiguration;
  if (schema && Array.isArray(schema.oneOf)) {
    schema.anyOf = schema.oneOf;
    delete schema.oneOf;
  }
}

/** The description as the server behaves: a copy with the requirements above removed. */
export function asTheServerBehaves(document: JsonObject): JsonObject {
  const copy = structuredClone(document);
  const schemas = (copy.components as JsonObject | undefined)?.schemas as Record<string, JsonObject> | undefined;
  for (const [name, fields] of Object.entries(NOT_SENT_ANY_MORE)) dropRequired(schemas?.[name], fields);
  anyBranchOfMapperConfiguration(schemas);
  return copy;
}

/**
 * Error statuses the server answers on these endpoints with a `{message, ...}` body although the
 * description does not list them:
 * - a wrong client id or secret is a jakarta BadRequestException (ApplicationServiceMicronautImpl.getToken);
 * - the command API: a server from before it has no such route (Micronaut's 404 `{message: "Not
 *   Found"}`), and an unknown actor or definition is a NotFoundException (404); an unknown command
 *   id is a 403 problem, which the problem rule below accepts;
 * - OAuth without the client id or secret of an OAuth app (none instance-wide, none typed by the
 *   user): BaseOAuthFlow.getConfigValueUnsafe throws an IllegalArgumentException ("Undefined
 *   parameter 'client_id' necessary for the OAuth Flow."), which UncaughtExceptionHandler answers 500;
 * - tags: updating or deleting a tag not in the workspace is a ConfigNotFoundException (TagHandler.checkTagExists), a 404;
 * - mappers/validate for a stream the saved catalog does not select: WebBackendMappersHandler's
 *   `first { }` throws NoSuchElementException, which UncaughtExceptionHandler answers 500.
 */
const COMMAND_ROUTES = ["run/check", "run/discover", "status", "output/check", "output/discover", "cancel"];
const OAUTH_ROUTES = [
  "source_oauths/get_consent_url",
  "source_oauths/complete_oauth",
  "destination_oauths/get_consent_url",
  "destination_oauths/complete_oauth",
];
const UNDESCRIBED_STATUSES: Record<string, number[]> = {
  "/v1/applications/token": [400],
  ...Object.fromEntries(COMMAND_ROUTES.map((route) => [`/v1/commands/${route}`, [404]])),
  ...Object.fromEntries(OAUTH_ROUTES.map((route) => [`/v1/${route}`, [500]])),
  "/v1/tags/update": [404],
  "/v1/tags/delete": [404],
  "/v1/web_backend/mappers/validate": [500],
};

/**
 * Endpoints where an exception no handler knows reaches UncaughtExceptionHandler.kt, which answers 500
 * with only `{errorId}` (since airbyte-platform #17953): upgrade_version of an actor pinned by hand
 * (ActorDefinitionVersionUpdater.upgradeActorVersion throws IllegalStateException).
 */
const UNCAUGHT_500_ROUTES = new Set(["/v1/sources/upgrade_version", "/v1/destinations/upgrade_version"]);

/**
 * Problems of an error answer that is not in the description but is what the server sends:
 * - 401 with an empty body on any protected endpoint while auth is on (Micronaut security);
 * - the statuses of UNDESCRIBED_STATUSES;
 * - an RFC 9457 problem `{status, type, title, detail, documentationUrl, data}` from the server's
 *   problem handler (AbstractThrowableProblemHandler.kt), e.g. every schedule validation.
 * Returns undefined when the answer is neither, so the description decides.
 */
export function undescribedErrorProblems(path: string, status: number, body: unknown, prefix: string): string[] | undefined {
  if (status === 401 && (body === undefined || body === "" || body === null)) return [];
  if (status === 500 && UNCAUGHT_500_ROUTES.has(path)) {
    const errorId = (body as Record<string, unknown> | undefined)?.errorId;
    return typeof errorId === "string" ? [] : [`${prefix}: the server's uncaught 500 carries an errorId`];
  }
  if (UNDESCRIBED_STATUSES[path]?.includes(status)) {
    const message = (body as Record<string, unknown> | undefined)?.message;
    return typeof message === "string" ? [] : [`${prefix}: the server's ${status} carries a message`];
  }
  if (status < 400 || typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  const problem = body as Record<string, unknown>;
  if (typeof problem.type !== "string" || typeof problem.title !== "string" || "message" in problem) return undefined;
  const issues: string[] = [];
  if (problem.status !== undefined && problem.status !== status)
    issues.push(`problem status ${String(problem.status)} differs from the HTTP status`);
  if (problem.detail !== undefined && typeof problem.detail !== "string") issues.push("problem detail must be a string");
  if (problem.data !== undefined && (typeof problem.data !== "object" || problem.data === null || Array.isArray(problem.data)))
    issues.push("problem data must be an object");
  return issues.map((issue) => `${prefix}: ${issue}`);
}
