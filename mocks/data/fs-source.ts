// Fixture data read from disk, for the plain Node mock server (no Vite there).
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { ConnectorFile, ProtocolCatalog } from '../lib/types';
import type { MockDataSource } from './source';

const dataDir = fileURLToPath(new URL('.', import.meta.url));

async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(path, 'utf8')) as T;
}

export function fsDataSource(): MockDataSource {
  let connectors: Promise<Record<string, ConnectorFile>> | undefined;
  return {
    connectors() {
      connectors ??= (async () => {
        const names = (await readdir(`${dataDir}connectors`)).filter((name) => name.endsWith('.json')).sort();
        const files = await Promise.all(names.map((name) => readJson<ConnectorFile>(`${dataDir}connectors/${name}`)));
        return Object.fromEntries(names.map((name, i) => [name.replace(/\.json$/, ''), files[i]!]));
      })();
      return connectors;
    },
    async catalog(name) {
      if (!/^[\w.-]+$/.test(name)) return undefined;
      try {
        return await readJson<ProtocolCatalog>(`${dataDir}catalogs/${name}.json`);
      } catch {
        return undefined;
      }
    },
  };
}
