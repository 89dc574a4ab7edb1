import { Code, Table, Text } from "@mantine/core";
import { memo } from "react";
import disclosure from "@/components/disclosure/DisclosureChevron.module.css";
import { DotBadge } from "@/components/DotBadge";
import { formatBytes, formatCount, formatDateTime, formatDuration } from "@/shared/format";
import type { TimelineItem, TimelineStatus } from "../../lib/timelineEvents";
import { TimelineJobDetails } from "./TimelineJobDetails";
import classes from "./TimelineEventRow.module.css";

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

/**
 * One event of the timeline: what happened, when, by whom; a job event opens to its attempts and
 * logs. Plain markup, as few elements as a row can have (see the CSS module): the parts only some
 * events have (a settings table, what the server sent, the job's attempts) stay Mantine's.
 */
export const TimelineEventRow = memo(function TimelineEventRow({ item, connectionId, expanded, onToggle }: TimelineEventRowProps) {
  const panelId = `timeline-${item.id}-details`;
  const figures = jobLine(item);
  const isJob = item.jobId !== undefined;
  const heading = (
    <>
      <span className={classes.title}>{item.title}</span>
      {item.status && <DotBadge color={STATUS_COLOR[item.status]}>{item.status}</DotBadge>}
      {isJob && <span className={classes.small}>Job {item.jobId}</span>}
      <span className={`${classes.small} ${classes.when}`}>
        {item.createdAtMs !== undefined ? formatDateTime(item.createdAtMs) : "Time not given"}
        {item.user ? ` · by ${item.user}` : ""}
      </span>
    </>
  );
  const hasDetails =
    Boolean(item.failure || item.reason || item.raw) || item.changes.length > 0 || item.notes.length > 0 || (isJob && expanded);
  return (
    <div className={isJob ? `${classes.row} ${classes.job}` : classes.row} data-event-type={item.type}>
      {isJob ? (
        <button
          type="button"
          className={`${classes.heading} ${disclosure.toggle}`}
          onClick={() => onToggle(item.id)}
          aria-expanded={expanded}
          aria-controls={panelId}
        >
          {heading}
        </button>
      ) : (
        <div className={classes.heading}>{heading}</div>
      )}
      {figures && <p className={classes.figures}>{figures}</p>}
      {hasDetails && (
        <div className={classes.body}>
          {item.failure && <p className={classes.failure}>{item.failure}</p>}
          {item.reason && <p>Reason: {item.reason}</p>}
          {item.changes.length > 0 && <SettingChanges item={item} />}
          {item.notes.map((note) => (
            <p key={note}>{note}</p>
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
            <div id={panelId}>
              <TimelineJobDetails jobId={item.jobId} connectionId={connectionId} />
            </div>
          )}
        </div>
      )}
    </div>
  );
});
