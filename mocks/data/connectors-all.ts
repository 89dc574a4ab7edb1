/// <reference types="vite/client" />
// The text of every connector file in one chunk (Vite only; see ./vite-source.ts), for when the
// mock needs them all: one request instead of one per file.
// registry-2026 first: a file of the same name in connectors/ (which the seed is built on) wins.
const texts = {
  ...import.meta.glob<string>('./registry-2026/*.json', { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob<string>('./connectors/*.json', { query: '?raw', import: 'default', eager: true }),
};

export function connectorTexts(): Record<string, string> {
  return texts;
}
