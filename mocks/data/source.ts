// Where the mock's fixture data comes from. Two ways to read the same files:
//  - under Vite (browser, build, Vitest) `import.meta.glob` bundles them (./vite-source.ts);
//  - under plain Node (`npm run mock:server`, via tsx) they are read from disk (./fs-source.ts),
//    which mocks/server.ts installs before the first request.
// Everything is loaded lazily, on the first request that needs it, so starting the mock is cheap.
// One connector file can be read alone: the seeded workspace's first answers need only its own
// five connectors, not the whole list.
import type { MockDataSource } from '../lib/types';
import { viteDataSource } from './vite-source';

let current: MockDataSource | undefined;

export function installDataSource(source: MockDataSource): void {
  current = source;
}

export function dataSource(): MockDataSource {
  current ??= viteDataSource();
  return current;
}
