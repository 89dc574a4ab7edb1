/// <reference types="vite/client" />
// Fixture data through Vite's import.meta.glob. Only called under Vite: plain Node installs
// ./fs-source.ts instead (import.meta.glob does not exist there, and this function never runs).
import type { ConnectorFile, MockDataSource, ProtocolCatalog } from '../lib/types';

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.json$/, '');
}

/** Lazy loaders keyed by file name without extension. */
function byName<T>(loaders: Record<string, () => Promise<T>>): Map<string, () => Promise<T>> {
  return new Map(Object.entries(loaders).map(([path, load]) => [baseName(path), load]));
}

export function viteDataSource(): MockDataSource {
  // One lazy chunk per file (the playground loads the same ones): the seed's first answers fetch
  // only their five connectors.
  // registry-2026 first: a file of the same name in connectors/ (which the seed is built on) wins.
  const connectors = byName({
    ...import.meta.glob<ConnectorFile>('./registry-2026/*.json', { import: 'default' }),
    ...import.meta.glob<ConnectorFile>('./connectors/*.json', { import: 'default' }),
  });
  // The registry's entries alone (the same chunks): a newer version of a connector whose older file is in connectors/.
  const registry = byName(import.meta.glob<ConnectorFile>('./registry-2026/*.json', { import: 'default' }));
  // All of them at once (the definition lists) from one chunk of their texts: one request per file
  // took a third of a second over HTTP/1.1. The files are in the build twice for that (about 40 KB
  // gzip, downloaded only when an endpoint first needs every definition).
  const everyConnector = () => import('./connectors-all');
  // Catalogs: one lazy chunk each (facebook.json alone is over 1 MB).
  const catalogs = byName(import.meta.glob<ProtocolCatalog>('./catalogs/*.json', { import: 'default' }));
  // Icons as URLs of files of their own (never inlined): the browser fetches one only when it is shown.
  const iconUrls = import.meta.glob<string>('./icons/*.svg', { query: '?url&no-inline', import: 'default', eager: true });
  const icons = new Map(Object.entries(iconUrls).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]));
  let all: Promise<Record<string, ConnectorFile>> | undefined;
  return {
    connectors() {
      all ??= everyConnector().then(({ connectorTexts }) =>
        Object.fromEntries(Object.entries(connectorTexts()).map(([path, text]) => [baseName(path), JSON.parse(text) as ConnectorFile])),
      );
      return all;
    },
    async connector(name) {
      return connectors.get(name)?.();
    },
    async registryConnector(name) {
      return registry.get(name)?.();
    },
    async catalog(name) {
      return catalogs.get(name)?.();
    },
    icon(fileName) {
      return icons.get(fileName);
    },
  };
}
