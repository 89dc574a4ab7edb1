// The seeded workspace: what a newcomer sees on the first screen. Ids and names come from
// mocks/seed/ids.ts (tests import SEED too). Connections carry real catalogs; the job history
// spans about three weeks (mocks/jobs/history.ts).
import { dataSource } from '../data/source';
import { cloneJson, toApiCatalog } from '../lib/catalog';
import { now } from '../lib/settings';
import type { ApiCatalog } from '../lib/types';
import { SEED } from '../seed/ids';
import { seedHistory } from '../jobs/history';
import { loadDefinitions, type Definition } from './definitions';
import type { ActorRecord, ConnectionRecord, Db } from './store';

const DAY = 24 * 60 * 60 * 1000;

function definitionFor(definitions: Definition[], key: string): Definition {
  const found = definitions.find((d) => d.key === key || d.dockerRepository === `airbyte/${key}`);
  if (!found) throw new Error(`The seed needs the connector ${key} in mocks/data/connectors.`);
  return found;
}

// What each seeded destination accepts (its spec's supported_destination_sync_modes): a saved
// connection must only use modes its destination supports, as a real server would insist.
const DESTINATION_MODES: Record<string, readonly string[]> = {
  s3: ['overwrite', 'append'],
  redshift: ['overwrite', 'append', 'append_dedup'],
};

async function catalog(name: string, select: (streamName: string, index: number) => boolean, destinationModes: readonly string[]): Promise<ApiCatalog> {
  const protocol = await dataSource().catalog(name);
  const api = toApiCatalog(protocol ?? { streams: [] }, 'configured');
  api.streams.forEach((stream, i) => {
    stream.config.selected = select(stream.stream.name, i);
    // The real configured catalogs were made for other destinations: fall back from deduplication.
    if (!destinationModes.includes(stream.config.destinationSyncMode)) {
      stream.config.destinationSyncMode = stream.config.destinationSyncMode === 'overwrite_dedup' ? 'overwrite' : 'append';
    }
  });
  return api;
}

export async function buildSeed(): Promise<Db> {
  const definitions = await loadDefinitions();
  const t = now();
  const workspaceId = SEED.workspace.id;
  const actor = (kind: ActorRecord['kind'], seed: { id: string; name: string; definition: string }, configuration: ActorRecord['configuration'], ageDays: number): ActorRecord => ({
    id: seed.id,
    kind,
    definitionId: definitionFor(definitions, seed.definition).id,
    workspaceId,
    name: seed.name,
    configuration,
    createdAt: Math.floor((t - ageDays * DAY) / 1000),
  });

  const sources = [
    actor('source', SEED.sources.postgres, {
      host: 'db.prod.internal.example.com',
      port: 5432,
      database: 'app',
      schemas: ['public'],
      username: 'airbyte_reader',
      password: 'pg-s3cret-Passw0rd',
      ssl_mode: { mode: 'require' },
      replication_method: { method: 'Standard' },
      tunnel_method: { tunnel_method: 'SSH_KEY_AUTH', tunnel_host: 'bastion.example.com', tunnel_port: 22, tunnel_user: 'airbyte', ssh_key: '-----BEGIN OPENSSH PRIVATE KEY-----\nmock\n-----END OPENSSH PRIVATE KEY-----' },
    }, 40),
    actor('source', SEED.sources.stripe, { account_id: 'acct_1Jx2Yz3Ab4Cd5Ef6', client_secret: 'sk_live_mock_51Jx2Yz3Ab4Cd5Ef6', start_date: '2024-01-01T00:00:00Z', lookback_window_days: 0, slice_range: 365 }, 35),
    actor('source', SEED.sources.facebook, { account_id: '1234567890123456', start_date: '2024-01-01T00:00:00Z', access_token: 'EAAB-mock-facebook-access-token', include_deleted: false, fetch_thumbnail_images: false, page_size: 100, insights_lookback_window: 28, max_batch_size: 50 }, 30),
  ];
  const destinations = [
    actor('destination', SEED.destinations.s3, {
      access_key_id: 'AKIAMOCKACCESSKEY01',
      secret_access_key: 'mock/secret+access/key',
      s3_bucket_name: 'acme-data-lake',
      s3_bucket_path: 'airbyte',
      s3_bucket_region: 'eu-west-1',
      format: { format_type: 'Parquet', compression_codec: 'SNAPPY' },
    }, 40),
    actor('destination', SEED.destinations.redshift, { host: 'analytics.abc123.eu-west-1.redshift.amazonaws.com', port: 5439, username: 'airbyte', password: 'redshift-Passw0rd', database: 'analytics', schema: 'stripe', uploading_method: { method: 'Standard' } }, 35),
  ];

  const [pgCatalog, stripeCatalog, facebookCatalog] = await Promise.all([
    catalog('internal-pg', (_name, i) => i < 12, DESTINATION_MODES.s3!),
    catalog('stripe', () => true, DESTINATION_MODES.redshift!),
    catalog('facebook', (_name, i) => i < 8, DESTINATION_MODES.s3!),
  ]);

  const connection = (seed: { id: string; name: string }, sourceId: string, destinationId: string, syncCatalog: ApiCatalog, extra: Partial<ConnectionRecord>): ConnectionRecord => ({
    connectionId: seed.id,
    workspaceId,
    name: seed.name,
    sourceId,
    destinationId,
    status: 'active',
    namespaceDefinition: 'destination',
    prefix: '',
    syncCatalog: cloneJson(syncCatalog),
    scheduleType: 'basic',
    scheduleData: { basicSchedule: { timeUnit: 'hours', units: 24 } },
    nonBreakingChangesPreference: 'propagate_columns',
    backfillPreference: 'disabled',
    notifySchemaChanges: true,
    notifySchemaChangesByEmail: false,
    breakingChange: false,
    createdAt: Math.floor((t - 22 * DAY) / 1000),
    ...extra,
  });

  const connections = [
    connection(SEED.connections.postgresToS3, SEED.sources.postgres.id, SEED.destinations.s3.id, pgCatalog, {
      namespaceDefinition: 'source',
      scheduleType: 'basic',
      scheduleData: { basicSchedule: { timeUnit: 'hours', units: 8 } },
    }),
    connection(SEED.connections.stripeToRedshift, SEED.sources.stripe.id, SEED.destinations.redshift.id, stripeCatalog, {
      scheduleType: 'cron',
      scheduleData: { cron: { cronExpression: '0 0 */12 * * ?', cronTimeZone: 'UTC' } },
      prefix: 'stripe_',
    }),
    connection(SEED.connections.facebookToS3, SEED.sources.facebook.id, SEED.destinations.s3.id, facebookCatalog, {
      status: 'inactive',
      scheduleType: 'manual',
      scheduleData: undefined,
      namespaceDefinition: 'customformat',
      namespaceFormat: 'facebook_${SOURCE_NAMESPACE}',
      nonBreakingChangesPreference: 'ignore',
    }),
  ];

  const db: Db = {
    workspace: {
      workspaceId,
      customerId: '3f1b2c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      organizationId: SEED.organizationId,
      name: SEED.workspace.name,
      slug: 'default-workspace',
      email: 'data-team@example.com',
      initialSetupComplete: true,
      displaySetupWizard: false,
      anonymousDataCollection: false,
      news: false,
      securityUpdates: true,
      notifications: [],
      firstCompletedSync: true,
      feedbackDone: true,
      tombstone: false,
    },
    definitions,
    sources: new Map(sources.map((s) => [s.id, s])),
    destinations: new Map(destinations.map((d) => [d.id, d])),
    connections: new Map(connections.map((c) => [c.connectionId, c])),
    jobs: new Map(),
    nextJobId: 1,
    schemaEvolution: new Map(),
    // The deterministic scenario: the Stripe connection's next sync fails once, then succeeds.
    failingAttempts: new Map([[SEED.connections.stripeToRedshift.id, 1]]),
  };
  seedHistory(db, t);
  return db;
}
