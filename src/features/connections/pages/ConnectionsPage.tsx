import { Anchor, Badge, Button, Center, Group, Paper, Stack, Text, UnstyledButton, VisuallyHidden } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconPlus, IconSelector } from "@tabler/icons-react";
import { useMemo } from "react";
import { Link } from "react-router";
import { formatDateTime, toMillis } from "@/shared/format";
import { useInstantSearchParams } from "@/shared/useInstantSearchParams";
import { useConnectionListItems, useToggleConnectionStatus, type ConnectionListItem } from "@/api/hooks/connections";
import { describeError } from "@/api/errors";
import { useWorkspaceId } from "@/shared/WorkspaceContext";
import { ErrorAlert } from "@/components/ErrorAlert";
import { PageHeader } from "@/components/PageHeader";
import { PageLoader } from "@/components/PageLoader";
import { PlainTable } from "@/components/PlainTable";
import { SearchField } from "@/components/controls/SearchField";
import { SegmentedChoice } from "@/components/controls/SegmentedChoice";
import { ToggleSwitch } from "@/components/controls/ToggleSwitch";
import { notify } from "@/shared/notify";
import { ConnectionStateBadge } from "../components/ConnectionStatusBadge";
import { SourceToDestination } from "../components/SourceToDestination";
import { connectionState, STATE_LABEL, type ConnectionState } from "../lib/connectionState";
import { summariseSchedule } from "../lib/scheduleSummary";

type SortKey = "name" | "state" | "lastSync" | "schedule";
type StatusFilter = "all" | "enabled" | "disabled" | "failed";

interface Row {
  connection: ConnectionListItem;
  sourceName: string;
  sourceConnector?: string;
  sourceIcon?: string;
  destinationName: string;
  destinationConnector?: string;
  destinationIcon?: string;
  state: ConnectionState;
  schedule: string;
  lastSync?: { at: number; status: string };
  schemaChanged: boolean;
}

const STATUS_OPTIONS: { value: StatusFilter; label: string }[] = [
  { value: "all", label: "All" },
  { value: "enabled", label: "Enabled" },
  { value: "disabled", label: "Disabled" },
  { value: "failed", label: "Failed" },
];

function lastSyncOf(connection: ConnectionListItem): Row["lastSync"] {
  if (connection.latestSyncJobCreatedAt === undefined || !connection.latestSyncJobStatus) return undefined;
  return { at: toMillis(connection.latestSyncJobCreatedAt) ?? 0, status: connection.latestSyncJobStatus };
}

// While a sync runs, the list is asked again this often so its state and last sync catch up.
const SYNCING_REFRESH_MS = 5_000;
const refreshWhileSyncing = (items: ConnectionListItem[] | undefined) => (items?.some((c) => c.isSyncing) ? SYNCING_REFRESH_MS : false);

export function ConnectionsPage() {
  const workspaceId = useWorkspaceId();
  const [params, setParams] = useInstantSearchParams();
  const query = params.get("q") ?? "";
  const status = (STATUS_OPTIONS.some((o) => o.value === params.get("status")) ? params.get("status") : "all") as StatusFilter;
  const sort = (["name", "state", "lastSync", "schedule"].includes(params.get("sort") ?? "") ? params.get("sort") : "name") as SortKey;
  const dir = params.get("dir") === "desc" ? "desc" : "asc";

  const connections = useConnectionListItems(workspaceId, { refetchInterval: refreshWhileSyncing });
  const toggle = useToggleConnectionStatus(workspaceId);

  const rows = useMemo<Row[]>(
    () =>
      (connections.data ?? []).map((connection) => ({
        connection,
        sourceName: connection.source.name ?? "Unknown source",
        sourceConnector: connection.source.sourceName,
        sourceIcon: connection.source.icon,
        destinationName: connection.destination.name ?? "Unknown destination",
        destinationConnector: connection.destination.destinationName,
        destinationIcon: connection.destination.icon,
        // isSyncing also covers a sync that started after the latest job was recorded.
        state: connection.isSyncing ? "running" : connectionState(connection.latestSyncJobStatus),
        // Cron schedules show their expression here; the connection's settings put it in words
        // (the describer would add about 7 KB to the first screen).
        schedule: summariseSchedule(connection.scheduleType, connection.scheduleData),
        lastSync: lastSyncOf(connection),
        schemaChanged: connection.schemaChange === "breaking" || connection.schemaChange === "non_breaking",
      })),
    [connections.data],
  );

  const visible = useMemo(() => {
    const needle = query.trim().toLowerCase();
    const filtered = rows.filter((row) => {
      if (status === "enabled" && row.connection.status !== "active") return false;
      if (status === "disabled" && row.connection.status === "active") return false;
      if (status === "failed" && row.state !== "failed") return false;
      if (!needle) return true;
      return [row.connection.name, row.sourceName, row.destinationName].some((text) => text.toLowerCase().includes(needle));
    });
    const factor = dir === "asc" ? 1 : -1;
    const value = (row: Row): string | number => {
      if (sort === "state") return STATE_LABEL[row.state];
      if (sort === "lastSync") return row.lastSync?.at ?? 0;
      if (sort === "schedule") return row.schedule;
      return row.connection.name.toLowerCase();
    };
    return filtered.sort((a, b) => {
      const x = value(a);
      const y = value(b);
      return (typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y))) * factor;
    });
  }, [rows, query, status, sort, dir]);

  const update = (changes: Record<string, string | null>) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === "" || (key === "status" && value === "all")) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );
  };

  const onToggle = (connection: ConnectionListItem, enabled: boolean) => {
    toggle.mutate(
      { connectionId: connection.connectionId, enabled },
      {
        onError: (error) =>
          notify({ color: "red", title: `Could not ${enabled ? "enable" : "disable"} ${connection.name}`, message: describeError(error) }),
      },
    );
  };

  const newButton = (
    <Button component={Link} to="/connections/new" leftSection={<IconPlus size={16} aria-hidden="true" />}>
      New connection
    </Button>
  );

  let body;
  if (connections.isPending) body = <PageLoader label="Loading connections" />;
  else if (connections.isError)
    body = <ErrorAlert title="Could not load connections" error={connections.error} onRetry={() => void connections.refetch()} />;
  else if (rows.length === 0)
    body = (
      <Paper withBorder p="xl">
        <Center>
          <Stack align="center" gap="sm">
            <Text fw={600}>No connections yet</Text>
            <Text c="dimmed" size="sm" ta="center">
              A connection moves data from a source to a destination on a schedule.
            </Text>
            {newButton}
          </Stack>
        </Center>
      </Paper>
    );
  else {
    const header = (key: SortKey, label: string) => {
      const active = sort === key;
      const Icon = active ? (dir === "asc" ? IconArrowUp : IconArrowDown) : IconSelector;
      return (
        <th aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : "none"}>
          <UnstyledButton onClick={() => update({ sort: key, dir: active && dir === "asc" ? "desc" : "asc" })}>
            <Group gap={4} wrap="nowrap">
              <Text size="sm" fw={600}>
                {label}
              </Text>
              <Icon size={14} aria-hidden="true" />
              <VisuallyHidden>{active ? `, sorted ${dir === "asc" ? "ascending" : "descending"}` : ", sort"}</VisuallyHidden>
            </Group>
          </UnstyledButton>
        </th>
      );
    };
    body = (
      <Stack gap="sm">
        <Group gap="sm" wrap="wrap">
          <SearchField
            label="Search connections"
            placeholder="Search by name, source or destination"
            value={query}
            onChange={(value) => update({ q: value })}
            style={{ flex: "1 1 240px" }}
          />
          <SegmentedChoice
            label="Filter by status"
            options={STATUS_OPTIONS}
            value={status}
            onChange={(value) => update({ status: value })}
          />
        </Group>
        <Text size="sm" c="dimmed" role="status">
          {visible.length === rows.length ? `${rows.length} connections` : `${visible.length} of ${rows.length} connections`}
        </Text>
        {visible.length === 0 ? (
          <Paper withBorder p="lg">
            <Text ta="center">No connections match your search and filter.</Text>
          </Paper>
        ) : (
          <PlainTable label="Connections" minWidth={880}>
            <thead>
              <tr>
                {header("name", "Name")}
                <th>Source → destination</th>
                {header("state", "State")}
                {header("schedule", "Schedule")}
                {header("lastSync", "Last sync")}
                <th>Enabled</th>
              </tr>
            </thead>
            <tbody>
              {visible.map((row) => (
                <tr key={row.connection.connectionId}>
                  <td>
                    <Anchor
                      component={Link}
                      to={`/connections/${row.connection.connectionId}`}
                      fw={600}
                      style={{ wordBreak: "break-word" }}
                    >
                      {row.connection.name}
                    </Anchor>
                  </td>
                  <td>
                    <SourceToDestination
                      source={{ name: row.sourceName, connectorName: row.sourceConnector, icon: row.sourceIcon }}
                      destination={{ name: row.destinationName, connectorName: row.destinationConnector, icon: row.destinationIcon }}
                    />
                  </td>
                  <td>
                    <Group gap={6}>
                      <ConnectionStateBadge state={row.state} />
                      {row.schemaChanged && (
                        // dot variant: text in the body colour, like the state badge (AA contrast).
                        <Badge color="orange" variant="dot" radius="sm" style={{ minWidth: "max-content" }}>
                          Schema changed
                        </Badge>
                      )}
                    </Group>
                  </td>
                  <td>
                    <Text size="sm">{row.schedule}</Text>
                  </td>
                  <td>
                    {row.lastSync ? (
                      <Text size="sm">
                        {formatDateTime(row.lastSync.at)} · {row.lastSync.status}
                      </Text>
                    ) : (
                      <Text size="sm" c="dimmed">
                        Never
                      </Text>
                    )}
                  </td>
                  <td>
                    <ToggleSwitch
                      checked={row.connection.status === "active"}
                      disabled={row.connection.status === "deprecated" || row.connection.status === "locked"}
                      onChange={(event) => onToggle(row.connection, event.currentTarget.checked)}
                      aria-label={`Enable ${row.connection.name}`}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </PlainTable>
        )}
      </Stack>
    );
  }

  return (
    <>
      <PageHeader
        title="Connections"
        description="What moves from each source to each destination, and when."
        actions={rows.length > 0 ? newButton : undefined}
      />
      {body}
    </>
  );
}
