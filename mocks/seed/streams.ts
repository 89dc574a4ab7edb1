// What each seeded connection syncs: the real catalog it was configured from, the streams selected
// in it (in catalog order) and the sync modes its destination accepts. The job history is built from
// these names when the mock starts; the catalogs themselves (facebook.json alone is over 1 MB) are
// read only once an endpoint needs them (mocks/db/seedCatalogs.ts), which checks the names against them.
import type { S } from "../lib/types";
import { SEED } from "./ids";

export interface SeededCatalog {
  /** File name in mocks/data/catalogs, without extension. */
  file: string;
  /** The selected streams, in catalog order; every other stream of the catalog is there, unselected. */
  selected: S["StreamDescriptor"][];
  /**
   * What the destination accepts (its spec's supported_destination_sync_modes): a saved connection
   * must only use modes its destination supports, as a real server would insist.
   */
  destinationModes: readonly S["DestinationSyncMode"][];
  /**
   * The source is Postgres: its catalog is what source-postgres discovers with the source's Update
   * Method (mocks/lib/postgresDiscover.ts), so the saved catalog and a fresh discover agree.
   */
  postgres?: boolean;
}

const S3_MODES = ["overwrite", "append"] as const;
const REDSHIFT_MODES = ["overwrite", "append", "append_dedup"] as const;

const inNamespace = (namespace: string, names: string[]) => names.map((name) => ({ name, namespace }));
const named = (names: string[]) => names.map((name) => ({ name }));

export const SEEDED_CATALOGS: Record<string, SeededCatalog> = {
  [SEED.connections.postgresToS3.id]: {
    file: "internal-pg",
    // The first 12 of its 44 tables.
    selected: inNamespace("public", [
      "organization",
      "organization_email_domain",
      "auth_user",
      "actor_catalog_fetch_event",
      "connection",
      "retry_states",
      "workload_label",
      "airbyte_configs_migrations",
      "schema_management",
      "airbyte_jobs_migrations",
      "actor_definition",
      "jobs",
    ]),
    destinationModes: S3_MODES,
    postgres: true,
  },
  [SEED.connections.stripeToRedshift.id]: {
    file: "stripe",
    // All of them.
    selected: named(["payment_intents", "refunds", "customers"]),
    destinationModes: REDSHIFT_MODES,
  },
  [SEED.connections.facebookToS3.id]: {
    file: "facebook",
    // The first 8 of its 30 streams.
    selected: named([
      "ads_insights_delivery_device",
      "ads_insights_action_conversion_device",
      "ads_insights_age_and_gender",
      "ads_insights_demographics_dma_region",
      "ad_account",
      "ads_insights_delivery_platform",
      "custom_audiences",
      "ads_insights_demographics_country",
    ]),
    destinationModes: S3_MODES,
  },
};
