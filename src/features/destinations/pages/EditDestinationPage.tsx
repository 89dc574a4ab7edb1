import { ConnectorEditPage } from '@/features/connectors/pages/ConnectorEditPage';

export function EditDestinationPage() {
  return <ConnectorEditPage kind="destination" />;
}
