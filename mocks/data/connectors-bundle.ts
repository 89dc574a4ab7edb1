/// <reference types="vite/client" />
// All connector files in one chunk (Vite only; see ./source.ts).
import type { ConnectorFile } from '../lib/types';

const files = import.meta.glob<ConnectorFile>('./connectors/*.json', { import: 'default', eager: true });

export function connectorFiles(): Record<string, ConnectorFile> {
  const out: Record<string, ConnectorFile> = {};
  for (const [path, file] of Object.entries(files)) out[path.slice(path.lastIndexOf('/') + 1).replace(/\.json$/, '')] = file;
  return out;
}
