// Definitions as the mock serves them: the registry's support level, and the destinations a data
// engineer expects. Expected values are read by hand from ../shared/fixtures/connectors-2026.
import { ok } from "./test-utils";

interface DefinitionList {
  sourceDefinitions?: { dockerRepository: string; supportLevel?: string }[];
  destinationDefinitions?: { dockerRepository: string; name: string; supportLevel?: string }[];
}

test("Postgres is certified (the registry's supportLevel), not Community", async () => {
  const { sourceDefinitions } = await ok<DefinitionList>("/v1/source_definitions/list");
  expect(sourceDefinitions!.find((d) => d.dockerRepository === "airbyte/source-postgres")?.supportLevel).toBe("certified");
  // A connector the registry calls community stays community.
  expect(sourceDefinitions!.find((d) => d.dockerRepository === "airbyte/source-bigquery")?.supportLevel).toBe("community");
});

test("BigQuery, Snowflake and Postgres are destinations, certified", async () => {
  const { destinationDefinitions } = await ok<DefinitionList>("/v1/destination_definitions/list");
  for (const repository of ["airbyte/destination-bigquery", "airbyte/destination-snowflake", "airbyte/destination-postgres"]) {
    expect(destinationDefinitions!.find((d) => d.dockerRepository === repository)?.supportLevel).toBe("certified");
  }
});
