/// <reference types="vite/client" />
// Fixture data through Vite's import.meta.glob. Only called under Vite: plain Node installs
// ./fs-source.ts instead (import.meta.glob does not exist there, and this function never runs).
import type { ConnectorFile, ProtocolCatalog } from '../lib/types';
import type { MockDataSource } from './source';

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.json$/, '');
}

/** Lazy loaders keyed by file name without extension. */
function byName<T>(loaders: Record<string, () => Promise<T>>): Map<string, () => Promise<T>> {
  return new Map(Object.entries(loaders).map(([path, load]) => [baseName(path), load]));
}

export function viteDataSource(): MockDataSource {
  // One lazy chunk per file (the playground loads the same ones): the seed's first answers fetch
  // only their five connectors; the definition lists fetch them all.
  const connectors = byName(import.meta.glob<ConnectorFile>('./connectors/*.json', { import: 'default' }));
  // Catalogs: one lazy chunk each (facebook.json alone is over 1 MB).
  const catalogs = byName(import.meta.glob<ProtocolCatalog>('./catalogs/*.json', { import: 'default' }));
  let all: Promise<Record<string, ConnectorFile>> | undefined;
  return {
    connectors() {
      all ??= Promise.all([...connectors].map(async ([name, load]) => [name, await load()] as const)).then(Object.fromEntries);
      return all;
    },
    async connector(name) {
      return connectors.get(name)?.();
    },
    async catalog(name) {
      return catalogs.get(name)?.();
    },
  };
}
