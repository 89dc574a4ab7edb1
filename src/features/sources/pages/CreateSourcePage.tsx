import { ConnectorCreatePage } from '@/features/connectors/pages/ConnectorCreatePage';

export function CreateSourcePage() {
  return <ConnectorCreatePage kind="source" />;
}
