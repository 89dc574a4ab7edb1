import { ConnectorCatalogPage } from '@/features/connectors/pages/ConnectorCatalogPage';

export function NewSourcePage() {
  return <ConnectorCatalogPage kind="source" />;
}
