// The seeded workspace: what a newcomer sees on the first screen. Ids and names come from
// mocks/seed/ids.ts (tests import SEED too); the job history spans about three weeks
// (mocks/jobs/history.ts). Built in two steps so the first screen does not wait for fixture data
// it does not show: buildSeed() reads only the five seeded connectors; completeSeed() adds every
// other definition and the connections' real catalogs once an endpoint needs them (see ./load.ts).
import { now } from "../lib/settings";
import { loadedLater } from "../lib/loadedLater";
import { SEED } from "../seed/ids";
import { SEEDED_CATALOGS } from "../seed/streams";
import { seedHistory } from "../jobs/history";
import { keepingHeld, loadDefinition, loadDefinitions, loadRegistryDefinition, type Definition } from "./definitions";
import type { VersionPin } from "./versions";
import { attachSeededCatalogs } from "./seedCatalogs";
import type { ActorRecord, ConnectionRecord, Db } from "./store";

const DAY = 24 * 60 * 60 * 1000;

export async function buildSeed(): Promise<Db> {
  // Only the seeded connectors: the first screen shows nothing of the others.
  const keys: string[] = [...Object.values(SEED.sources), ...Object.values(SEED.destinations)].map((seed) => seed.definition);
  const definitions = await Promise.all(keys.map(loadDefinition));
  const pinAt = keys.indexOf(SEED.versionPin.definition);
  const pinned = await heldBackVersion(definitions[pinAt]!);
  if (pinned) definitions[pinAt] = pinned.defaultVersion;
  const definitionId = new Map(keys.map((key, i) => [key, definitions[i]!.id]));
  const t = now();
  const workspaceId = SEED.workspace.id;
  const actor = (
    kind: ActorRecord["kind"],
    seed: { id: string; name: string; definition: string },
    configuration: ActorRecord["configuration"],
    ageDays: number,
  ): ActorRecord => ({
    id: seed.id,
    kind,
    definitionId: definitionId.get(seed.definition)!,
    workspaceId,
    name: seed.name,
    configuration,
    createdAt: Math.floor((t - ageDays * DAY) / 1000),
  });

  const sources = [
    actor(
      "source",
      SEED.sources.postgres,
      {
        host: "db.prod.internal.example.com",
        port: 5432,
        database: "app",
        schemas: ["public"],
        username: "airbyte_reader",
        password: "pg-s3cret-Passw0rd",
        ssl_mode: { mode: "require" },
        // CDC, as the Airbyte Postgres whose real catalog (internal-pg) the seeded connection uses.
        replication_method: { method: "CDC", replication_slot: "airbyte_slot", publication: "airbyte_publication" },
        tunnel_method: {
          tunnel_method: "SSH_KEY_AUTH",
          tunnel_host: "bastion.example.com",
          tunnel_port: 22,
          tunnel_user: "airbyte",
          ssh_key: "-----BEGIN OPENSSH PRIVATE KEY-----\nmock\n-----END OPENSSH PRIVATE KEY-----",
        },
      },
      40,
    ),
    actor(
      "source",
      SEED.sources.stripe,
      {
        account_id: "acct_1Jx2Yz3Ab4Cd5Ef6",
        client_secret: "sk_live_mock_51Jx2Yz3Ab4Cd5Ef6",
        start_date: "2024-01-01T00:00:00Z",
        lookback_window_days: 0,
        slice_range: 365,
      },
      35,
    ),
    actor(
      "source",
      SEED.sources.facebook,
      {
        account_id: "1234567890123456",
        start_date: "2024-01-01T00:00:00Z",
        access_token: "EAAB-mock-facebook-access-token",
        include_deleted: false,
        fetch_thumbnail_images: false,
        page_size: 100,
        insights_lookback_window: 28,
        max_batch_size: 50,
      },
      30,
    ),
  ];
  const destinations = [
    actor(
      "destination",
      SEED.destinations.s3,
      {
        access_key_id: "AKIAMOCKACCESSKEY01",
        secret_access_key: "mock/secret+access/key",
        s3_bucket_name: "acme-data-lake",
        s3_bucket_path: "airbyte",
        s3_bucket_region: "eu-west-1",
        format: { format_type: "Parquet", compression_codec: "SNAPPY" },
      },
      40,
    ),
    actor(
      "destination",
      SEED.destinations.redshift,
      {
        host: "analytics.abc123.eu-west-1.redshift.amazonaws.com",
        port: 5439,
        username: "airbyte",
        password: "redshift-Passw0rd",
        database: "analytics",
        schema: "stripe",
        uploading_method: { method: "Standard" },
      },
      35,
    ),
  ];

  // The catalog comes later (completeSeed): reading it before then throws rather than answer "no streams".
  type SeededRecord = Omit<ConnectionRecord, "syncCatalog">;
  const connection = (
    seed: { id: string; name: string },
    sourceId: string,
    destinationId: string,
    extra: Partial<SeededRecord>,
  ): ConnectionRecord =>
    loadedLater<ConnectionRecord, "syncCatalog">(
      {
        connectionId: seed.id,
        workspaceId,
        name: seed.name,
        sourceId,
        destinationId,
        status: "active",
        namespaceDefinition: "destination",
        prefix: "",
        scheduleType: "basic",
        scheduleData: { basicSchedule: { timeUnit: "hours", units: 24 } },
        nonBreakingChangesPreference: "propagate_columns",
        backfillPreference: "disabled",
        notifySchemaChanges: true,
        notifySchemaChangesByEmail: false,
        breakingChange: false,
        createdAt: Math.floor((t - 22 * DAY) / 1000),
        ...extra,
      },
      "syncCatalog",
      "a seeded connection gets its catalog in completeSeed(), so an endpoint that reads it must not be core-only",
    );

  const connections = [
    connection(SEED.connections.postgresToS3, SEED.sources.postgres.id, SEED.destinations.s3.id, {
      namespaceDefinition: "source",
      scheduleType: "basic",
      scheduleData: { basicSchedule: { timeUnit: "hours", units: 8 } },
    }),
    connection(SEED.connections.stripeToRedshift, SEED.sources.stripe.id, SEED.destinations.redshift.id, {
      scheduleType: "cron",
      scheduleData: { cron: { cronExpression: "0 0 */12 * * ?", cronTimeZone: "UTC" } },
      prefix: "stripe_",
    }),
    connection(SEED.connections.facebookToS3, SEED.sources.facebook.id, SEED.destinations.s3.id, {
      status: "inactive",
      scheduleType: "manual",
      scheduleData: undefined,
      namespaceDefinition: "customformat",
      namespaceFormat: "facebook_${SOURCE_NAMESPACE}",
      nonBreakingChangesPreference: "ignore",
    }),
  ];

  const db: Db = {
    workspace: {
      workspaceId,
      customerId: "3f1b2c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
      organizationId: SEED.organizationId,
      name: SEED.workspace.name,
      slug: "default-workspace",
      email: "data-team@example.com",
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
    deletedConnections: new Map(),
    jobs: new Map(),
    nextJobId: 1,
    schemaEvolution: new Map(),
    brokenSchemas: new Set(),
    // The deterministic scenario: the Stripe connection's next sync fails once, then succeeds.
    failingAttempts: new Map([[SEED.connections.stripeToRedshift.id, 1]]),
    commands: new Map(),
    versionPins: new Map(pinned ? [[SEED.versionPin.sourceId, pinned.pin]] : []),
    // The seeded connectors have run before: their images are pulled already.
    imageReadyAt: new Map([...sources, ...destinations].map((actor) => [actor.definitionId, 0])),
  };
  seedHistory(db, t, (connectionId) => SEEDED_CATALOGS[connectionId]?.selected ?? []);
  return db;
}

/**
 * The seed's breaking-change pin (SEED.versionPin): the definition's default is the registry's current
 * entry, and the source stays on the older file of connectors/, pinned as the server pins an actor
 * that has not opted in to a breaking change (ActorDefinitionVersionUpdater.updateDefaultVersion).
 * Undefined when the registry has no newer entry (another set of fixtures).
 */
async function heldBackVersion(older: Definition): Promise<{ defaultVersion: Definition; pin: VersionPin } | undefined> {
  const current = await loadRegistryDefinition(SEED.versionPin.definition);
  if (!current || current.id !== older.id || current.dockerImageTag === older.dockerImageTag) return undefined;
  return { defaultVersion: current, pin: { origin: "breaking_change", version: older } };
}

/** The rest of the seeded database: every definition, and the seeded connections' catalogs. */
export async function completeSeed(db: Db): Promise<void> {
  const [definitions] = await Promise.all([loadDefinitions(), attachSeededCatalogs(db)]);
  db.definitions = keepingHeld(db.definitions, definitions);
}
