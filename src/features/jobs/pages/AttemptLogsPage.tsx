import { Alert, Anchor, Badge, Group, Stack, Text, Title } from "@mantine/core";
import { Link, useParams } from "react-router";
import { useConnection } from "@/api/hooks/connections";
import { useDocumentTitle } from "@/shared/useDocumentTitle";
import { ErrorAlert } from "@/components/ErrorAlert";
import { PageLoader } from "@/components/PageLoader";
import { FailureSummary } from "../components/FailureSummary";
import { LogViewer } from "../components/LogViewer";
import { useAttemptLog } from "../hooks/useAttemptLog";
import { formatDateTime, toMillis } from "@/shared/format";

const ATTEMPT_STATUS_COLOR = { running: "blue", failed: "red", succeeded: "green" } as const;

function parseId(value: string | undefined): number | null {
  if (!value || !/^\d+$/.test(value)) return null;
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : null;
}

function AttemptLogs({ connectionId, jobId, attemptNumber }: { connectionId: string; jobId: number; attemptNumber: number }) {
  const { store, data, error, isPending, isError, refetch, isRefetchError } = useAttemptLog(jobId, attemptNumber, true);
  const connectionName = useConnection(connectionId).data?.name;
  useDocumentTitle([connectionName, `Job ${jobId}, attempt ${attemptNumber + 1} log`]);
  const running = data?.attempt.status === "running";
  const failures = data?.attempt.failureSummary?.failures ?? [];
  const back = (
    <Anchor component={Link} to={`/connections/${connectionId}/history?job=${jobId}`} size="sm" w="fit-content">
      Back to the job history
    </Anchor>
  );
  return (
    <Stack gap="sm">
      {/* Shown inside the connection page, which has the page's h1. */}
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Stack gap={2}>
          <Title order={2} size="h3">
            Job {jobId} · attempt {attemptNumber + 1} log
          </Title>
          {data && (
            <Text size="sm" c="dimmed">
              Started {formatDateTime(toMillis(data.attempt.createdAt))}
            </Text>
          )}
        </Stack>
        {data && (
          <Badge color={ATTEMPT_STATUS_COLOR[data.attempt.status]} variant="dot" size="lg">
            {data.attempt.status === "running" ? "Running" : data.attempt.status === "failed" ? "Failed" : "Succeeded"}
          </Badge>
        )}
      </Group>
      {back}
      {isPending && <PageLoader label="Loading the log" />}
      {isError && !data && (
        <ErrorAlert
          title="Could not load this attempt's log"
          error={error}
          onRetry={() => void refetch()}
          gone={{
            title: "This job or attempt no longer exists",
            backTo: `/connections/${connectionId}/history`,
            backLabel: "Back to the job history",
          }}
        />
      )}
      {data && isRefetchError && (
        <Alert color="yellow" title="Lost contact with the server" role="status">
          <Group gap="xs">
            <Text size="sm">The lines below are kept; new lines will be added when the connection comes back.</Text>
            <Anchor component="button" size="sm" onClick={() => void refetch()}>
              Retry now
            </Anchor>
          </Group>
        </Alert>
      )}
      {data?.replacedFrom !== undefined && (
        <Text size="sm" c="dimmed" role="status">
          Lines from {(data.replacedFrom + 1).toLocaleString("en-US")} on were updated: the server sorts log lines by time, and a batch that
          arrived late belongs before lines already shown.
        </Text>
      )}
      {failures.length > 0 && (
        <Alert color="red" variant="light" title="Why this attempt failed">
          <FailureSummary failures={failures} />
        </Alert>
      )}
      {data && (
        <LogViewer
          store={store}
          lineCount={data.lineCount}
          revision={data.revision}
          running={running}
          downloadName={`job-${jobId}-attempt-${attemptNumber + 1}.log`}
        />
      )}
    </Stack>
  );
}

export function AttemptLogsPage() {
  const params = useParams();
  const jobId = parseId(params.jobId);
  const attemptNumber = parseId(params.attemptNumber);
  if (jobId === null || attemptNumber === null || !params.connectionId) {
    return <ErrorAlert title="This log link is not valid" error={new Error("The job or attempt number in the address is not a number.")} />;
  }
  // A new key per attempt gives each log a fresh store.
  return <AttemptLogs key={`${jobId}/${attemptNumber}`} connectionId={params.connectionId} jobId={jobId} attemptNumber={attemptNumber} />;
}
