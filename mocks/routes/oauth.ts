// OAuth for connectors with advanced_auth (or the legacy authSpecification): the consent URL
// points at a simulated provider page (public/oauth-mock.html) that redirects back to the
// console's redirectUrl with `code` and `state`; complete_oauth trades them for tokens, returned
// as `auth_payload` nested the way the connector config wants them (path_in_connector_config).
// The OAuth app (client id and secret): an open-source server has none of its own, so the user's
// come in `oAuthInputConfiguration` (OAuthHandler.kt merges the instance-wide parameters, if any,
// with it); without them the flow fails (../lib/oauthApp.ts).
import { definitionById } from "../db/actors";
import { advancedAuth } from "../db/definitions";
import { getDb } from "../db/store";
import { invalidInput, notFound } from "../lib/errors";
import { oauthAppInput, serverOutputsMasked, setPath } from "../lib/oauthApp";
import { uuid } from "../lib/random";
import { post } from "../lib/route";

type Kind = "source" | "destination";

/** Consent requests in flight: state -> definition it was issued for. */
const pendingStates = new Map<string, string>();

function requireWorkspace(workspaceId: unknown): void {
  if (workspaceId !== getDb().workspace.workspaceId) throw notFound("STANDARD_WORKSPACE", String(workspaceId ?? ""));
}

function oauthDefinition(kind: Kind, id: unknown) {
  const definition = definitionById(kind, id);
  const auth = advancedAuth(definition.spec);
  if (!auth)
    throw invalidInput([{ propertyPath: `${kind}DefinitionId`, message: `${definition.name} does not support OAuth`, invalidValue: id }]);
  return { definition, auth };
}

function tokenValue(name: string): string {
  if (/expires|expiry/i.test(name)) return new Date(Date.now() + 3600_000).toISOString();
  return `mock-${name.replace(/_/g, "-")}-${uuid().slice(0, 8)}`;
}

function consentHandler(kind: Kind) {
  return post(`/v1/${kind}_oauths/get_consent_url` as const, (body, request) => {
    requireWorkspace(body.workspaceId);
    const { definition, auth } = oauthDefinition(kind, body[`${kind}DefinitionId`]);
    if (typeof body.redirectUrl !== "string" || !body.redirectUrl)
      throw invalidInput([{ propertyPath: "redirectUrl", message: "is required" }]);
    const app = oauthAppInput(kind, auth, body);
    const state = uuid();
    pendingStates.set(state, definition.id);
    // The provider page is served beside the console (or by the mock server): same origin and base path as the API.
    const url = new URL(request.url);
    const base = url.pathname.slice(0, url.pathname.indexOf("/api/v1/"));
    const consent = new URL(`${url.origin}${base}/oauth-mock.html`);
    consent.searchParams.set("redirect_uri", body.redirectUrl);
    consent.searchParams.set("state", state);
    consent.searchParams.set("client", definition.name);
    // A provider's consent URL names the OAuth app asking for access.
    const clientId = Object.values(app)[0];
    if (typeof clientId === "string") consent.searchParams.set("client_id", clientId);
    return { consentUrl: consent.toString() };
  });
}

function completeHandler(kind: Kind) {
  return post(`/v1/${kind}_oauths/complete_oauth` as const, (body) => {
    requireWorkspace(body.workspaceId);
    const { definition, auth } = oauthDefinition(kind, body[`${kind}DefinitionId`]);
    // The provider trades the code for tokens only with the app's client id and secret.
    const app = oauthAppInput(kind, auth, body);
    const query = (typeof body.queryParams === "object" && body.queryParams !== null ? body.queryParams : {}) as Record<string, unknown>;
    if (typeof query.error === "string") {
      return { request_succeeded: false, request_error: `The provider refused access: ${query.error}.`, auth_payload: {} };
    }
    if (typeof query.code !== "string" || !query.code)
      throw invalidInput([{ propertyPath: "queryParams.code", message: "is missing: the consent did not complete" }]);
    if (typeof query.state === "string" && pendingStates.get(query.state) !== definition.id) {
      throw invalidInput([
        { propertyPath: "queryParams.state", message: "does not match a consent request of this connector (expired or forged)" },
      ]);
    }
    if (typeof query.state === "string") pendingStates.delete(query.state);
    // The app's client id and secret come back masked (BaseOAuthFlow.formatOAuthOutput), then the tokens.
    const payload: Record<string, unknown> = serverOutputsMasked(auth, app);
    const spec = auth.oauthConfigSpecification ?? {};
    const properties =
      (spec.completeOAuthOutputSpecification as { properties?: Record<string, { path_in_connector_config?: string[] }> } | undefined)
        ?.properties ?? {};
    for (const [name, property] of Object.entries(properties)) {
      setPath(payload, Array.isArray(property.path_in_connector_config) ? property.path_in_connector_config : [name], tokenValue(name));
    }
    return { request_succeeded: true, auth_payload: payload };
  });
}

export const oauthRoutes = [
  consentHandler("source"),
  completeHandler("source"),
  consentHandler("destination"),
  completeHandler("destination"),
];
