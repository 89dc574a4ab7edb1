import { connectorRoutes } from "@/features/connectors";

// /destinations, /destinations/new, /destinations/new/:definitionId and /destinations/:destinationId:
// see connectorRoutes.
export const destinationRoutes = connectorRoutes("destination");
