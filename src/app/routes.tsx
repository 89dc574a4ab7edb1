import { redirect, type RouteObject } from "react-router";
import { connectionRoutes } from "@/features/connections/routes";
import { oauthCallbackRoute } from "@/features/connector-form/routes";
import { destinationRoutes } from "@/features/destinations/routes";
import { jobRoutes } from "@/features/jobs/routes";
import { playgroundRoutes } from "@/features/playground/routes";
import { settingsRoutes } from "@/features/settings/routes";
import { sourceRoutes } from "@/features/sources/routes";
import { PageLoader } from "@/components/PageLoader";
import { Layout } from "./Layout";
import { NotFoundPage } from "./NotFoundPage";
import { RouteError } from "./RouteError";

// Each feature owns its route list (src/features/<name>/routes.tsx) and loads its pages lazily, so
// the first screen downloads only what it shows. Every route gets the per-route error boundary.
function withBoundary(routes: RouteObject[]): RouteObject[] {
  return routes.map(
    (route) =>
      ({ ...route, ErrorBoundary: RouteError, children: route.children ? withBoundary(route.children) : undefined }) as RouteObject,
  );
}

export const routes: RouteObject[] = [
  { ...oauthCallbackRoute, ErrorBoundary: RouteError, HydrateFallback: PageLoader },
  {
    path: "/",
    Component: Layout,
    ErrorBoundary: RouteError,
    // Shown while the first screen's code downloads (the router renders once it has it).
    HydrateFallback: PageLoader,
    children: [
      // Redirected by the router before anything renders, so the Connections page's code downloads
      // at start instead of after the workspace answers. The query string is kept: it can carry
      // settings for the embedded mock (?mockLatency=…), read when the mock starts.
      { index: true, loader: ({ request }) => redirect(`/connections${new URL(request.url).search}`), Component: PageLoader },
      ...withBoundary([...connectionRoutes(jobRoutes), ...sourceRoutes, ...destinationRoutes, ...settingsRoutes, ...playgroundRoutes]),
      { path: "*", Component: NotFoundPage },
    ],
  },
];
