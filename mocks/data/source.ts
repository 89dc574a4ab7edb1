// Where the mock's fixture data comes from. Two ways to read the same files:
//  - under Vite (browser, build, Vitest) `import.meta.glob` bundles them (./vite-source.ts);
//  - under plain Node (`npm run mock:server`, via tsx) they are read from disk (./fs-source.ts),
//    which mocks/server.ts installs before the first request.
// Everything is loaded lazily, on the first request that needs it, so starting the mock is cheap.
// One connector file can be read alone: the seeded workspace's first answers need only its own
// five connectors, not the whole list.
import type { ConnectorFile, ProtocolCatalog } from '../lib/types';
import { viteDataSource } from './vite-source';

export interface MockDataSource {
  /** Every connector file (mocks/data/connectors/*.json), keyed by file name without extension. */
  connectors(): Promise<Record<string, ConnectorFile>>;
  /** One connector file by file name without extension, if there is one. */
  connector(name: string): Promise<ConnectorFile | undefined>;
  /** A real catalog from mocks/data/catalogs by file name without extension, if there is one. */
  catalog(name: string): Promise<ProtocolCatalog | undefined>;
}

let current: MockDataSource | undefined;

export function installDataSource(source: MockDataSource): void {
  current = source;
}

export function dataSource(): MockDataSource {
  current ??= viteDataSource();
  return current;
}
