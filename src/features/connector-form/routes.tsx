import type { RouteObject } from "react-router";

/** Where an OAuth provider sends the browser back to; outside the app layout (it runs in a popup). */
export const oauthCallbackRoute: RouteObject = {
  path: "/auth_flow",
  lazy: async () => ({ Component: (await import("./oauth/OAuthCallbackPage")).OAuthCallbackPage }),
};
