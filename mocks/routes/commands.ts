// The async command API (CommandApiController.kt in airbytehq/airbyte-platform, read for behaviour
// only): `run/check` and `run/discover` start a command under the client's id and answer at once;
// `status` says pending / running / completed / cancelled; `output/*` reads the result once it has
// ended; `cancel` stops it. Timing in ../db/connectorRuns.ts. With the control API's
// setCommandApi(false) every route answers 404, as a server without the controller does.
// A command id the server does not know (forgotten, or never started) is refused with 403: the
// controller finds a command's workspace to check the caller's role, and without one throws a
// ForbiddenProblem (withRoleValidation). Older versions answered `{id}` without a status instead.
import { HttpResponse } from "msw";
import { actorById, checkFailure, definitionById } from "../db/actors";
import { discoverCatalog } from "../db/connections";
import { cancelCommand, commandStatus, findCommand, missingOutputReason, scheduleRun } from "../db/connectorRuns";
import { getDb, type CommandRecord } from "../db/store";
import { invalidInput, MockHttpError, notFound, problem } from "../lib/errors";
import { uuid } from "../lib/random";
import { post } from "../lib/route";
import { mergeSecrets } from "../lib/secrets";
import { now, settings } from "../lib/settings";
import type { ApiPath } from "../lib/route";
import type { JsonObject } from "../lib/types";

/** Micronaut's answer to a route the server does not have (an Airbyte before the command API). */
function noSuchRoute(): Response {
  return HttpResponse.json({ message: "Not Found", _embedded: { errors: [{ message: "Page Not Found" }] } }, { status: 404 });
}

type Body = Record<string, unknown>;

function commandRoute(path: ApiPath, resolve: (body: Body) => unknown) {
  return post(path, async (body) => (settings.commandApi ? resolve(body) : noSuchRoute()));
}

function requireId(body: Body): string {
  if (typeof body.id !== "string" || !body.id) throw invalidInput([{ propertyPath: "id", message: "is required" }]);
  return body.id;
}

/** A definition or actor id of either kind (the command API does not say which). */
function definitionOfEither(id: unknown) {
  try {
    return definitionById("source", id);
  } catch (error) {
    if (!(error instanceof MockHttpError)) throw error;
    return definitionById("destination", id);
  }
}

function actorOfEither(id: unknown) {
  return typeof id === "string" && getDb().sources.has(id) ? actorById("source", id) : actorById("destination", id);
}

/** A new command, unless one with this id exists (the id is an idempotency key: CommandService answers the same id). */
function create(id: string, fields: Omit<CommandRecord, "id" | "createdAt" | "startsAt" | "endsAt">): { id: string } {
  if (!getDb().commands.has(id)) {
    const { startsAt, endsAt } = scheduleRun(fields.definitionId);
    getDb().commands.set(id, { id, ...fields, createdAt: now(), startsAt, endsAt });
  }
  return { id };
}

/** The command an id names; an unknown one is refused as the controller refuses it (see above). */
function knownCommand(body: Body, role: "WORKSPACE_READER" | "WORKSPACE_RUNNER"): CommandRecord {
  const command = findCommand(requireId(body));
  if (!command) {
    throw problem(403, "https://reference.airbyte.com/reference/errors#forbidden", "forbidden", "The request is forbidden.", {
      message: `User does not have the required ${role} permissions to access the resource(s).`,
    });
  }
  return command;
}

function outputOf(body: Body, type: CommandRecord["type"]): CommandRecord {
  const command = knownCommand(body, "WORKSPACE_READER");
  if (command.type !== type) throw invalidInput([{ propertyPath: "id", message: `names a ${command.type} command` }]);
  return command;
}

export const commandRoutes = [
  commandRoute("/v1/commands/run/check", (body) => {
    const id = requireId(body);
    if (typeof body.actor_id === "string") {
      const actor = actorOfEither(body.actor_id);
      return create(id, {
        type: "check",
        kind: actor.kind,
        definitionId: actor.definitionId,
        actorId: actor.id,
        configuration: actor.configuration,
      });
    }
    if (body.workspace_id !== getDb().workspace.workspaceId) throw notFound("STANDARD_WORKSPACE", String(body.workspace_id ?? ""));
    const definition = definitionOfEither(body.actor_definition_id);
    // A configuration for a definition: a masked secret has nothing to be merged with (SecretSanitizer.sanitizePartialConfig).
    const configuration = mergeSecrets(typeof body.config === "object" && body.config !== null ? body.config : {}, undefined) as JsonObject;
    return create(id, { type: "check", kind: definition.kind, definitionId: definition.id, configuration });
  }),
  commandRoute("/v1/commands/run/discover", (body) => {
    const id = requireId(body);
    const source = actorById("source", body.actor_id);
    return create(id, {
      type: "discover",
      kind: "source",
      definitionId: source.definitionId,
      actorId: source.id,
      configuration: source.configuration,
    });
  }),
  commandRoute("/v1/commands/status", (body) => {
    const command = knownCommand(body, "WORKSPACE_READER");
    return { id: command.id, status: commandStatus(command) };
  }),
  commandRoute("/v1/commands/output/check", (body) => {
    const command = outputOf(body, "check");
    const id = command.id;
    const missing = missingOutputReason(command);
    // The controller reports a missing output as a failed check with the reason as its message.
    if (missing) return { id, status: "failed", message: missing.externalMessage, failureReason: missing };
    const failure = checkFailure(command.configuration, definitionById(command.kind, command.definitionId));
    return { id, status: failure ? "failed" : "succeeded", ...(failure ? { message: failure } : {}) };
  }),
  commandRoute("/v1/commands/output/discover", async (body) => {
    const command = outputOf(body, "discover");
    const id = command.id;
    const missing = missingOutputReason(command);
    if (missing) return { id, status: "failed", failureReason: missing };
    const source = actorById("source", command.actorId);
    const failure = checkFailure(source.configuration, definitionById("source", source.definitionId));
    if (failure) {
      return {
        id,
        status: "failed",
        failureReason: {
          failureOrigin: "source",
          failureType: "config_error",
          externalMessage: failure,
          internalMessage: failure,
          timestamp: command.endsAt,
          retryable: false,
        },
      };
    }
    return { id, status: "succeeded", catalogId: uuid(), catalog: await discoverCatalog(source) };
  }),
  commandRoute("/v1/commands/cancel", (body) => {
    const command = knownCommand(body, "WORKSPACE_RUNNER");
    cancelCommand(command.id);
    return { id: command.id };
  }),
];
