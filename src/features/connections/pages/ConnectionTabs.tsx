// Status and job history come from the jobs feature; this module is loaded lazily with the route.
import { ConnectionStatusTab, ConnectionTimelineTab, JobHistoryTab } from "@/features/jobs";
import { useConnectionContext } from "../hooks/useConnectionContext";

export function StatusTab() {
  const { connection } = useConnectionContext();
  return <ConnectionStatusTab connection={connection} />;
}

export function HistoryTab() {
  const { connection } = useConnectionContext();
  return <JobHistoryTab connection={connection} />;
}

export function TimelineTab() {
  const { connection } = useConnectionContext();
  return <ConnectionTimelineTab connection={connection} />;
}
