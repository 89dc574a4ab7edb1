// Public surface of the screens sources and destinations share (src/features/sources and
// src/features/destinations mount them with their kind). Only the routes: each page loads lazily.
export { connectorRoutes } from "./routes";
