// The mock backend's in-memory database. Created from the seed on the first request (loading the
// fixture data lazily), reset by the control API. State lives in memory only: a browser reload
// starts again from the seed (nothing, and so no secret, is persisted).
import type { ApiCatalog, JsonObject, S } from '../lib/types';
import type { Definition } from './definitions';
import type { JobRecord } from '../jobs/model';

export interface ActorRecord {
  id: string;
  kind: 'source' | 'destination';
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
  status: S['ConnectionStatus'];
  namespaceDefinition: S['NamespaceDefinitionType'];
  namespaceFormat?: string;
  prefix: string;
  syncCatalog: ApiCatalog;
  scheduleType: S['ConnectionScheduleType'];
  scheduleData?: S['ConnectionScheduleData'];
  nonBreakingChangesPreference: S['NonBreakingChangesPreference'];
  backfillPreference?: S['SchemaChangeBackfillPreference'];
  notifySchemaChanges: boolean;
  notifySchemaChangesByEmail: boolean;
  sourceCatalogId?: string;
  breakingChange: boolean;
  /** Rounds of schema evolution of the source that the saved catalog already reflects (see Db.schemaEvolution). */
  schemaLevel?: number;
  createdAt: number;
}

export interface Db {
  workspace: S['WorkspaceRead'];
  definitions: Definition[];
  sources: Map<string, ActorRecord>;
  destinations: Map<string, ActorRecord>;
  connections: Map<string, ConnectionRecord>;
  jobs: Map<number, JobRecord>;
  nextJobId: number;
  /** Rounds of schema evolution to apply to a source's next discovers (control API evolveSchema). */
  schemaEvolution: Map<string, number>;
  /** Connections whose next sync has this many failing attempts before one succeeds. */
  failingAttempts: Map<string, number>;
}

let db: Db | undefined;
let loading: Promise<Db> | undefined;

export function ensureDb(): Promise<Db> {
  if (db) return Promise.resolve(db);
  loading ??= import('./seed').then(async ({ buildSeed }) => {
    db = await buildSeed();
    return db;
  });
  return loading;
}

/** The database; only valid after ensureDb() (every endpoint awaits it first). */
export function getDb(): Db {
  if (!db) throw new Error('The mock database is not loaded yet (ensureDb() was not awaited).');
  return db;
}

/** Back to the seed. */
export async function resetDb(): Promise<void> {
  const { buildSeed } = await import('./seed');
  db = await buildSeed();
  loading = Promise.resolve(db);
}
