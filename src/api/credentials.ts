// Credentials for a real server live in memory only: never in the URL, localStorage or sessionStorage.
// A reload asks for them again, which is the price of never persisting a secret in the browser.

export type Credentials =
  | { type: 'basic'; username: string; password: string }
  | { type: 'bearer'; token: string };

let credentials: Credentials | null = null;
const listeners = new Set<() => void>();

export function getCredentials(): Credentials | null {
  return credentials;
}

export function setCredentials(next: Credentials | null): void {
  credentials = next;
  listeners.forEach((listener) => listener());
}

export function subscribeCredentials(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function authorizationHeader(value: Credentials | null): string | undefined {
  if (!value) return undefined;
  if (value.type === 'bearer') return `Bearer ${value.token}`;
  const bytes = new TextEncoder().encode(`${value.username}:${value.password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}
