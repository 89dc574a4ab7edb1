import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mockControl } from "./control";
import { SEED } from "./seed/ids";
import { call, ok } from "./test-utils";

const workspaceId = SEED.workspace.id;

async function salesforceDefinitionId(): Promise<string> {
  const { sourceDefinitions } = await ok<{ sourceDefinitions: { sourceDefinitionId: string; dockerRepository: string }[] }>(
    "/v1/source_definitions/list_for_workspace",
    { workspaceId },
  );
  return sourceDefinitions.find((d) => d.dockerRepository === "airbyte/source-salesforce")!.sourceDefinitionId;
}

beforeEach(async () => {
  await mockControl.reset();
});

afterEach(() => {
  mockControl.setGlobalOAuthCredentials(false);
});

describe("OAuth connectors: fields the server supplies", () => {
  it("accepts a config without the client id and secret a server with its own OAuth app fills in", async () => {
    mockControl.setGlobalOAuthCredentials(true);
    const sourceDefinitionId = await salesforceDefinitionId();
    const created = await call("/v1/sources/create", {
      workspaceId,
      sourceDefinitionId,
      name: "CRM",
      connectionConfiguration: { auth_type: "Client", refresh_token: "rt-from-consent" },
    });
    expect(created.status).toBe(200);
  });

  it("without an OAuth app of its own (open source), requires the client id and secret too", async () => {
    const sourceDefinitionId = await salesforceDefinitionId();
    const refused = await call<{ validationErrors: { propertyPath: string }[] }>("/v1/sources/create", {
      workspaceId,
      sourceDefinitionId,
      name: "CRM",
      connectionConfiguration: { auth_type: "Client", refresh_token: "rt" },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.validationErrors.map((e) => e.propertyPath)).toEqual([
      "connectionConfiguration.client_id",
      "connectionConfiguration.client_secret",
    ]);
  });

  it("still requires what only the user (or the consent flow) can give", async () => {
    mockControl.setGlobalOAuthCredentials(true);
    const sourceDefinitionId = await salesforceDefinitionId();
    const refused = await call<{ validationErrors: { propertyPath: string }[] }>("/v1/sources/create", {
      workspaceId,
      sourceDefinitionId,
      name: "CRM",
      connectionConfiguration: { auth_type: "Client" },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.validationErrors.map((e) => e.propertyPath)).toEqual(["connectionConfiguration.refresh_token"]);
  });
});
