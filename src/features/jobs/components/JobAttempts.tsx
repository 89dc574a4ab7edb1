import { Anchor, Badge, Group, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import type { JobWithAttemptsRead } from "@/api/types";
import { formatBytes, formatCount, formatDateTime, formatDuration, toMillis } from "@/shared/format";
import { attemptBytes, attemptNumberOf, attemptRecords } from "../lib/jobSummary";
import { useNow } from "@/shared/useNow";
import { FailureSummary } from "./FailureSummary";

const ATTEMPT_COLOR = { running: "blue", failed: "red", succeeded: "green" } as const;
const ATTEMPT_LABEL = { running: "Running", failed: "Failed", succeeded: "Succeeded" } as const;

/** The attempts of a job, each with figures, a link to its log and why it failed. */
export function JobAttempts({ item, connectionId }: { item: JobWithAttemptsRead; connectionId: string }) {
  const attempts = item.attempts ?? [];
  const job = item.job;
  const now = useNow(attempts.some((attempt) => attempt.status === "running"));
  if (attempts.length === 0) {
    const why =
      job?.status === "pending" || job?.status === "queued"
        ? "This job is waiting to start; its first attempt will appear here."
        : job?.status === "cancelled"
          ? "This job was cancelled before any attempt started, so there is no log."
          : "This job has no attempts, so there is no log to show.";
    return (
      <Text size="sm" c="dimmed">
        {why}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      {attempts.map((attempt, index) => {
        const number = attemptNumberOf(attempt, index);
        const started = toMillis(attempt.createdAt);
        const ended = toMillis(attempt.endedAt ?? (attempt.status === "running" ? undefined : attempt.updatedAt));
        const failures = attempt.failureSummary?.failures ?? [];
        return (
          <Stack key={`${attempt.id}-${index}`} gap={6} pl="sm" style={{ borderLeft: "3px solid var(--mantine-color-default-border)" }}>
            <Group gap="sm" wrap="wrap">
              <Text size="sm" fw={600}>
                Attempt {index + 1}
              </Text>
              <Badge size="sm" variant="dot" color={ATTEMPT_COLOR[attempt.status]}>
                {ATTEMPT_LABEL[attempt.status]}
              </Badge>
              <Text size="xs" c="dimmed">
                {formatDateTime(started)} · {formatDuration(started !== undefined ? (ended ?? now) - started : undefined)} ·{" "}
                {formatCount(attemptRecords(attempt))} records · {formatBytes(attemptBytes(attempt))}
              </Text>
              {job && (
                <Anchor component={Link} size="sm" to={`/connections/${connectionId}/jobs/${job.id}/attempts/${number}/logs`}>
                  View log<span className="visually-hidden">{` of job ${job.id} attempt ${index + 1}`}</span>
                </Anchor>
              )}
            </Group>
            {failures.length > 0 && <FailureSummary failures={failures} />}
          </Stack>
        );
      })}
    </Stack>
  );
}
