// Config API endpoint names as tests write them: "/api/v1/sources/list", "/v1/sources/list" and
// "sources/list" all mean "/v1/sources/list" (the path in the OpenAPI description); "*" means all.
export function normaliseEndpoint(endpoint: string): string {
  if (endpoint === "*") return "*";
  let path = endpoint
    .trim()
    .replace(/^https?:\/\/[^/]+/, "")
    .replace(/[?#].*$/, "")
    .replace(/^\/?api(?=\/)/, "");
  if (!path.startsWith("/")) path = `/${path}`;
  if (!path.startsWith("/v1/")) path = `/v1${path}`;
  return path;
}

/**
 * The Config API path of a request URL ("http://host/api/v1/x?y" -> "/v1/x"), or undefined for other
 * URLs, Airbyte's sign-in endpoints (/api/login, /api/oauth/access_token, /api/logout) among them:
 * they are Micronaut's, outside the Config API description.
 */
export function apiEndpointOf(url: string): string | undefined {
  const { pathname } = new URL(url);
  return pathname.startsWith("/api/v1/") ? pathname.replace(/^\/api/, "") : undefined;
}

/** Endpoints named in a `mockFault` URL parameter ("/v1/a:500,/v1/b:network"). */
export function faultedEndpointsInUrl(url: string): string[] {
  const value = new URL(url).searchParams.get("mockFault");
  if (!value) return [];
  return value
    .split(",")
    .map((part) => part.slice(0, part.lastIndexOf(":")))
    .filter((endpoint) => endpoint.length > 0)
    .map(normaliseEndpoint);
}
