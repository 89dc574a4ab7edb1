import { ConnectorListPage } from '@/features/connectors/pages/ConnectorListPage';

export function DestinationsPage() {
  return <ConnectorListPage kind="destination" />;
}
