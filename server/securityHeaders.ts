// Security headers on every response (pages, files, API answers, errors), set by helmet with every
// choice written out here rather than left to its defaults.
import helmet from "helmet";
import { CSP_DIRECTIVES } from "./csp.ts";

export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      // Not helmet's defaults: they add `upgrade-insecure-requests`, which breaks a console served over
      // plain http on a host other than localhost (every file would be asked for over https).
      useDefaults: false,
      directives: CSP_DIRECTIVES,
    },
    // No Cross-Origin-Opener-Policy: OAuth sign-in for a connector opens the provider in a pop-up and
    // watches it (`popup.closed`); a COOP on our pages (same-origin, and same-origin-allow-popups too)
    // cuts that link when the pop-up comes back from the provider to /auth_flow, and the console
    // reports the window as closed (the OAuth test in e2e/server fails with either).
    crossOriginOpenerPolicy: false,
    crossOriginResourcePolicy: { policy: "same-origin" },
    crossOriginEmbedderPolicy: false,
    originAgentCluster: true,
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
    // HSTS belongs to whoever terminates TLS (the reverse proxy in front): this server speaks http.
    strictTransportSecurity: false,
    xContentTypeOptions: true,
    xDnsPrefetchControl: { allow: false },
    xDownloadOptions: true,
    xFrameOptions: { action: "deny" },
    xPermittedCrossDomainPolicies: { permittedPolicies: "none" },
    xPoweredBy: true,
    xXssProtection: true,
  });
}

/** Headers this server owns: an upstream (Airbyte) answer must not replace or weaken them. */
export const OWNED_HEADERS = [
  "content-security-policy",
  "content-security-policy-report-only",
  "x-frame-options",
  "x-content-type-options",
  "referrer-policy",
  "cross-origin-resource-policy",
  "x-powered-by",
];
