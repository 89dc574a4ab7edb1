// Where the Config API lives, and whether the browser sends cookies to it.
import { getRuntimeConfig } from "./runtimeConfig";

/** `<server>/api`, absolute so requests also work where relative URLs do not resolve (Node-based tests). */
export function apiBaseUrl(): string {
  const server = getRuntimeConfig().apiUrl || globalThis.location?.origin || "";
  return `${server}/api`;
}

/**
 * Airbyte's session cookies are SameSite=Strict: they travel with same-origin calls (the production
 * server's proxy, the dev proxy) and, with `include`, to a server on another port of the same site.
 */
export function requestCredentials(): RequestCredentials {
  return getRuntimeConfig().apiUrl ? "include" : "same-origin";
}
