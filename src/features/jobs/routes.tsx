import type { RouteObject } from "react-router";

// Shown inside a connection's page: src/app/routes.tsx nests them under /connections/:connectionId.
export const jobRoutes: RouteObject[] = [
  {
    path: "jobs/:jobId/attempts/:attemptNumber/logs",
    lazy: async () => ({ Component: (await import("./pages/AttemptLogsPage")).AttemptLogsPage }),
  },
];
