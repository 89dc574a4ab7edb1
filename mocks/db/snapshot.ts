// The mock's records as plain JSON, so the browser build can keep them across a reload
// (mocks/browserPersistence.ts); Vitest and the Node server never use it (they stay in memory).
// Secrets are never part of a snapshot: every `airbyte_secret` value is replaced by the marker the
// API answers with (`**********`), so a restored record keeps its shape and its checks still pass,
// but a typed password, key or token never reaches storage.
// Definitions, commands and pulled images are not kept: definitions come from the fixtures again,
// a command or an image pull does not outlive the page.
import { keepingHeld, loadDefinitions, connectionSpecification } from "./definitions";
import { maskSecrets } from "../lib/secrets";
import type { JobRecord } from "../jobs/model";
import { recordedEvents, restoreRecordedEvents, type TimelineEvent } from "../jobs/timeline";
import type { ActorRecord, ConnectionRecord, Db } from "./store";
import type { S } from "../lib/types";

/** Bump whenever the shape of a record changes: a snapshot of another version is discarded, never half-read. */
const SNAPSHOT_VERSION = 1;

export interface Snapshot {
  version: number;
  sources: ActorRecord[];
  destinations: ActorRecord[];
  connections: ConnectionRecord[];
  deletedConnections: [string, { name: string; sourceName: string; destinationName: string }][];
  jobs: JobRecord[];
  nextJobId: number;
  schemaEvolution: [string, number][];
  brokenSchemas: string[];
  failingAttempts: [string, number][];
  /** Timeline events recorded by hand (settings, status, manual starts); absent in older snapshots. */
  connectionEvents?: TimelineEvent[];
  /** Actors still pinned (only the seed's pins can be restored: a pin holds a connector file); absent in older snapshots: the seed's. */
  pinnedActors?: string[];
  /** Absent in snapshots taken before tags existed: none then. */
  tags?: S["Tag"][];
}

function withoutSecrets(db: Db, actor: ActorRecord): ActorRecord {
  const definition = db.definitions.find((d) => d.kind === actor.kind && d.id === actor.definitionId);
  // No spec to tell secrets from the rest: keep none of the configuration rather than risk one.
  return { ...actor, configuration: definition ? maskSecrets(actor.configuration, connectionSpecification(definition)) : {} };
}

/** The database's records as JSON, secrets masked. `db` must be complete (ensureDb()): masking needs every definition. */
export function takeSnapshot(db: Db): Snapshot {
  return {
    version: SNAPSHOT_VERSION,
    sources: [...db.sources.values()].map((actor) => withoutSecrets(db, actor)),
    destinations: [...db.destinations.values()].map((actor) => withoutSecrets(db, actor)),
    connections: [...db.connections.values()],
    deletedConnections: [...db.deletedConnections],
    jobs: [...db.jobs.values()],
    nextJobId: db.nextJobId,
    schemaEvolution: [...db.schemaEvolution],
    brokenSchemas: [...db.brokenSchemas],
    failingAttempts: [...db.failingAttempts],
    connectionEvents: recordedEvents(db),
    tags: [...(db.tags?.values() ?? [])],
    pinnedActors: [...db.versionPins.keys()],
  };
}

/** Whether `value` is a snapshot this version can read (anything else is discarded). */
export function isSnapshot(value: unknown): value is Snapshot {
  if (typeof value !== "object" || value === null) return false;
  const snapshot = value as Partial<Snapshot>;
  return (
    snapshot.version === SNAPSHOT_VERSION &&
    [snapshot.sources, snapshot.destinations, snapshot.connections, snapshot.deletedConnections, snapshot.jobs].every(Array.isArray) &&
    [snapshot.schemaEvolution, snapshot.brokenSchemas, snapshot.failingAttempts].every(Array.isArray) &&
    typeof snapshot.nextJobId === "number"
  );
}

/** Put a snapshot's records in place of the seed's (`db` is a freshly built seed). */
export async function restoreSnapshot(db: Db, snapshot: Snapshot): Promise<void> {
  db.sources = new Map(snapshot.sources.map((actor) => [actor.id, actor]));
  db.destinations = new Map(snapshot.destinations.map((actor) => [actor.id, actor]));
  db.connections = new Map(snapshot.connections.map((connection) => [connection.connectionId, connection]));
  db.deletedConnections = new Map(snapshot.deletedConnections);
  db.jobs = new Map(snapshot.jobs.map((job) => [job.id, job]));
  db.nextJobId = snapshot.nextJobId;
  db.schemaEvolution = new Map(snapshot.schemaEvolution);
  db.brokenSchemas = new Set(snapshot.brokenSchemas);
  db.failingAttempts = new Map(snapshot.failingAttempts);
  restoreRecordedEvents(db, Array.isArray(snapshot.connectionEvents) ? snapshot.connectionEvents : []);
  db.tags = new Map((snapshot.tags ?? []).map((tag) => [tag.tagId, tag]));
  // An upgrade removed a pin: it stays removed after a reload.
  if (Array.isArray(snapshot.pinnedActors))
    for (const actorId of [...db.versionPins.keys()]) if (!snapshot.pinnedActors.includes(actorId)) db.versionPins.delete(actorId);
  // The first screen lists every connection with its source and destination: load the definitions
  // of records made from connectors outside the seed before it asks.
  const known = new Set(db.definitions.map((d) => d.id));
  if ([...db.sources.values(), ...db.destinations.values()].some((actor) => !known.has(actor.definitionId))) {
    db.definitions = keepingHeld(db.definitions, await loadDefinitions());
  }
}
