import { connectorRoutes } from "@/features/connectors";

// /sources, /sources/new, /sources/new/:definitionId and /sources/:sourceId: see connectorRoutes.
export const sourceRoutes = connectorRoutes("source");
