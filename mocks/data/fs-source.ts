// Fixture data read from disk, for the plain Node mock server (no Vite there).
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConnectorFile, MockDataSource, ProtocolCatalog } from '../lib/types';

// From this module's own path (Vite would rewrite a `new URL(..., import.meta.url)` under Vitest).
const dataDir = dirname(fileURLToPath(import.meta.url));

async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(path, 'utf8')) as T;
}

/** mocks/data/<folder>/<name>.json, or undefined when there is no such file. */
async function optionalJson<T>(folder: string, name: string): Promise<T | undefined> {
  if (!/^[\w.-]+$/.test(name)) return undefined;
  try {
    return await readJson<T>(join(dataDir, folder, `${name}.json`));
  } catch {
    return undefined;
  }
}

export function fsDataSource(): MockDataSource {
  let connectors: Promise<Record<string, ConnectorFile>> | undefined;
  return {
    connectors() {
      connectors ??= (async () => {
        const names = (await readdir(join(dataDir, 'connectors'))).filter((name) => name.endsWith('.json')).sort();
        const files = await Promise.all(names.map((name) => readJson<ConnectorFile>(join(dataDir, 'connectors', name))));
        return Object.fromEntries(names.map((name, i) => [name.replace(/\.json$/, ''), files[i]!]));
      })();
      return connectors;
    },
    async connector(name) {
      return optionalJson<ConnectorFile>('connectors', name);
    },
    async catalog(name) {
      return optionalJson<ProtocolCatalog>('catalogs', name);
    },
  };
}
