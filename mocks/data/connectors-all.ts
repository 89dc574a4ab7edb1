/// <reference types="vite/client" />
// The text of every connector file in one chunk (Vite only; see ./vite-source.ts), for when the
// mock needs them all: one request instead of one per file.
const texts = import.meta.glob<string>('./connectors/*.json', { query: '?raw', import: 'default', eager: true });

export function connectorTexts(): Record<string, string> {
  return texts;
}
