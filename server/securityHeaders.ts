// Security headers on every response (pages, files, API answers, errors), set by helmet with every
// choice written out here rather than left to its defaults.
import helmet from "helmet";

/** The Content-Security-Policy, one directive per entry (exported for the tests). */
const CSP_DIRECTIVES = {
  "default-src": ["'self'"],
  // 'unsafe-eval': ajv (RJSF's validator) compiles each connector spec's JSON Schema into a function
  // with `new Function`. To be removed by the project's security issue (finding "CSP needs
  // unsafe-eval"): validators precompiled, or a validator that does not generate code.
  "script-src": ["'self'", "'unsafe-eval'"],
  // Mantine sets style attributes (CSS variables, sizes) on elements.
  "style-src": ["'self'", "'unsafe-inline'"],
  // Connector icons are URLs on a public host (data: for inline SVG icons).
  "img-src": ["'self'", "data:", "https:"],
  // Only this origin: /config.json and /api (proxied to Airbyte).
  "connect-src": ["'self'"],
  "font-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
};

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
