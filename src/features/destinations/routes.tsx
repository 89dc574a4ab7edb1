import type { RouteObject } from 'react-router';

export const destinationRoutes: RouteObject[] = [
  { path: 'destinations', lazy: async () => ({ Component: (await import('./pages/DestinationsPage')).DestinationsPage }) },
];
