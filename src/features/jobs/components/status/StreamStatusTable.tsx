// Every selected stream of the connection with its sync state, filterable, shown a page at a time.
// Rows are plain markup: a page is 100 streams, and a Mantine component per cell cost the status
// tab of a wide connection more than everything else on it (see bench/scenarios/timeline.ts).
import { Button, Stack, Text, TextInput } from "@mantine/core";
import { memo, useMemo, useState } from "react";
import { DotBadge } from "@/components/DotBadge";
import { PlainTable } from "@/components/PlainTable";
import { formatCount, formatDateTime, formatRelative } from "@/shared/format";
import { streamKey, type StreamStatusRow } from "../../lib/jobSummary";
import classes from "./StreamStatusTable.module.css";

const STREAM_STATE: Record<StreamStatusRow["state"], { label: string; color: string }> = {
  queued: { label: "Waiting", color: "gray" },
  running: { label: "Syncing", color: "blue" },
  rate_limited: { label: "Rate limited", color: "orange" },
  synced: { label: "Synced", color: "green" },
  failed: { label: "Last sync failed", color: "red" },
  cancelled: { label: "Cancelled", color: "orange" },
  cleared: { label: "Cleared", color: "gray" },
  never: { label: "Not synced yet", color: "gray" },
};

function StateCell({ row }: { row: StreamStatusRow }) {
  const { label, color } = STREAM_STATE[row.state];
  return (
    <>
      <DotBadge color={color}>{label}</DotBadge>
      {row.quotaResetAt !== undefined && (
        <span className={classes.note} title={formatDateTime(row.quotaResetAt)}>
          Resumes {formatRelative(row.quotaResetAt)}
        </span>
      )}
    </>
  );
}

const STREAM_PAGE = 100;

/** Memoised: the status tab re-renders on each of its answers; `rows` (memoised by useConnectionStatus) changes only with the streams' states and records. */
export const StreamStatusTable = memo(function StreamStatusTable({ rows }: { rows: StreamStatusRow[] }) {
  const [filter, setFilter] = useState("");
  const [limit, setLimit] = useState(STREAM_PAGE);
  const filtered = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return needle ? rows.filter((row) => streamKey(row.name, row.namespace).toLowerCase().includes(needle)) : rows;
  }, [rows, filter]);
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        This connection has no selected streams.
      </Text>
    );
  return (
    <Stack gap="xs">
      {rows.length > 10 && (
        <TextInput label="Find a stream" size="xs" w={260} value={filter} onChange={(event) => setFilter(event.currentTarget.value)} />
      )}
      {/* Scrolls sideways on narrow screens; focusable so keyboard users can scroll it too. */}
      <div className={classes.table} style={{ overflowX: "auto" }} tabIndex={0} role="region" aria-label="Stream status, scrollable">
        <PlainTable label="Stream status" minWidth={420} scrollable={false}>
          <thead>
            <tr>
              <th scope="col">Stream</th>
              <th scope="col">State</th>
              <th scope="col">Last synced</th>
              <th scope="col" className={classes.number}>
                Records
              </th>
            </tr>
          </thead>
          <tbody>
            {filtered.slice(0, limit).map((row) => (
              <tr key={streamKey(row.name, row.namespace)}>
                <td className={classes.name}>
                  {row.namespace ? <span className={classes.dimmed}>{`${row.namespace}.`}</span> : null}
                  {row.name}
                </td>
                <td>
                  <StateCell row={row} />
                </td>
                <td title={row.lastSyncedAt ? formatDateTime(row.lastSyncedAt) : undefined}>
                  {row.lastSyncedAt ? formatRelative(row.lastSyncedAt) : "—"}
                </td>
                <td className={classes.number}>{formatCount(row.records)}</td>
              </tr>
            ))}
          </tbody>
        </PlainTable>
      </div>
      {filtered.length > limit && (
        <Button variant="subtle" size="xs" w="fit-content" onClick={() => setLimit((value) => value + STREAM_PAGE)}>
          Show more streams ({(filtered.length - limit).toLocaleString("en-US")} more)
        </Button>
      )}
    </Stack>
  );
});
