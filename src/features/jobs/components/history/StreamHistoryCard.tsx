import { Button, Card, Group, Loader, Select, Stack, Text, Title } from "@mantine/core";
import { PlainTable } from "@/components/PlainTable";
import { memo, useMemo, useState } from "react";
import { useStreamHistory, useUptimeHistory } from "@/api/hooks/timeline";
import { useDropdownOnOpen } from "@/components/controls/useDropdownOnOpen";
import { ErrorAlert } from "@/components/ErrorAlert";
import { formatCount, formatDate, formatDateTime } from "@/shared/format";
import { recordsPerDay, streamRows, uptimeSeries } from "../../lib/streamHistory";
// Not lazy: the card is on the status tab, itself loaded with its route, and a second load after
// the tab has shown would make the graphs pop in late (uPlot is shared with the history chart).
import HistoryBars from "./HistoryBars";

const EMPTY: never[] = [];
/** A day of stream_history (its start, epoch seconds). */
const formatDay = (seconds: number) => formatDate(seconds * 1000);

/**
 * Uptime and data moved per stream on the status tab (history/uptime, stream_history). Nothing is
 * shown on a server without these endpoints: the job history has the same story. Memoised: the
 * status tab re-renders on each of its other answers, and this card's tables have hundreds of rows.
 */
export const StreamHistoryCard = memo(function StreamHistoryCard({ connectionId, running }: { connectionId: string; running: boolean }) {
  const uptime = useUptimeHistory(connectionId, running);
  const history = useStreamHistory(connectionId, running);
  const [stream, setStream] = useState<string | null>(null);
  const [showTable, setShowTable] = useState(false);
  const dropdown = useDropdownOnOpen();
  const uptimeData = uptime.data ?? EMPTY;
  const historyData = history.data ?? EMPTY;
  const jobs = useMemo(() => uptimeSeries(uptimeData), [uptimeData]);
  const rows = useMemo(() => streamRows(uptimeData, historyData), [uptimeData, historyData]);
  const days = useMemo(() => recordsPerDay(historyData, stream), [historyData, stream]);
  const uptimeBars = useMemo(
    () => [
      { label: "Streams succeeded", color: "green", values: jobs.succeeded },
      { label: "Streams failed or cancelled", color: "red", values: jobs.failed },
    ],
    [jobs],
  );
  const dayBars = useMemo(() => [{ label: "Records loaded", color: "blue", values: days.values }], [days]);

  if (uptime.data === null && history.data === null) return null;
  const error = uptime.error ?? history.error;
  const chosen = rows.find((row) => row.key === stream);
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5">
            Stream history
          </Title>
          <Button variant="subtle" size="xs" onClick={() => setShowTable((value) => !value)} aria-expanded={showTable}>
            {showTable ? "Hide the table" : "Show as a table"}
          </Button>
        </Group>
        {error && (
          <ErrorAlert
            title="Could not load the stream history"
            error={error}
            onRetry={() => void Promise.all([uptime.refetch(), history.refetch()])}
          />
        )}
        {uptime.isPending || history.isPending ? (
          <Loader size="sm" role="status" aria-label="Loading the stream history" />
        ) : rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            No syncs in the last 30 days, so there is no stream history yet.
          </Text>
        ) : (
          <div data-testid="stream-history">
            <Text size="sm" fw={500}>
              Uptime: streams per sync, last {jobs.x.length} jobs
            </Text>
            <HistoryBars
              x={jobs.x}
              series={uptimeBars}
              label={`Streams that succeeded and failed in each of the last ${jobs.x.length} jobs`}
              hint="Point at a bar, or focus the chart and use the arrow keys, to see a job's streams."
              describe={(i) =>
                `Job ${jobs.jobIds[i]} · ${formatDateTime((jobs.x[i] ?? 0) * 1000)} · ${formatCount(jobs.succeeded[i])} streams succeeded, ${formatCount(jobs.failed[i])} failed or cancelled`
              }
            />
            <Group justify="space-between" align="flex-end" mt="sm">
              <Text size="sm" fw={500}>
                Records loaded per day, last 30 days
              </Text>
              <Select
                size="xs"
                label="Stream"
                data={[{ value: "", label: "All streams" }, ...rows.map((row) => ({ value: row.key, label: row.label }))]}
                value={stream ?? ""}
                onChange={(value) => setStream(value ? value : null)}
                searchable
                // Options only while the list is open: a connection's hundreds of streams made as many
                // option components on every render.
                {...dropdown}
                w={240}
              />
            </Group>
            <HistoryBars
              x={days.x}
              series={dayBars}
              label={`Records loaded per day by ${chosen ? chosen.label : "all streams"}`}
              hint="Point at a day, or focus the chart and use the arrow keys, to see its records."
              describe={(i) => `${formatDay(days.x[i] ?? 0)} · ${formatCount(days.values[i])} records`}
            />
          </div>
        )}
        {rows.length > 0 && (
          // Hidden, the tables are for screen readers only: content-visibility lets the browser skip
          // their layout while they are off screen (they stay in the accessibility tree).
          <div className={showTable ? undefined : "visually-hidden"} style={showTable ? undefined : { contentVisibility: "auto" }}>
            <Stack gap="sm">
              <PlainTable label="Stream history per stream" minWidth={0} scrollable={false}>
                <thead>
                  <tr>
                    <th scope="col">Stream</th>
                    <th scope="col">Succeeded in the last {jobs.x.length} jobs</th>
                    <th scope="col">Records, last 30 days</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.key}>
                      <th scope="row" style={{ fontWeight: 400 }}>
                        {row.label}
                      </th>
                      <td>{row.runs > 0 ? `${row.succeeded} of ${row.runs}` : "—"}</td>
                      <td>{formatCount(row.records)}</td>
                    </tr>
                  ))}
                </tbody>
              </PlainTable>
              <PlainTable label="Streams per job" minWidth={0} scrollable={false}>
                <thead>
                  <tr>
                    <th scope="col">Job</th>
                    <th scope="col">Created</th>
                    <th scope="col">Streams succeeded</th>
                    <th scope="col">Streams failed or cancelled</th>
                  </tr>
                </thead>
                <tbody>
                  {jobs.jobIds.map((jobId, i) => (
                    <tr key={jobId}>
                      <th scope="row" style={{ fontWeight: 400 }}>
                        {jobId}
                      </th>
                      <td>{formatDateTime((jobs.x[i] ?? 0) * 1000)}</td>
                      <td>{formatCount(jobs.succeeded[i])}</td>
                      <td>{formatCount(jobs.failed[i])}</td>
                    </tr>
                  ))}
                </tbody>
              </PlainTable>
              <PlainTable label={`Records loaded per day by ${chosen ? chosen.label : "all streams"}`} minWidth={0} scrollable={false}>
                <thead>
                  <tr>
                    <th scope="col">Day</th>
                    <th scope="col">Records</th>
                  </tr>
                </thead>
                <tbody>
                  {days.x.map((day, i) => (
                    <tr key={day}>
                      <th scope="row" style={{ fontWeight: 400 }}>
                        {formatDay(day)}
                      </th>
                      <td>{formatCount(days.values[i])}</td>
                    </tr>
                  ))}
                </tbody>
              </PlainTable>
            </Stack>
          </div>
        )}
      </Stack>
    </Card>
  );
});
