import { Badge, Box, Code, Group, Stack, Table, Text, UnstyledButton } from "@mantine/core";
import { IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import { memo } from "react";
import { formatBytes, formatCount, formatDateTime, formatDuration } from "@/shared/format";
import type { TimelineItem, TimelineStatus } from "../../lib/timelineEvents";
import { TimelineJobDetails } from "./TimelineJobDetails";

const STATUS_COLOR: Record<TimelineStatus, string> = {
  started: "blue",
  succeeded: "green",
  failed: "red",
  incomplete: "orange",
  cancelled: "gray",
};

interface TimelineEventRowProps {
  item: TimelineItem;
  connectionId: string;
  expanded: boolean;
  onToggle: (id: string) => void;
}

function SettingChanges({ item }: { item: TimelineItem }) {
  return (
    <Table withTableBorder fz="sm" layout="fixed" aria-label={`${item.title}: before and after`}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Setting</Table.Th>
          <Table.Th scope="col">Before</Table.Th>
          <Table.Th scope="col">After</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {item.changes.map((change) => (
          <Table.Tr key={change.field}>
            <Table.Th scope="row" fw={500}>
              {change.label}
            </Table.Th>
            <Table.Td style={{ wordBreak: "break-word" }}>{change.from}</Table.Td>
            <Table.Td style={{ wordBreak: "break-word" }}>{change.to}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The figures of a job event, when it has them. */
function jobLine(item: TimelineItem): string {
  const parts: string[] = [];
  if (item.records !== undefined) parts.push(`${formatCount(item.records)} records`);
  if (item.bytes !== undefined) parts.push(formatBytes(item.bytes));
  if (item.rejected) parts.push(`${formatCount(item.rejected)} rejected`);
  if (item.durationMs !== undefined) parts.push(formatDuration(item.durationMs));
  if (item.attempts !== undefined) parts.push(`${item.attempts} attempt${item.attempts === 1 ? "" : "s"}`);
  return parts.join(" · ");
}

/** One event of the timeline: what happened, when, by whom; a job event opens to its attempts and logs. */
export const TimelineEventRow = memo(function TimelineEventRow({ item, connectionId, expanded, onToggle }: TimelineEventRowProps) {
  const panelId = `timeline-${item.id}-details`;
  const figures = jobLine(item);
  const heading = (
    <Group gap="sm" wrap="wrap" justify="space-between" w="100%">
      <Group gap="xs" wrap="wrap">
        {item.jobId !== undefined && (expanded ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />)}
        <Text size="sm" fw={600}>
          {item.title}
        </Text>
        {item.status && (
          <Badge size="sm" variant="dot" color={STATUS_COLOR[item.status]}>
            {item.status}
          </Badge>
        )}
        {item.jobId !== undefined && (
          <Text size="xs" c="dimmed">
            Job {item.jobId}
          </Text>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {item.createdAtMs !== undefined ? formatDateTime(item.createdAtMs) : "Time not given"}
        {item.user ? ` · by ${item.user}` : ""}
      </Text>
    </Group>
  );
  return (
    <Box py={8} px="sm" style={{ borderBottom: "1px solid var(--mantine-color-default-border)" }} data-event-type={item.type}>
      {item.jobId !== undefined ? (
        <UnstyledButton onClick={() => onToggle(item.id)} aria-expanded={expanded} aria-controls={panelId} w="100%">
          {heading}
        </UnstyledButton>
      ) : (
        heading
      )}
      <Stack gap={6} mt={4} pl={item.jobId !== undefined ? 22 : 0}>
        {figures && (
          <Text size="sm" c="dimmed">
            {figures}
          </Text>
        )}
        {item.failure && (
          <Text size="sm" c="var(--mantine-color-error)">
            {item.failure}
          </Text>
        )}
        {item.reason && <Text size="sm">Reason: {item.reason}</Text>}
        {item.changes.length > 0 && <SettingChanges item={item} />}
        {item.notes.map((note) => (
          <Text key={note} size="sm">
            {note}
          </Text>
        ))}
        {item.raw && (
          <details>
            <summary>
              <Text span size="sm">
                What the server sent
              </Text>
            </summary>
            <Code block fz="xs">
              {item.raw}
            </Code>
          </details>
        )}
        {item.jobId !== undefined && expanded && (
          <Box id={panelId}>
            <TimelineJobDetails jobId={item.jobId} connectionId={connectionId} />
          </Box>
        )}
      </Stack>
    </Box>
  );
});
