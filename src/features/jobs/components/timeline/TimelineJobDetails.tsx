import { Loader, Text } from "@mantine/core";
import { useJobWithAttempts } from "@/api/hooks/timeline";
import { ErrorAlert } from "@/components/ErrorAlert";
import { JobAttempts } from "../JobAttempts";

/** A job event opened: the job's attempts, each with its log link (the job history's own view). */
export function TimelineJobDetails({ jobId, connectionId }: { jobId: number; connectionId: string }) {
  const job = useJobWithAttempts(jobId, true);
  if (job.isPending) return <Loader size="xs" role="status" aria-label={`Loading the attempts of job ${jobId}`} />;
  if (job.isError) return <ErrorAlert title={`Could not load job ${jobId}`} error={job.error} onRetry={() => void job.refetch()} />;
  if (!job.data.job)
    return (
      <Text size="sm" c="dimmed">
        The server did not describe job {jobId}.
      </Text>
    );
  return <JobAttempts item={job.data} connectionId={connectionId} />;
}
