import type { RouteObject } from 'react-router';

// Nested by features/connections under /connections/:connectionId.
export const jobRoutes: RouteObject[] = [];
