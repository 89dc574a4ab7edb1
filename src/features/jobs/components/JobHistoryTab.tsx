import type { WebBackendConnectionRead, ConnectionRead } from '@/api/types';

export function JobHistoryTab(_props: { connection: ConnectionRead | WebBackendConnectionRead }) {
  return <p>Job history coming soon.</p>;
}
