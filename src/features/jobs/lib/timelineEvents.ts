// What one timeline event (connections/events/list) says, read defensively: the summary is a free
// JSON object whose shape depends on the event type and the server's version, so every field is
// checked before use and anything unexpected is shown as it is rather than breaking the list.
// Summary shapes (airbytehq/airbyte-platform, airbyte-data .../services/shared/): FinalStatusEvent and
// FailedEvent (job end: jobId, start/endTimeEpochSeconds, bytesLoaded, recordsLoaded, recordsRejected,
// attemptsCount, jobType, statusType, streams, failureReason), ManuallyStartedEvent (jobId,
// startTimeEpochSeconds, jobType, streams), ConnectionSettingsChangedEvent (patches {field: {from,
// to}}, updateReason), ConnectionDisabledEvent (disabledReason), SchemaChangeAutoPropagationEvent
// (catalogDiff), SchemaConfigUpdateEvent (airbyteCatalogDiff), ConnectorUpdate (fromVersion,
// toVersion, connectorType, connectorName, triggeredBy).
import { toMillis } from "@/shared/format";

export type TimelineStatus = "started" | "succeeded" | "failed" | "incomplete" | "cancelled";
export type TimelineGroup = "sync" | "refresh" | "clear" | "settings" | "status" | "schema" | "connector";

interface KnownType {
  group: TimelineGroup;
  status?: TimelineStatus;
  title: string;
}

const JOB_TITLES = { sync: "Sync", refresh: "Refresh", clear: "Clear" } as const;
const STATUS_TITLES: Record<TimelineStatus, string> = {
  started: "started",
  succeeded: "succeeded",
  failed: "failed",
  incomplete: "incomplete",
  cancelled: "cancelled",
};

/** Every event type the API defines (ConnectionEventType), except UNKNOWN, which is shown generically. */
export const KNOWN_TYPES: Record<string, KnownType> = {
  ...Object.fromEntries(
    (["sync", "refresh", "clear"] as const).flatMap((group) =>
      (Object.keys(STATUS_TITLES) as TimelineStatus[]).map((status) => [
        `${group.toUpperCase()}_${status.toUpperCase()}`,
        { group, status, title: `${JOB_TITLES[group]} ${STATUS_TITLES[status]}` },
      ]),
    ),
  ),
  CONNECTION_SETTINGS_UPDATE: { group: "settings", title: "Settings changed" },
  CONNECTION_ENABLED: { group: "status", title: "Connection enabled" },
  CONNECTION_DISABLED: { group: "status", title: "Connection disabled" },
  SCHEMA_UPDATE: { group: "schema", title: "Source schema change applied" },
  SCHEMA_CONFIG_UPDATE: { group: "schema", title: "Streams changed" },
  CONNECTOR_UPDATE: { group: "connector", title: "Connector version changed" },
};

export const GROUP_LABEL: Record<TimelineGroup, string> = {
  sync: "Syncs",
  refresh: "Refreshes",
  clear: "Clears",
  settings: "Settings changes",
  status: "Enabled / disabled",
  schema: "Schema changes",
  connector: "Connector updates",
};

export const STATUS_LABEL: Record<TimelineStatus, string> = {
  started: "Started",
  succeeded: "Succeeded",
  failed: "Failed",
  incomplete: "Incomplete",
  cancelled: "Cancelled",
};

interface SettingChange {
  field: string;
  label: string;
  from: string;
  to: string;
}

export interface TimelineItem {
  id: string;
  /** The type as the server sent it (possibly one this console does not know). */
  type: string;
  known: boolean;
  title: string;
  group?: TimelineGroup;
  status?: TimelineStatus;
  createdAtMs?: number;
  jobId?: number;
  user?: string;
  records?: number;
  bytes?: number;
  rejected?: number;
  attempts?: number;
  durationMs?: number;
  failure?: string;
  reason?: string;
  changes: SettingChange[];
  /** Plain sentences about what changed (streams, connector versions). */
  notes: string[];
  /** The summary as sent, for an event this console cannot describe. */
  raw?: string;
}

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj => typeof value === "object" && value !== null && !Array.isArray(value);
const num = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : undefined);
const str = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value : undefined);

const FIELD_LABEL: Record<string, string> = {
  scheduleType: "Schedule type",
  scheduleData: "Schedule",
  name: "Name",
  namespaceDefinition: "Destination namespace",
  namespaceFormat: "Namespace format",
  prefix: "Stream prefix",
  resourceRequirements: "Resources",
  dataplaneGroupId: "Data plane",
  notifySchemaChanges: "Notify about schema changes",
  notifySchemaChangesByEmail: "Email about schema changes",
  nonBreakingChangesPreference: "Non-breaking schema changes",
  backfillPreference: "Backfill new columns",
};

/** A setting's value in words: schedules read as schedules, nothing as "not set", the rest as JSON. */
function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "(not set)";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "string" || typeof value === "number") return String(value);
  if (isObj(value)) {
    const basic = value.basicSchedule;
    if (isObj(basic) && num(basic.units) !== undefined && str(basic.timeUnit))
      return `Every ${String(basic.units)} ${String(basic.timeUnit)}`;
    const cron = value.cron;
    if (isObj(cron) && str(cron.cronExpression))
      return `Cron ${String(cron.cronExpression)}${str(cron.cronTimeZone) ? ` (${String(cron.cronTimeZone)})` : ""}`;
  }
  return JSON.stringify(value);
}

function settingChanges(summary: Obj): SettingChange[] {
  if (!isObj(summary.patches)) return [];
  return Object.entries(summary.patches).map(([field, patch]) => ({
    field,
    label: FIELD_LABEL[field] ?? field,
    from: describeValue(isObj(patch) ? patch.from : undefined),
    to: describeValue(isObj(patch) ? patch.to : patch),
  }));
}

function streamNames(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list
    .map((item) => (isObj(item) ? [str(item.streamNamespace) ?? str(item.namespace), str(item.streamName) ?? str(item.name)] : []))
    .filter(([, name]) => name !== undefined)
    .map(([namespace, name]) => (namespace ? `${namespace}.${name}` : String(name)));
}

function schemaNotes(summary: Obj): string[] {
  const notes: string[] = [];
  const config = isObj(summary.airbyteCatalogDiff) ? summary.airbyteCatalogDiff.catalogConfigDiff : undefined;
  if (isObj(config)) {
    const enabled = streamNames(config.streamsEnabled);
    const disabled = streamNames(config.streamsDisabled);
    if (enabled.length > 0) notes.push(`Streams enabled: ${enabled.join(", ")}`);
    if (disabled.length > 0) notes.push(`Streams disabled: ${disabled.join(", ")}`);
  }
  const diff = isObj(summary.catalogDiff)
    ? summary.catalogDiff
    : isObj(summary.airbyteCatalogDiff)
      ? summary.airbyteCatalogDiff.catalogDiff
      : undefined;
  if (isObj(diff) && Array.isArray(diff.transforms)) {
    const count = (type: string) => (diff.transforms as unknown[]).filter((t) => isObj(t) && t.transformType === type).length;
    const added = count("add_stream");
    const removed = count("remove_stream");
    const updated = count("update_stream");
    const parts = [
      added ? `${added} stream${added === 1 ? "" : "s"} added` : "",
      removed ? `${removed} removed` : "",
      updated ? `${updated} with changed fields` : "",
    ].filter(Boolean);
    if (parts.length > 0) notes.push(parts.join(", "));
  }
  return notes;
}

function userName(user: unknown): string | undefined {
  if (!isObj(user)) return undefined;
  if (user.isDeleted === true) return "a deleted user";
  return str(user.name) ?? str(user.email);
}

/**
 * A CONNECTOR_UPDATE (ConnectorUpdate.kt: fromVersion, toVersion, connectorType, connectorName,
 * triggeredBy). The connector is named by `connectorName`, never by `connectorType`: the server's
 * upgradeActorVersion sends SOURCE for a destination too.
 */
function connectorUpdateNotes(summary: Record<string, unknown>): string[] {
  const from = str(summary.fromVersion);
  const to = str(summary.toVersion);
  if (!from && !to) return [];
  const name = str(summary.connectorName) ?? "Connector";
  const notes = [
    from && to ? `${name} upgraded from ${from} to ${to}` : to ? `${name} upgraded to ${to}` : `${name} upgraded from ${from}`,
  ];
  if (str(summary.triggeredBy) === "BREAKING_CHANGE_MANUAL") notes.push("Upgraded by a user, accepting its breaking changes");
  return notes;
}

/** One event as the timeline shows it; never throws, whatever the server sent. */
export function readTimelineEvent(event: unknown, index = 0): TimelineItem {
  const value = isObj(event) ? event : {};
  const type = str(value.eventType) ?? "UNKNOWN";
  const known = KNOWN_TYPES[type];
  const summary = isObj(value.summary) ? value.summary : {};
  const createdAt = num(value.createdAt) ?? num(value.created_at);
  const start = toMillis(num(summary.startTimeEpochSeconds));
  const end = toMillis(num(summary.endTimeEpochSeconds));
  const failure = isObj(summary.failureReason)
    ? (str(summary.failureReason.externalMessage) ?? str(summary.failureReason.internalMessage))
    : undefined;
  const connectorNote = type === "CONNECTOR_UPDATE" ? connectorUpdateNotes(summary) : [];
  const item: TimelineItem = {
    id: str(value.id) ?? `event-${index}`,
    type,
    known: Boolean(known),
    title: known?.title ?? (type === "UNKNOWN" ? "Other event" : `Event: ${type}`),
    group: known?.group,
    status: known?.status,
    createdAtMs: toMillis(createdAt),
    jobId: num(summary.jobId),
    user: userName(value.user),
    records: num(summary.recordsLoaded),
    bytes: num(summary.bytesLoaded),
    rejected: num(summary.recordsRejected),
    attempts: num(summary.attemptsCount),
    durationMs: start !== undefined && end !== undefined && end >= start ? end - start : undefined,
    failure,
    reason: str(summary.updateReason) ?? str(summary.disabledReason),
    changes: settingChanges(summary),
    notes: [...schemaNotes(summary), ...connectorNote],
  };
  if (!known || (item.group === "schema" && item.notes.length === 0) || (item.group === "settings" && item.changes.length === 0)) {
    item.raw = Object.keys(summary).length > 0 ? JSON.stringify(summary, null, 2) : undefined;
  }
  return item;
}
