// Stable identifiers and names of the seeded workspace. Tests import these instead of repeating
// literals, so the seed can change in one place.
export const SEED = {
  organizationId: "00000000-0000-0000-0000-000000000000",
  workspace: { id: "5ae6b09b-fdec-41af-aaf7-7d94cfc33ef6", name: "Default Workspace" },
  sources: {
    postgres: { id: "0d3c8a0e-1c6f-4b5e-9a6e-2f1f6c0b0a01", name: "Production Postgres", definition: "source-postgres" },
    stripe: { id: "0d3c8a0e-1c6f-4b5e-9a6e-2f1f6c0b0a02", name: "Stripe payments", definition: "source-stripe" },
    facebook: { id: "0d3c8a0e-1c6f-4b5e-9a6e-2f1f6c0b0a03", name: "Facebook Ads", definition: "source-facebook-marketing" },
  },
  destinations: {
    s3: { id: "7b1e2d4c-8a9f-4c3b-b2d1-5e6f7a8b9c01", name: "Data lake S3", definition: "destination-s3" },
    redshift: { id: "7b1e2d4c-8a9f-4c3b-b2d1-5e6f7a8b9c02", name: "Analytics Redshift", definition: "destination-redshift" },
  },
  connections: {
    // healthy: weeks of mostly successful history
    postgresToS3: { id: "c0ffee00-0000-4000-8000-000000000001", name: "Production Postgres → Data lake S3" },
    // its latest job failed (with a failure reason)
    stripeToRedshift: { id: "c0ffee00-0000-4000-8000-000000000002", name: "Stripe payments → Analytics Redshift" },
    // disabled (status inactive)
    facebookToS3: { id: "c0ffee00-0000-4000-8000-000000000003", name: "Facebook Ads → Data lake S3" },
  },
  /**
   * A source held on an older connector version by breaking changes: the seeded Stripe source runs
   * mocks/data/connectors/source-stripe.json (0.1.37) while the definition's default is the registry's
   * current entry, mocks/data/registry-2026/source-stripe.json (5.15.22, breaking changes 4.0.0, 5.0.0, 5.4.0).
   */
  versionPin: { sourceId: "0d3c8a0e-1c6f-4b5e-9a6e-2f1f6c0b0a02", definition: "source-stripe" },
  /** The demo connector with a generated catalog: `stream_count` (up to 100,000) x `columns_per_stream`. */
  syntheticDefinitionName: "Synthetic",
} as const;
