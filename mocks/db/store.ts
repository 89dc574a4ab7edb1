// The mock backend's in-memory database: its records and the one being served. Created from the
// seed on the first request and reset by the control API (./load.ts). In the browser its records
// (secrets masked) are also kept across reloads: ../browserPersistence.ts, ./snapshot.ts.
import type { ApiCatalog, JsonObject, S } from "../lib/types";
import type { Definition } from "./definitions";
import type { JobRecord } from "../jobs/model";
import type { VersionPin } from "./versions";

export interface ActorRecord {
  id: string;
  kind: "source" | "destination";
  definitionId: string;
  workspaceId: string;
  name: string;
  /** The real configuration, secrets included; responses mask it. */
  configuration: JsonObject;
  createdAt: number;
}

export interface ConnectionRecord {
  connectionId: string;
  workspaceId: string;
  name: string;
  sourceId: string;
  destinationId: string;
  status: S["ConnectionStatus"];
  namespaceDefinition: S["NamespaceDefinitionType"];
  namespaceFormat?: string;
  prefix: string;
  /** A seeded connection's is read from the fixtures by ensureDb(); reading it earlier throws. */
  syncCatalog: ApiCatalog;
  scheduleType: S["ConnectionScheduleType"];
  scheduleData?: S["ConnectionScheduleData"];
  nonBreakingChangesPreference: S["NonBreakingChangesPreference"];
  backfillPreference?: S["SchemaChangeBackfillPreference"];
  notifySchemaChanges: boolean;
  notifySchemaChangesByEmail: boolean;
  sourceCatalogId?: string;
  breakingChange: boolean;
  /** Rounds of schema evolution of the source that the saved catalog already reflects (see Db.schemaEvolution). */
  schemaLevel?: number;
  createdAt: number;
  /** Ids of the connection's tags (./tags.ts); absent: none. */
  tagIds?: string[];
}

/** What is left of a deleted connection: enough to place it in a sorted list. */
interface DeletedConnection {
  name: string;
  sourceName: string;
  destinationName: string;
}

export interface Db {
  workspace: S["WorkspaceRead"];
  /** Only the seeded connectors' until ensureDb() has loaded them all. */
  definitions: Definition[];
  sources: Map<string, ActorRecord>;
  destinations: Map<string, ActorRecord>;
  connections: Map<string, ConnectionRecord>;
  /**
   * Deleted connections, as a cursor still finds them: Airbyte only marks a deleted connection
   * `deprecated` (ConnectionHelper.deleteConnection), and its cursor look-up does not skip those
   * (ConnectionServiceJooqImpl.getWorkspaceStandardSyncWithJobInfo), so a page can follow one.
   */
  deletedConnections: Map<string, DeletedConnection>;
  jobs: Map<number, JobRecord>;
  nextJobId: number;
  /** Rounds of schema evolution to apply to a source's next discovers (control API evolveSchema). */
  schemaEvolution: Map<string, number>;
  /** Sources whose next discovers lose the cursor and key fields their connections use (control API breakSchema). */
  brokenSchemas: Set<string>;
  /** Connections whose next sync has this many failing attempts before one succeeds. */
  failingAttempts: Map<string, number>;
  /** Commands by id (the client's idempotency key). */
  commands: Map<string, CommandRecord>;
  /** Definition id -> when its image is on the node (mock clock, ms); absent: never pulled yet. */
  imageReadyAt: Map<string, number>;
  /** Actors held on an older connector version, by actor id (./versions.ts). */
  versionPins: Map<string, VersionPin>;
  /** Tags by id (./tags.ts makes the table on first use). */
  tags?: Map<string, S["Tag"]>;
}

/** A check or discover started through the command API (routes/commands.ts); times on the mock's clock (ms). */
export interface CommandRecord {
  id: string;
  type: "check" | "discover";
  kind: "source" | "destination";
  definitionId: string;
  /** Discover (and a check of a saved actor): the actor it runs for. */
  actorId?: string;
  /** The configuration checked, secrets included. */
  configuration: JsonObject;
  createdAt: number;
  /** Until then `pending` (waiting for its pod, pulling the image), then `running`. */
  startsAt: number;
  /** From then `completed`. */
  endsAt: number;
  cancelledAt?: number;
}

let db: Db | undefined;

/** The database; only valid after ensureCoreDb() or ensureDb() (./load.ts; every endpoint awaits one first). */
export function getDb(): Db {
  if (!db) throw new Error("The mock database is not loaded yet (ensureDb() was not awaited).");
  return db;
}

/** The database being served from now on (./load.ts builds it from the seed). */
export function setDb(next: Db): void {
  db = next;
}

/** Whether `candidate` is still the database being served (a reset replaces it). */
export function isCurrentDb(candidate: Db): boolean {
  return candidate === db;
}
