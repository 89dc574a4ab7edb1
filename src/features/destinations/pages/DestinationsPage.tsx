import { PageHeader } from '@/components/PageHeader';

export function DestinationsPage() {
  return <PageHeader title="Destinations" description="Coming soon." />;
}
