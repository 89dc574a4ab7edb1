// Sources and destinations: create, get, list (paged: ./actorList.ts), update, delete,
// check_connection(_for_update). Both kinds behave the same; only the field names differ. A
// synchronous check takes as long as a check command (../db/connectorRuns.ts: the first run of a
// connector pulls its image) and answers only then: the request stays open for minutes, as on a
// real server.
import { actorById, checkResult, definitionById, destinationRead, sourceRead, validateConfiguration } from "../db/actors";
import { deleteConnection } from "../db/connections";
import { getDb, type ActorRecord } from "../db/store";
import { invalidInput, requireName } from "../lib/errors";
import { uuid } from "../lib/random";
import { post } from "../lib/route";
import { scheduleRun, untilClock } from "../db/connectorRuns";
import { listActors } from "./actorList";
import { upgradeActorVersion } from "../db/versions";
import { mergeSecrets } from "../lib/secrets";
import { now } from "../lib/settings";
import type { JsonObject } from "../lib/types";

type Kind = "source" | "destination";

const names = {
  source: { id: "sourceId", definitionId: "sourceDefinitionId", definitionName: "sourceName", list: "sources" },
  destination: { id: "destinationId", definitionId: "destinationDefinitionId", definitionName: "destinationName", list: "destinations" },
} as const;

function read(actor: ActorRecord) {
  return actor.kind === "source" ? sourceRead(actor) : destinationRead(actor);
}

function store(kind: Kind): Map<string, ActorRecord> {
  return kind === "source" ? getDb().sources : getDb().destinations;
}

function actorHandlers(kind: Kind) {
  const n = names[kind];
  const base = `/v1/${n.list}` as const;
  return [
    post(`${base}/create` as const, (body) => {
      if (body.workspaceId !== getDb().workspace.workspaceId)
        throw invalidInput([
          { propertyPath: "workspaceId", message: "does not name an existing workspace", invalidValue: body.workspaceId },
        ]);
      const name = requireName(body.name);
      const definition = definitionById(kind, body[n.definitionId]);
      const configuration = validateConfiguration(mergeSecrets(body.connectionConfiguration, undefined), definition);
      const actor: ActorRecord = {
        id: uuid(),
        kind,
        definitionId: definition.id,
        workspaceId: getDb().workspace.workspaceId,
        name,
        configuration,
        createdAt: Math.floor(now() / 1000),
      };
      store(kind).set(actor.id, actor);
      return read(actor);
    }),
    post(`${base}/get` as const, (body) => read(actorById(kind, body[n.id]))),
    post(`${base}/list` as const, (body) => listActors(kind, body)),
    post(`${base}/update` as const, (body) => {
      const actor = actorById(kind, body[n.id]);
      const name = requireName(body.name);
      const definition = definitionById(kind, actor.definitionId);
      const configuration = validateConfiguration(mergeSecrets(body.connectionConfiguration, actor.configuration), definition);
      actor.name = name;
      actor.configuration = configuration as JsonObject;
      return read(actor);
    }),
    post(`${base}/delete` as const, (body) => {
      const actor = actorById(kind, body[n.id]);
      // As in Airbyte, the connections that use it go too (first, while its name is still known).
      for (const connection of [...getDb().connections.values()]) {
        if ((kind === "source" ? connection.sourceId : connection.destinationId) === actor.id) deleteConnection(connection);
      }
      store(kind).delete(actor.id);
      // Its version pin goes with it (the server scopes a pin to the actor; nothing reads it once the actor is gone).
      getDb().versionPins.delete(actor.id);
      return undefined;
    }),
    // To the definition's default version (../db/versions.ts); 204 whether or not there was a pin.
    post(`${base}/upgrade_version` as const, (body) => {
      upgradeActorVersion(actorById(kind, body[n.id]), now());
      return undefined;
    }),
    post(`${base}/check_connection` as const, async (body) => {
      const actor = actorById(kind, body[n.id]);
      const startedAt = now();
      await untilClock(scheduleRun(actor.definitionId).endsAt);
      return checkResult(definitionById(kind, actor.definitionId), actor.configuration, startedAt, actor.id);
    }),
    post(`${base}/check_connection_for_update` as const, async (body) => {
      const actor = actorById(kind, body[n.id]);
      const definition = definitionById(kind, actor.definitionId);
      const configuration = validateConfiguration(mergeSecrets(body.connectionConfiguration, actor.configuration), definition);
      const startedAt = now();
      await untilClock(scheduleRun(definition.id).endsAt);
      return checkResult(definition, configuration as JsonObject, startedAt, actor.id);
    }),
    // Checks an unsaved configuration (the create form's "Test"); with an id, masked secrets come from the stored one.
    post(`/v1/scheduler/${n.list}/check_connection` as const, async (body) => {
      const definition = definitionById(kind, body[n.definitionId]);
      const stored = typeof body[n.id] === "string" ? store(kind).get(body[n.id] as string)?.configuration : undefined;
      const configuration = validateConfiguration(mergeSecrets(body.connectionConfiguration, stored), definition);
      const startedAt = now();
      await untilClock(scheduleRun(definition.id).endsAt);
      return checkResult(definition, configuration as JsonObject, startedAt);
    }),
  ];
}

export const actorRoutes = [...actorHandlers("source"), ...actorHandlers("destination")];
