import { PageHeader } from '@/components/PageHeader';

export function ConnectionsPage() {
  return <PageHeader title="Connections" description="Coming soon." />;
}
