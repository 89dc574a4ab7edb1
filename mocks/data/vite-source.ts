/// <reference types="vite/client" />
// Fixture data through Vite's import.meta.glob. Only called under Vite: plain Node installs
// ./fs-source.ts instead (import.meta.glob does not exist there, and this function never runs).
import type { ConnectorFile, ProtocolCatalog } from '../lib/types';
import type { MockDataSource } from './source';

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.json$/, '');
}

export function viteDataSource(): MockDataSource {
  // Connectors: one lazy chunk holding all of them (small, needed together by the definition lists).
  const connectorsChunk = () => import('./connectors-bundle');
  // Catalogs: one lazy chunk each (facebook.json alone is over 1 MB).
  const catalogs = import.meta.glob<ProtocolCatalog>('./catalogs/*.json', { import: 'default' });
  let connectors: Promise<Record<string, ConnectorFile>> | undefined;
  return {
    connectors() {
      connectors ??= connectorsChunk().then((m) => m.connectorFiles());
      return connectors;
    },
    async catalog(name) {
      const entry = Object.entries(catalogs).find(([path]) => baseName(path) === name);
      return entry ? entry[1]() : undefined;
    },
  };
}
