// "What changes for users" on real pairs of specifications: the older versions in mocks/data/connectors
// against the current ones in mocks/data/registry-2026 (copies of ../shared/fixtures/connectors and
// connectors-2026). Each expectation is a fact read from the two files (quoted in the test), not
// from the diff's output.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { diffSpecs, type SpecChange } from "./diffSpecs";

const DATA = join(__dirname, "../../../../../mocks/data");

function schemaOf(folder: "connectors" | "registry-2026", connector: string): Record<string, unknown> {
  const file = JSON.parse(readFileSync(join(DATA, folder, `${connector}.json`), "utf8")) as {
    spec: { connectionSpecification: Record<string, unknown> };
  };
  return file.spec.connectionSpecification;
}

function changesOf(connector: string): SpecChange[] {
  return diffSpecs(schemaOf("connectors", connector), schemaOf("registry-2026", connector));
}

const find = (changes: SpecChange[], kind: SpecChange["kind"], path: string[]) =>
  changes.filter((change) => change.kind === kind && change.path.join("/") === path.join("/"));

it("source-github: `repositories` is new and required, `credentials` became required, a page size field went", () => {
  // Old required: ["start_date", "repository"]; current: ["credentials", "repositories"].
  const changes = changesOf("source-github");
  expect(find(changes, "required-added", ["repositories"])).toEqual([expect.objectContaining({ breaking: true })]);
  expect(find(changes, "required-added", ["credentials"])).toEqual([expect.objectContaining({ breaking: true })]);
  // `page_size_for_large_streams` ("Page size for large streams (Optional)") is gone from the current spec.
  expect(find(changes, "field-removed", ["page_size_for_large_streams"])).toEqual([
    expect.objectContaining({ breaking: true, message: expect.stringContaining("Page size for large streams") }),
  ]);
});

it("source-zendesk-chat: `subdomain` was optional and is now required (breaking)", () => {
  // Old required: ["start_date"]; current: ["start_date", "subdomain"].
  expect(find(changesOf("source-zendesk-chat"), "required-added", ["subdomain"])).toEqual([expect.objectContaining({ breaking: true })]);
});

it("destination-redshift: the Standard upload method is removed (breaking); S3 Staging, retitled, is the same option", () => {
  // Old options: method "Standard" and "S3 Staging"; current: one, titled "AWS S3 Staging", method "S3 Staging".
  const changes = changesOf("destination-redshift");
  expect(find(changes, "option-removed", ["uploading_method"])).toEqual([
    expect.objectContaining({ breaking: true, message: expect.stringContaining('"Standard"') }),
  ]);
  expect(find(changes, "option-added", ["uploading_method"])).toEqual([]);
});

it("source-zendesk-support: OAuth with a refresh token is a new option (not breaking); the old OAuth, retitled Legacy, is kept", () => {
  // Old: credentials "oauth2.0" ("OAuth2.0"), "api_token"; current adds "oauth2_refresh" and titles "oauth2.0" "OAuth2.0 (Legacy)".
  const changes = changesOf("source-zendesk-support");
  expect(find(changes, "option-added", ["credentials"])).toEqual([
    expect.objectContaining({ breaking: false, message: expect.stringContaining("OAuth2.0 with Refresh Token") }),
  ]);
  expect(changes.filter((change) => change.kind === "option-removed")).toEqual([]);
});

it("source-facebook-marketing: insight fields no longer accepted are listed under the custom insights' field list", () => {
  // "ad_bid_value" and "quality_score_ectr" are in the old custom_insights.items.fields.items.enum, not in the current one.
  const [change] = find(changesOf("source-facebook-marketing"), "enum-removed", ["custom_insights", "[]", "fields", "[]"]);
  expect(change?.breaking).toBe(true);
  expect(change?.message).toContain('"ad_bid_value"');
  expect(change?.message).toContain('"quality_score_ectr"');
});

it("secrets added: Intercom's new OAuth client fields, and Search Console's service account key made secret", () => {
  // Intercom: client_id and client_secret absent before, airbyte_secret: true now.
  const intercom = changesOf("source-intercom");
  expect(find(intercom, "secret-added", ["client_id"])).toHaveLength(1);
  expect(find(intercom, "secret-added", ["client_secret"])).toHaveLength(1);
  // Search Console: "Service Account JSON Key" had no airbyte_secret, has it now.
  const search = changesOf("source-google-search-console");
  expect(find(search, "secret-added", ["authorization", "(Service Account Key Authentication)", "service_account_info"])).toEqual([
    expect.objectContaining({ breaking: false }),
  ]);
});

it("destination-s3: output formats listed in another order are no change of options", () => {
  const changes = changesOf("destination-s3");
  expect(changes.filter((change) => change.kind === "option-added" || change.kind === "option-removed")).toEqual([]);
});

it("a changed type is breaking; a widened one is not (Postgres' integer port)", () => {
  const before = schemaOf("registry-2026", "source-postgres");
  const after = structuredClone(before) as { properties: Record<string, Record<string, unknown>> };
  after.properties.port!.type = "string";
  expect(find(diffSpecs(before, after), "type-changed", ["port"])).toEqual([
    expect.objectContaining({ breaking: true, message: "Type changed from integer to string" }),
  ]);
  after.properties.port!.type = ["integer", "null"];
  expect(find(diffSpecs(before, after), "type-changed", ["port"])).toEqual([expect.objectContaining({ breaking: false })]);
});

it("breaking changes come first (source-github has both kinds, see above)", () => {
  const changes = changesOf("source-github");
  expect(changes.findIndex((change) => !change.breaking)).toBeGreaterThan(changes.findLastIndex((change) => change.breaking));
});

it("every real spec compared with itself: no change", () => {
  for (const folder of ["connectors", "registry-2026"] as const) {
    for (const file of readdirSync(join(DATA, folder)).filter((name) => name.endsWith(".json"))) {
      const schema = schemaOf(folder, file.replace(/\.json$/, ""));
      expect({ file, changes: diffSpecs(schema, structuredClone(schema)) }).toEqual({ file, changes: [] });
    }
  }
});

it("follows local $refs: source-github's fields moved into `definitions` give the same changes as written in place", () => {
  // The two real versions, each with every top-level property kept in `definitions` and referenced.
  const byReference = (schema: Record<string, unknown>) => {
    const properties = schema.properties as Record<string, unknown>;
    return {
      ...schema,
      definitions: properties,
      properties: Object.fromEntries(Object.keys(properties).map((key) => [key, { $ref: `#/definitions/${encodeURIComponent(key)}` }])),
    };
  };
  const before = schemaOf("connectors", "source-github");
  const after = schemaOf("registry-2026", "source-github");
  const changes = diffSpecs(byReference(before), byReference(after));
  expect(find(changes, "required-added", ["repositories"])).toEqual([expect.objectContaining({ breaking: true })]);
  expect(find(changes, "field-removed", ["page_size_for_large_streams"])).toEqual([expect.objectContaining({ breaking: true })]);
  expect(changes).toEqual(diffSpecs(before, after));
});
