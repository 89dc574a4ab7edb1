// Shared screens for sources and destinations; src/features/sources and src/features/destinations
// mount them with their kind.
export { ConnectorListPage } from './pages/ConnectorListPage';
export { ConnectorCatalogPage } from './pages/ConnectorCatalogPage';
export { ConnectorCreatePage } from './pages/ConnectorCreatePage';
export { ConnectorEditPage } from './pages/ConnectorEditPage';
export { safeReturnTo } from './lib/returnTo';
export type { ConnectorKind } from './lib/types';
