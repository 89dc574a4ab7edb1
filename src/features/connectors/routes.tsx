import type { RouteObject } from "react-router";
import type { ConnectorKind } from "./lib/types";

/**
 * The screens of one kind of connector, e.g. for sources: /sources (list), /sources/new (catalog),
 * /sources/new/:definitionId (create), /sources/:sourceId (edit). Create routes accept
 * ?returnTo=<in-app path>; after saving, the user goes back there with sourceId=<new id> added to
 * its query. Each page loads lazily and is shared by both kinds.
 */
export function connectorRoutes(kind: ConnectorKind): RouteObject[] {
  const base = `${kind}s`;
  return [
    {
      path: base,
      lazy: async () => {
        const { ConnectorListPage } = await import("./pages/ConnectorListPage");
        return { Component: () => <ConnectorListPage kind={kind} /> };
      },
    },
    {
      path: `${base}/new`,
      lazy: async () => {
        const { ConnectorCatalogPage } = await import("./pages/ConnectorCatalogPage");
        return { Component: () => <ConnectorCatalogPage kind={kind} /> };
      },
    },
    {
      path: `${base}/new/:definitionId`,
      lazy: async () => {
        const { ConnectorCreatePage } = await import("./pages/ConnectorCreatePage");
        return { Component: () => <ConnectorCreatePage kind={kind} /> };
      },
    },
    {
      path: `${base}/:${kind}Id`,
      lazy: async () => {
        const { ConnectorEditPage } = await import("./pages/ConnectorEditPage");
        return { Component: () => <ConnectorEditPage kind={kind} /> };
      },
    },
  ];
}
