import { ConnectorCreatePage } from '@/features/connectors/pages/ConnectorCreatePage';

export function CreateDestinationPage() {
  return <ConnectorCreatePage kind="destination" />;
}
