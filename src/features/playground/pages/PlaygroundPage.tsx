import { PageHeader } from '@/components/PageHeader';

export function PlaygroundPage() {
  return <PageHeader title="Playground" description="Coming soon." />;
}
