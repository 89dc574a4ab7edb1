import type { RouteObject } from 'react-router';

// /destinations (list), /destinations/new (catalog), /destinations/new/:definitionId (create), /destinations/:destinationId (edit).
// Create routes accept ?returnTo=<in-app path>; after saving, the user goes back there with
// destinationId=<new id> added to its query.
export const destinationRoutes: RouteObject[] = [
  { path: 'destinations', lazy: async () => ({ Component: (await import('./pages/DestinationsPage')).DestinationsPage }) },
  { path: 'destinations/new', lazy: async () => ({ Component: (await import('./pages/NewDestinationPage')).NewDestinationPage }) },
  { path: 'destinations/new/:definitionId', lazy: async () => ({ Component: (await import('./pages/CreateDestinationPage')).CreateDestinationPage }) },
  { path: 'destinations/:destinationId', lazy: async () => ({ Component: (await import('./pages/EditDestinationPage')).EditDestinationPage }) },
];
