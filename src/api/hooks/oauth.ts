// OAuth for connectors with advanced_auth: the provider's consent URL, then the flow's completion
// (the server trades the redirect's query parameters for the values the configuration needs).
import { apiPost, type ApiResponse } from "../client";

export interface OAuthConnector {
  kind: "source" | "destination";
  definitionId: string;
  workspaceId: string;
}

interface OAuthRequest {
  redirectUrl: string;
  oAuthInputConfiguration: Record<string, unknown>;
}

export async function getOAuthConsentUrl(connector: OAuthConnector, request: OAuthRequest): Promise<string> {
  const common = { workspaceId: connector.workspaceId, ...request };
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
  const common = { workspaceId: connector.workspaceId, ...request };
  return connector.kind === "source"
    ? apiPost("/v1/source_oauths/complete_oauth", { ...common, sourceDefinitionId: connector.definitionId, returnSecretCoordinate: false })
    : apiPost("/v1/destination_oauths/complete_oauth", { ...common, destinationDefinitionId: connector.definitionId });
}
