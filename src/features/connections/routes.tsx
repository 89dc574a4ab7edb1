import type { RouteObject } from "react-router";

/**
 * The connection screens. `connectionChildren` are routes other features show inside a connection's
 * page (the jobs feature's attempt log); src/app/routes.tsx composes them, so features never import
 * each other's routes.
 */
export const connectionRoutes = (connectionChildren: RouteObject[]): RouteObject[] => [
  { path: "connections", lazy: async () => ({ Component: (await import("./pages/ConnectionsPage")).ConnectionsPage }) },
  { path: "connections/new", lazy: async () => ({ Component: (await import("./pages/NewConnectionPage")).NewConnectionPage }) },
  {
    path: "connections/:connectionId",
    lazy: async () => ({ Component: (await import("./pages/ConnectionPage")).ConnectionPage }),
    children: [
      { index: true, lazy: async () => ({ Component: (await import("./pages/ConnectionTabs")).StatusTab }) },
      { path: "status", lazy: async () => ({ Component: (await import("./pages/ConnectionTabs")).StatusTab }) },
      { path: "timeline", lazy: async () => ({ Component: (await import("./pages/ConnectionTabs")).TimelineTab }) },
      { path: "history", lazy: async () => ({ Component: (await import("./pages/ConnectionTabs")).HistoryTab }) },
      { path: "replication", lazy: async () => ({ Component: (await import("./pages/ReplicationTab")).ReplicationTab }) },
      { path: "settings", lazy: async () => ({ Component: (await import("./pages/SettingsTab")).SettingsTab }) },
      ...connectionChildren,
    ],
  },
];
