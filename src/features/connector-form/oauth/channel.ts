// How the OAuth popup's callback page hands the provider's answer back to the form that opened it.
export const OAUTH_CHANNEL = "syncdeck-oauth";
const OAUTH_CALLBACK_PATH = "/auth_flow";

export interface OAuthCallbackMessage {
  type: typeof OAUTH_CHANNEL;
  /** Query parameters the provider redirected with (code, state, error...). */
  params: Record<string, string>;
}

export function isOAuthCallbackMessage(data: unknown): data is OAuthCallbackMessage {
  return (
    typeof data === "object" &&
    data !== null &&
    (data as { type?: unknown }).type === OAUTH_CHANNEL &&
    typeof (data as { params?: unknown }).params === "object"
  );
}

export function oauthRedirectUrl(): string {
  return `${window.location.origin}${OAUTH_CALLBACK_PATH}`;
}
