// The Content-Security-Policy the production server sends (securityHeaders.ts), in one place so the
// e2e suite's `vite preview` serves the build under the very same policy (vite.config.ts).

/** One directive per entry. */
export const CSP_DIRECTIVES = {
  "default-src": ["'self'"],
  // Scripts from this origin only, and no eval: the connector form checks JSON Schema by walking it
  // (features/connector-form/lib/validation) instead of generating code as ajv does.
  "script-src": ["'self'"],
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

/** The header's value, written as helmet writes it. */
export function contentSecurityPolicy(): string {
  return Object.entries(CSP_DIRECTIVES)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join(";");
}
