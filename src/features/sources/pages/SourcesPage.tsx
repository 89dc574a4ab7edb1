import { ConnectorListPage } from '@/features/connectors/pages/ConnectorListPage';

export function SourcesPage() {
  return <ConnectorListPage kind="source" />;
}
