import type { RouteObject } from 'react-router';

export const sourceRoutes: RouteObject[] = [
  { path: 'sources', lazy: async () => ({ Component: (await import('./pages/SourcesPage')).SourcesPage }) },
];
