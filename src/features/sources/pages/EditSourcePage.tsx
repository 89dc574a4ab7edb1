import { ConnectorEditPage } from '@/features/connectors/pages/ConnectorEditPage';

export function EditSourcePage() {
  return <ConnectorEditPage kind="source" />;
}
