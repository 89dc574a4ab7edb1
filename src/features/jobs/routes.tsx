import type { RouteObject } from 'react-router';

// Nested by features/connections under /connections/:connectionId.
export const jobRoutes: RouteObject[] = [
  {
    path: 'jobs/:jobId/attempts/:attemptNumber/logs',
    lazy: async () => ({ Component: (await import('./pages/AttemptLogsPage')).AttemptLogsPage }),
  },
];
