import { PageHeader } from '@/components/PageHeader';

export function SourcesPage() {
  return <PageHeader title="Sources" description="Coming soon." />;
}
