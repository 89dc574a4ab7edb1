import { Badge, Box, Collapse, Group, Text, UnstyledButton } from "@mantine/core";
import { IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import { memo } from "react";
import type { JobWithAttemptsRead } from "@/api/types";
import { formatBytes, formatCount, formatDateTime, formatDuration } from "@/shared/format";
import { JOB_KIND_LABEL, JOB_STATUS_COLOR, JOB_STATUS_LABEL, jobKind } from "../lib/jobState";
import { jobFigures } from "../lib/jobSummary";
import { JobAttempts } from "./JobAttempts";

interface JobRowProps {
  item: JobWithAttemptsRead;
  connectionId: string;
  expanded: boolean;
  onToggle: (jobId: number) => void;
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Box miw={72}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </Box>
  );
}

/** One job in the history: a summary line that expands to its attempts. */
export const JobRow = memo(function JobRow({ item, connectionId, expanded, onToggle }: JobRowProps) {
  const job = item.job;
  if (!job) return null;
  const figures = jobFigures(item);
  const panelId = `job-${job.id}-attempts`;
  return (
    <Box py={6} px="sm" style={{ borderBottom: "1px solid var(--mantine-color-default-border)" }} data-job-id={job.id}>
      <UnstyledButton
        onClick={() => onToggle(job.id)}
        aria-expanded={expanded}
        aria-controls={panelId}
        w="100%"
        style={{ borderRadius: 4 }}
      >
        <Group gap="md" wrap="wrap" align="center">
          {expanded ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
          <Box miw={110}>
            <Text size="sm" fw={600}>
              {JOB_KIND_LABEL[jobKind(job)]}{" "}
              <Text span size="xs" c="dimmed">
                #{job.id}
              </Text>
            </Text>
            <Badge size="sm" variant="dot" color={JOB_STATUS_COLOR[job.status]}>
              {JOB_STATUS_LABEL[job.status]}
            </Badge>
          </Box>
          <Figure label="Started" value={formatDateTime(figures.startedAt)} />
          <Figure label="Duration" value={formatDuration(figures.durationMs)} />
          <Figure label="Records" value={formatCount(figures.records)} />
          <Figure label="Data" value={formatBytes(figures.bytes)} />
          <Figure label="Attempts" value={String(figures.attempts)} />
        </Group>
      </UnstyledButton>
      <Collapse expanded={expanded} id={panelId} transitionDuration={0}>
        <Box pt="xs" pl="lg">
          {expanded && <JobAttempts item={item} connectionId={connectionId} />}
        </Box>
      </Collapse>
    </Box>
  );
});
