import { Outlet, type RouteObject } from "react-router";
import { SEED } from "@mocks/seed/ids";
import { WorkspaceProvider } from "@/shared/WorkspaceContext";
import type { WorkspaceRead } from "@/api/types";
import { destinationRoutes } from "@/features/destinations/routes";
import { sourceRoutes } from "@/features/sources/routes";
import { renderRoutes } from "@/test/render";

const workspace = {
  workspaceId: SEED.workspace.id,
  name: SEED.workspace.name,
  slug: "default",
  customerId: SEED.workspace.id,
  initialSetupComplete: true,
} as WorkspaceRead;

function Shell() {
  return (
    <WorkspaceProvider workspace={workspace}>
      <main>
        <Outlet />
      </main>
    </WorkspaceProvider>
  );
}

/** The sources and destinations routes inside a workspace, plus a stand-in page for returnTo targets. */
export function renderConnectorRoutes(path: string) {
  const routes: RouteObject[] = [
    {
      path: "/",
      Component: Shell,
      children: [...sourceRoutes, ...destinationRoutes, { path: "connections/*", element: <h1>Connections stand-in</h1> }],
    },
  ];
  return renderRoutes(routes, path);
}
