// Fixture data read from disk, for the plain Node mock server (no Vite there).
import { existsSync, readFileSync } from 'node:fs';
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

const CONNECTOR_FOLDERS = ['registry-2026', 'connectors'];

export function fsDataSource(): MockDataSource {
  let connectors: Promise<Record<string, ConnectorFile>> | undefined;
  return {
    connectors() {
      connectors ??= (async () => {
        const entries: [string, ConnectorFile][] = [];
        // registry-2026 first: a file of the same name in connectors/ (which the seed is built on) wins.
        for (const folder of CONNECTOR_FOLDERS) {
          const names = (await readdir(join(dataDir, folder))).filter((name) => name.endsWith('.json')).sort();
          const files = await Promise.all(names.map((name) => readJson<ConnectorFile>(join(dataDir, folder, name))));
          entries.push(...names.map((name, i): [string, ConnectorFile] => [name.replace(/\.json$/, ''), files[i]!]));
        }
        return Object.fromEntries(entries);
      })();
      return connectors;
    },
    async connector(name) {
      return (await optionalJson<ConnectorFile>('connectors', name)) ?? optionalJson<ConnectorFile>('registry-2026', name);
    },
    async registryConnector(name) {
      return optionalJson<ConnectorFile>('registry-2026', name);
    },
    icon(fileName) {
      // The SVG text itself: the console on another origin cannot load a file from here.
      const path = join(dataDir, 'icons', fileName);
      return /^[\w.-]+\.svg$/.test(fileName) && existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    },
    async catalog(name) {
      return optionalJson<ProtocolCatalog>('catalogs', name);
    },
  };
}
