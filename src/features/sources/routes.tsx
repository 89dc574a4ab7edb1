import type { RouteObject } from 'react-router';

// /sources (list), /sources/new (catalog), /sources/new/:definitionId (create), /sources/:sourceId (edit).
// Create routes accept ?returnTo=<in-app path>; after saving, the user goes back there with
// sourceId=<new id> added to its query.
export const sourceRoutes: RouteObject[] = [
  { path: 'sources', lazy: async () => ({ Component: (await import('./pages/SourcesPage')).SourcesPage }) },
  { path: 'sources/new', lazy: async () => ({ Component: (await import('./pages/NewSourcePage')).NewSourcePage }) },
  { path: 'sources/new/:definitionId', lazy: async () => ({ Component: (await import('./pages/CreateSourcePage')).CreateSourcePage }) },
  { path: 'sources/:sourceId', lazy: async () => ({ Component: (await import('./pages/EditSourcePage')).EditSourcePage }) },
];
