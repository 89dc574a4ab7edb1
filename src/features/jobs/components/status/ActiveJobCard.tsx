// The job running now: its figures so far, overall progress when the source estimated it, and the
// progress of each stream.
import { Button, Card, Group, Progress, SimpleGrid, Stack, Table, Title } from "@mantine/core";
import { Link } from "react-router";
import type { JobWithAttemptsRead } from "@/api/types";
import { formatBytes, formatCount, formatDuration } from "@/shared/format";
import { JOB_KIND_LABEL, jobKind } from "../../lib/jobState";
import { attemptNumberOf, jobFigures, liveTotals, streamKey, streamProgress, type StreamProgress } from "../../lib/jobSummary";
import { Fact } from "./Fact";

interface ActiveJobCardProps {
  connectionId: string;
  active: JobWithAttemptsRead & { job: NonNullable<JobWithAttemptsRead["job"]> };
  now: number;
  headingId: string;
  /** Every stream of the job with its figures, from the server's sync_progress when it has one. */
  streams?: StreamProgress[];
}

export function ActiveJobCard({ connectionId, active, now, headingId, streams }: ActiveJobCardProps) {
  const totals = liveTotals(active);
  const progress = streams ?? streamProgress(active);
  const figures = jobFigures(active, now);
  const attempts = active.attempts ?? [];
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5" id={headingId}>
            {JOB_KIND_LABEL[jobKind(active.job)]} in progress · job {active.job.id}
          </Title>
          {attempts.length > 0 && (
            <Button
              component={Link}
              variant="subtle"
              size="xs"
              to={`/connections/${connectionId}/jobs/${active.job.id}/attempts/${attemptNumberOf(attempts.at(-1), attempts.length - 1)}/logs`}
            >
              Follow the log
            </Button>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <Fact
            label="Records so far"
            value={formatCount(totals.records)}
            hint={totals.estimatedRecords ? `of about ${formatCount(totals.estimatedRecords)}` : undefined}
          />
          <Fact label="Data so far" value={formatBytes(totals.bytes)} />
          <Fact
            label="Elapsed"
            value={formatDuration(figures.durationMs)}
            hint={attempts.length > 1 ? `Attempt ${attempts.length}` : undefined}
          />
        </SimpleGrid>
        {totals.estimatedRecords && totals.records !== undefined ? (
          <Progress.Root>
            <Progress.Section value={Math.min(100, (totals.records / totals.estimatedRecords) * 100)} aria-label="Sync progress" />
          </Progress.Root>
        ) : null}
        {progress.length > 0 && (
          <div style={{ overflowX: "auto" }} tabIndex={0} role="region" aria-label="Progress per stream, scrollable">
            <Table aria-label="Progress per stream" miw={320}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Stream</Table.Th>
                  <Table.Th style={{ textAlign: "right" }}>Records</Table.Th>
                  <Table.Th style={{ textAlign: "right" }}>Data</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {progress.map((stream) => (
                  <Table.Tr key={streamKey(stream.name, stream.namespace)}>
                    <Table.Td>{streamKey(stream.name, stream.namespace)}</Table.Td>
                    <Table.Td style={{ textAlign: "right" }}>{formatCount(stream.records)}</Table.Td>
                    <Table.Td style={{ textAlign: "right" }}>{formatBytes(stream.bytes)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
      </Stack>
    </Card>
  );
}
