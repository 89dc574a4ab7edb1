import { memo } from "react";
import disclosure from "@/components/disclosure/DisclosureChevron.module.css";
import { DotBadge } from "@/components/DotBadge";
import type { JobWithAttemptsRead } from "@/api/types";
import { formatBytes, formatCount, formatDateTime, formatDuration } from "@/shared/format";
import { JOB_KIND_LABEL, JOB_STATUS_COLOR, JOB_STATUS_LABEL, jobKind } from "../lib/jobState";
import { jobFigures } from "../lib/jobSummary";
import { JobAttempts } from "./JobAttempts";
import classes from "./JobRow.module.css";

interface JobRowProps {
  item: JobWithAttemptsRead;
  connectionId: string;
  expanded: boolean;
  onToggle: (jobId: number) => void;
}

/** A figure under its label; the space between them keeps the button's accessible name readable. */
function Figure({ label, value }: { label: string; value: string }) {
  return (
    <span className={classes.figure}>
      <span className={classes.small}>{label}</span> <span className={classes.value}>{value}</span>
    </span>
  );
}

/** One job in the history: a summary line that expands to its attempts. Plain markup (see the CSS module). */
export const JobRow = memo(function JobRow({ item, connectionId, expanded, onToggle }: JobRowProps) {
  const job = item.job;
  if (!job) return null;
  const figures = jobFigures(item);
  const panelId = `job-${job.id}-attempts`;
  return (
    <div className={classes.row} data-job-id={job.id}>
      <button
        type="button"
        className={`${classes.summary} ${disclosure.toggle}`}
        onClick={() => onToggle(job.id)}
        aria-expanded={expanded}
        aria-controls={panelId}
      >
        <span className={classes.what}>
          <span className={classes.kind}>
            {JOB_KIND_LABEL[jobKind(job)]} <span className={classes.small}>#{job.id}</span>
          </span>{" "}
          <DotBadge color={JOB_STATUS_COLOR[job.status]}>{JOB_STATUS_LABEL[job.status]}</DotBadge>
        </span>{" "}
        <Figure label="Started" value={formatDateTime(figures.startedAt)} />{" "}
        <Figure label="Duration" value={formatDuration(figures.durationMs)} />{" "}
        <Figure label="Records" value={formatCount(figures.records)} /> <Figure label="Data" value={formatBytes(figures.bytes)} />{" "}
        <Figure label="Attempts" value={String(figures.attempts)} />
      </button>
      <div id={panelId} className={classes.attempts} hidden={!expanded}>
        {expanded && <JobAttempts item={item} connectionId={connectionId} />}
      </div>
    </div>
  );
});
