// Every selected stream of the connection with its sync state, filterable, shown a page at a time.
import { Badge, Button, Stack, Table, Text, TextInput } from "@mantine/core";
import { useMemo, useState } from "react";
import { formatCount, formatDateTime, formatRelative } from "@/shared/format";
import { streamKey, type StreamStatusRow } from "../../lib/jobSummary";

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
      <Badge variant="dot" color={color}>
        {label}
      </Badge>
      {row.quotaResetAt !== undefined && (
        <Text size="xs" c="dimmed" title={formatDateTime(row.quotaResetAt)}>
          Resumes {formatRelative(row.quotaResetAt)}
        </Text>
      )}
    </>
  );
}

const STREAM_PAGE = 100;

export function StreamStatusTable({ rows }: { rows: StreamStatusRow[] }) {
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
      <div style={{ overflowX: "auto" }} tabIndex={0} role="region" aria-label="Stream status, scrollable">
        <Table striped highlightOnHover aria-label="Stream status" miw={420}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Stream</Table.Th>
              <Table.Th>State</Table.Th>
              <Table.Th>Last synced</Table.Th>
              <Table.Th style={{ textAlign: "right" }}>Records</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {filtered.slice(0, limit).map((row) => (
              <Table.Tr key={streamKey(row.name, row.namespace)}>
                <Table.Td>
                  <Text size="sm" style={{ wordBreak: "break-all" }}>
                    {row.namespace ? <Text span c="dimmed" size="sm">{`${row.namespace}.`}</Text> : null}
                    {row.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <StateCell row={row} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" title={row.lastSyncedAt ? formatDateTime(row.lastSyncedAt) : undefined}>
                    {row.lastSyncedAt ? formatRelative(row.lastSyncedAt) : "—"}
                  </Text>
                </Table.Td>
                <Table.Td style={{ textAlign: "right" }}>{formatCount(row.records)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      {filtered.length > limit && (
        <Button variant="subtle" size="xs" w="fit-content" onClick={() => setLimit((value) => value + STREAM_PAGE)}>
          Show more streams ({(filtered.length - limit).toLocaleString("en-US")} more)
        </Button>
      )}
    </Stack>
  );
}
