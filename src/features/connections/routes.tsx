import type { RouteObject } from 'react-router';
import { jobRoutes } from '@/features/jobs/routes';

export const connectionRoutes: RouteObject[] = [
  { path: 'connections', lazy: async () => ({ Component: (await import('./pages/ConnectionsPage')).ConnectionsPage }) },
  { path: 'connections/new', lazy: async () => ({ Component: (await import('./pages/NewConnectionPage')).NewConnectionPage }) },
  {
    path: 'connections/:connectionId',
    lazy: async () => ({ Component: (await import('./pages/ConnectionPage')).ConnectionPage }),
    children: [
      { index: true, lazy: async () => ({ Component: (await import('./pages/ConnectionTabs')).StatusTab }) },
      { path: 'status', lazy: async () => ({ Component: (await import('./pages/ConnectionTabs')).StatusTab }) },
      { path: 'history', lazy: async () => ({ Component: (await import('./pages/ConnectionTabs')).HistoryTab }) },
      { path: 'replication', lazy: async () => ({ Component: (await import('./pages/ReplicationTab')).ReplicationTab }) },
      { path: 'settings', lazy: async () => ({ Component: (await import('./pages/SettingsTab')).SettingsTab }) },
      ...jobRoutes,
    ],
  },
];
