import { beforeEach, describe, expect, it } from "vitest";
import { mockControl } from "./control";
import { SEED } from "./seed/ids";
import { call, ok } from "./test-utils";
import type { S } from "./lib/types";

const workspaceId = SEED.workspace.id;
const redirectUrl = "http://localhost:5173/oauth/callback";

async function definitionId(dockerRepository: string): Promise<string> {
  const { sourceDefinitions } = await ok<S["SourceDefinitionReadList"]>("/v1/source_definitions/list");
  return sourceDefinitions.find((d) => d.dockerRepository === dockerRepository)!.sourceDefinitionId;
}

async function consent(sourceDefinitionId: string): Promise<URL> {
  const { consentUrl } = await ok<S["OAuthConsentRead"]>("/v1/source_oauths/get_consent_url", {
    sourceDefinitionId,
    workspaceId,
    redirectUrl,
  });
  return new URL(consentUrl);
}

beforeEach(async () => {
  await mockControl.reset();
});

describe("OAuth", () => {
  it("points the consent URL at the simulated provider with the redirect and a state", async () => {
    const url = await consent(await definitionId("airbyte/source-github"));
    expect(url.pathname).toBe("/oauth-mock.html");
    expect(url.searchParams.get("redirect_uri")).toBe(redirectUrl);
    expect(url.searchParams.get("state")).toBeTruthy();
  });

  it("completes with tokens nested at path_in_connector_config (advanced_auth)", async () => {
    const id = await definitionId("airbyte/source-github");
    const state = (await consent(id)).searchParams.get("state");
    const done = await ok<S["CompleteOAuthResponse"]>("/v1/source_oauths/complete_oauth", {
      sourceDefinitionId: id,
      workspaceId,
      redirectUrl,
      queryParams: { code: "abc", state },
    });
    expect(done.request_succeeded).toBe(true);
    expect(done.auth_payload).toEqual({ credentials: { access_token: expect.any(String) } });
  });

  it("turns a legacy authSpecification into advancedAuth with a predicate on the oneOf option", async () => {
    const id = await definitionId("airbyte/source-google-analytics-v4");
    const spec = await ok<S["SourceDefinitionSpecificationRead"]>("/v1/source_definition_specifications/get", {
      sourceDefinitionId: id,
      workspaceId,
    });
    expect(spec.advancedAuth).toMatchObject({
      authFlowType: "oauth2.0",
      predicateKey: ["credentials", "auth_type"],
      predicateValue: "Client",
    });
    const state = (await consent(id)).searchParams.get("state");
    const done = await ok<S["CompleteOAuthResponse"]>("/v1/source_oauths/complete_oauth", {
      sourceDefinitionId: id,
      workspaceId,
      queryParams: { code: "abc", state },
    });
    expect(Object.keys((done.auth_payload as { credentials: object }).credentials)).toEqual(
      expect.arrayContaining(["access_token", "refresh_token"]),
    );
  });

  it("rejects a forged state and reports a denied consent", async () => {
    const id = await definitionId("airbyte/source-github");
    await consent(id);
    const forged = await call<{ validationErrors: { propertyPath: string }[] }>("/v1/source_oauths/complete_oauth", {
      sourceDefinitionId: id,
      workspaceId,
      queryParams: { code: "abc", state: "not-issued" },
    });
    expect(forged.status).toBe(422);
    expect(forged.body.validationErrors[0]!.propertyPath).toBe("queryParams.state");
    const denied = await ok<S["CompleteOAuthResponse"]>("/v1/source_oauths/complete_oauth", {
      sourceDefinitionId: id,
      workspaceId,
      queryParams: { error: "access_denied" },
    });
    expect(denied.request_succeeded).toBe(false);
  });

  it("refuses OAuth for a connector without it", async () => {
    const answer = await call("/v1/source_oauths/get_consent_url", {
      sourceDefinitionId: await definitionId("airbyte/source-postgres"),
      workspaceId,
      redirectUrl,
    });
    expect(answer.status).toBe(422);
  });
});
