import { ConnectorCatalogPage } from '@/features/connectors/pages/ConnectorCatalogPage';

export function NewDestinationPage() {
  return <ConnectorCatalogPage kind="destination" />;
}
