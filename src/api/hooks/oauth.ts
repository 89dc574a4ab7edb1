// OAuth for connectors with advanced_auth: the provider's consent URL, then the flow's completion
// (the server trades the redirect's query parameters for the values the configuration needs).
// `oAuthInputConfiguration` carries what the flow needs from the form: the connector's own inputs
// and, on a server without an OAuth app of its own, the user's client id and secret.
import { apiPost, type ApiResponse } from "../client";

export interface OAuthConnector {
  kind: "source" | "destination";
  definitionId: string;
  workspaceId: string;
  /**
   * A saved source or destination being edited: its masked secrets in oAuthInputConfiguration
   * (`**********`) are then taken from its stored configuration (OAuthHandler.getOauthFromDBIfNeeded).
   */
  actorId?: string;
}

interface OAuthRequest {
  redirectUrl: string;
  oAuthInputConfiguration: Record<string, unknown>;
}

function actorOf(connector: OAuthConnector) {
  if (!connector.actorId) return {};
  return connector.kind === "source" ? { sourceId: connector.actorId } : { destinationId: connector.actorId };
}

export async function getOAuthConsentUrl(connector: OAuthConnector, request: OAuthRequest): Promise<string> {
  const common = { workspaceId: connector.workspaceId, ...actorOf(connector), ...request };
  const { consentUrl } =
    connector.kind === "source"
      ? await apiPost("/v1/source_oauths/get_consent_url", { ...common, sourceDefinitionId: connector.definitionId })
      : await apiPost("/v1/destination_oauths/get_consent_url", { ...common, destinationDefinitionId: connector.definitionId });
  return consentUrl;
}

export type CompleteOAuthResponse = ApiResponse<"/v1/source_oauths/complete_oauth"> | ApiResponse<"/v1/destination_oauths/complete_oauth">;

export function completeOAuth(
  connector: OAuthConnector,
  request: OAuthRequest & { queryParams: Record<string, string> },
): Promise<CompleteOAuthResponse> {
  const common = { workspaceId: connector.workspaceId, ...actorOf(connector), ...request };
  return connector.kind === "source"
    ? apiPost("/v1/source_oauths/complete_oauth", { ...common, sourceDefinitionId: connector.definitionId, returnSecretCoordinate: false })
    : apiPost("/v1/destination_oauths/complete_oauth", { ...common, destinationDefinitionId: connector.definitionId });
}
