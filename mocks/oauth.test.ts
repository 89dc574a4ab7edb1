import { beforeEach, describe, expect, it } from "vitest";
import { mockControl } from "./control";
import { SEED } from "./seed/ids";
import { call, definitionIdOf, ok } from "./test-utils";
import type { S } from "./lib/types";

const workspaceId = SEED.workspace.id;
const redirectUrl = "http://localhost:5173/oauth/callback";

/** The user's own OAuth app, as an open-source server needs it. */
const oAuthInputConfiguration = { client_id: "my-app-id", client_secret: "my-app-secret" };

async function consent(sourceDefinitionId: string): Promise<URL> {
  const { consentUrl } = await ok<S["OAuthConsentRead"]>("/v1/source_oauths/get_consent_url", {
    sourceDefinitionId,
    workspaceId,
    redirectUrl,
    oAuthInputConfiguration,
  });
  return new URL(consentUrl);
}

beforeEach(async () => {
  await mockControl.reset();
  mockControl.setGlobalOAuthCredentials(false);
});

describe("OAuth", () => {
  it("points the consent URL at the simulated provider with the redirect and a state", async () => {
    const url = await consent(await definitionIdOf("source", "airbyte/source-github"));
    expect(url.pathname).toBe("/oauth-mock.html");
    expect(url.searchParams.get("redirect_uri")).toBe(redirectUrl);
    expect(url.searchParams.get("state")).toBeTruthy();
  });

  it("completes with tokens nested at path_in_connector_config (advanced_auth)", async () => {
    const id = await definitionIdOf("source", "airbyte/source-github");
    const state = (await consent(id)).searchParams.get("state");
    const done = await ok<S["CompleteOAuthResponse"]>("/v1/source_oauths/complete_oauth", {
      sourceDefinitionId: id,
      workspaceId,
      redirectUrl,
      oAuthInputConfiguration,
      queryParams: { code: "abc", state },
    });
    expect(done.request_succeeded).toBe(true);
    // The app's id and secret come back masked (BaseOAuthFlow.formatOAuthOutput), the token in clear.
    expect(done.auth_payload).toEqual({
      credentials: { access_token: expect.stringMatching(/^mock-/), client_id: "**********", client_secret: "**********" },
    });
  });

  it("turns a legacy authSpecification into advancedAuth with a predicate on the oneOf option", async () => {
    const id = await definitionIdOf("source", "airbyte/source-google-analytics-v4");
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
      oAuthInputConfiguration,
      queryParams: { code: "abc", state },
    });
    expect(Object.keys((done.auth_payload as { credentials: object }).credentials)).toEqual(
      expect.arrayContaining(["access_token", "refresh_token"]),
    );
  });

  it("rejects a forged state and reports a denied consent", async () => {
    const id = await definitionIdOf("source", "airbyte/source-github");
    await consent(id);
    const forged = await call<{ validationErrors: { propertyPath: string }[] }>("/v1/source_oauths/complete_oauth", {
      sourceDefinitionId: id,
      workspaceId,
      oAuthInputConfiguration,
      queryParams: { code: "abc", state: "not-issued" },
    });
    expect(forged.status).toBe(422);
    expect(forged.body.validationErrors[0]!.propertyPath).toBe("queryParams.state");
    const denied = await ok<S["CompleteOAuthResponse"]>("/v1/source_oauths/complete_oauth", {
      sourceDefinitionId: id,
      workspaceId,
      oAuthInputConfiguration,
      queryParams: { error: "access_denied" },
    });
    expect(denied.request_succeeded).toBe(false);
  });

  it("refuses OAuth for a connector without it", async () => {
    const answer = await call("/v1/source_oauths/get_consent_url", {
      sourceDefinitionId: await definitionIdOf("source", "airbyte/source-postgres"),
      workspaceId,
      redirectUrl,
    });
    expect(answer.status).toBe(422);
  });

  it("on an open-source server: no OAuth app of its own, so consent without the user's client id and secret fails", async () => {
    const id = await definitionIdOf("source", "airbyte/source-github");
    const spec = await ok<S["SourceDefinitionSpecificationRead"]>("/v1/source_definition_specifications/get", {
      sourceDefinitionId: id,
      workspaceId,
    });
    expect(spec.advancedAuthGlobalCredentialsAvailable).toBe(false);
    const refused = await call<{ message: string }>("/v1/source_oauths/get_consent_url", {
      sourceDefinitionId: id,
      workspaceId,
      redirectUrl,
      oAuthInputConfiguration: { client_id: "only-the-id" },
    });
    expect(refused.status).toBe(500);
    expect(refused.body.message).toBe("Internal Server Error: Undefined parameter 'client_secret' necessary for the OAuth Flow.");
    // With the user's app, the provider is asked on its behalf.
    expect((await consent(id)).searchParams.get("client_id")).toBe("my-app-id");
  });

  it("on a Cloud-like server (control API switch): its own app, nothing asked of the user", async () => {
    mockControl.setGlobalOAuthCredentials(true);
    const id = await definitionIdOf("source", "airbyte/source-github");
    const spec = await ok<S["SourceDefinitionSpecificationRead"]>("/v1/source_definition_specifications/get", {
      sourceDefinitionId: id,
      workspaceId,
    });
    expect(spec.advancedAuthGlobalCredentialsAvailable).toBe(true);
    const { consentUrl } = await ok<S["OAuthConsentRead"]>("/v1/source_oauths/get_consent_url", {
      sourceDefinitionId: id,
      workspaceId,
      redirectUrl,
    });
    expect(new URL(consentUrl).searchParams.get("client_id")).toBe("syncdeck-instance-client-id");
  });

  it("editing a saved source: a masked client secret is taken from its stored configuration", async () => {
    const id = await definitionIdOf("source", "airbyte/source-github");
    const credentials = {
      option_title: "OAuth Credentials",
      access_token: "old-token",
      client_id: "my-app-id",
      client_secret: "my-app-secret",
    };
    const saved = await ok<S["SourceRead"]>("/v1/sources/create", {
      workspaceId,
      sourceDefinitionId: id,
      name: "GitHub",
      connectionConfiguration: { credentials, repository: "a/b", start_date: "2024-01-01T00:00:00Z" },
    });
    const body = {
      sourceDefinitionId: id,
      workspaceId,
      redirectUrl,
      oAuthInputConfiguration: { client_id: "my-app-id", client_secret: "**********" },
    };
    expect((await call("/v1/source_oauths/get_consent_url", body)).status).toBe(500);
    expect((await call("/v1/source_oauths/get_consent_url", { ...body, sourceId: saved.sourceId })).status).toBe(200);
  });
});
