// One row of the Connections table, in plain elements styled by ConnectionList.module.css: a list
// of thousands renders many of these, and Mantine's components (style props resolved per
// component) would cost several times as much per row for the same look.
import { IconArrowRight } from "@tabler/icons-react";
import { memo } from "react";
import { Link } from "react-router";
import type { ConnectionListItem } from "@/api/hooks/connectionList";
import { ConnectorIcon } from "@/components/ConnectorIcon";
import { DotBadge } from "@/components/DotBadge";
import { TagBadge } from "@/components/TagBadge";
import type { RowProps } from "@/components/pagedTable/PagedTableRows";
import { ToggleSwitch } from "@/components/controls/ToggleSwitch";
import { formatDateTime, formatName, toMillis } from "@/shared/format";
import { listSyncState, SYNC_STATE_COLOR, SYNC_STATE_HINT, SYNC_STATE_LABEL, type SyncState } from "@/shared/syncState";
import { summariseSchedule } from "../lib/scheduleSummary";
import classes from "./ConnectionList.module.css";

interface ConnectionRowProps {
  connection: ConnectionListItem;
  rowProps: RowProps;
  /** The server's word on the connection's state (connections/status), once it has answered. */
  serverState?: SyncState;
  onToggle(connection: ConnectionListItem, enabled: boolean): void;
}

function Endpoint({ name, connector, icon }: { name: string; connector?: string; icon?: string }) {
  return (
    <>
      <ConnectorIcon name={connector ?? name} icon={icon} size={20} />
      <span className={classes.endpoint} title={name}>
        {name}
      </span>
    </>
  );
}

function Row({ connection, rowProps, serverState, onToggle }: ConnectionRowProps) {
  const state = listSyncState(connection, serverState);
  const schemaChanged = connection.schemaChange === "breaking" || connection.schemaChange === "non_breaking";
  const lastSyncAt = connection.latestSyncJobCreatedAt;
  return (
    <tr {...rowProps}>
      <td>
        <Link to={`/connections/${connection.connectionId}`} className={classes.name}>
          {formatName(connection.name)}
        </Link>
        {connection.tags && connection.tags.length > 0 && (
          <span className={classes.tags} aria-label={`Tags: ${connection.tags.map((tag) => formatName(tag.name)).join(", ")}`} role="group">
            {connection.tags.map((tag) => (
              <TagBadge key={tag.tagId} name={formatName(tag.name)} color={tag.color} />
            ))}
          </span>
        )}
      </td>
      <td>
        <span className={classes.line}>
          <Endpoint
            name={connection.source.name ?? "Unknown source"}
            connector={connection.source.sourceName}
            icon={connection.source.icon}
          />
          <IconArrowRight size={14} aria-label="to" role="img" />
          <Endpoint
            name={connection.destination.name ?? "Unknown destination"}
            connector={connection.destination.destinationName}
            icon={connection.destination.icon}
          />
        </span>
      </td>
      <td>
        <span className={classes.line}>
          <DotBadge color={SYNC_STATE_COLOR[state]} title={SYNC_STATE_HINT[state]}>
            {SYNC_STATE_LABEL[state]}
          </DotBadge>
          {schemaChanged && <DotBadge color="orange">Schema changed</DotBadge>}
        </span>
      </td>
      {/* Cron schedules show their expression here; the connection's settings put it in words
          (the describer would add about 7 KB to the first screen). */}
      <td>{summariseSchedule(connection.scheduleType, connection.scheduleData)}</td>
      <td>
        {lastSyncAt !== undefined && connection.latestSyncJobStatus ? (
          `${formatDateTime(toMillis(lastSyncAt))} · ${connection.latestSyncJobStatus}`
        ) : (
          <span className={classes.dimmed}>Never</span>
        )}
      </td>
      <td className={classes.toggleCell}>
        <ToggleSwitch
          checked={connection.status === "active"}
          disabled={connection.status === "deprecated" || connection.status === "locked"}
          onChange={(event) => onToggle(connection, event.currentTarget.checked)}
          aria-label={`Enable ${formatName(connection.name)}`}
        />
      </td>
    </tr>
  );
}

// A keystroke in the search box re-renders the page, not every row: a row changes only with its data.
export const ConnectionRow = memo(
  Row,
  (before, after) =>
    before.connection === after.connection &&
    before.serverState === after.serverState &&
    before.onToggle === after.onToggle &&
    before.rowProps["data-index"] === after.rowProps["data-index"] &&
    before.rowProps.ref === after.rowProps.ref,
);
