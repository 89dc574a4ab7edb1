import type { WebBackendConnectionRead, ConnectionRead } from '@/api/types';

export function ConnectionStatusTab(_props: { connection: ConnectionRead | WebBackendConnectionRead }) {
  return <p>Status coming soon.</p>;
}
