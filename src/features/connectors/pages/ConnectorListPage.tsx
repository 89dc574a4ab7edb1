import { Anchor, Button, Center, Group, Stack, Table, Text, TextInput, Title, UnstyledButton } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconPlus, IconSearch } from "@tabler/icons-react";
import { useMemo, useRef } from "react";
import { Link } from "react-router";
import { useInstantSearchParams } from "@/shared/useInstantSearchParams";
import { useWorkspaceId } from "@/shared/WorkspaceContext";
import { ConnectorIcon } from "@/components/ConnectorIcon";
import { ErrorAlert } from "@/components/ErrorAlert";
import { PageLoader } from "@/components/PageLoader";
import { PageHeader } from "@/components/PageHeader";
import { SyncStatusBadge } from "../components/SyncStatusBadge";
import { useConnectionSummaries } from "../hooks/useConnectionSummaries";
import { useConnectorList } from "../hooks/useConnectorQueries";
import { useFocusHeadingOnMount } from "../hooks/useFocusHeadingOnMount";
import { connectorApiFor } from "../lib/connectorApi";
import { buildRows, formatSort, parseSort, searchAndSort, type SortKey } from "../lib/listRows";
import type { ConnectorKind } from "../lib/types";

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: "name", label: "Name" },
  { key: "connector", label: "Connector" },
  { key: "connections", label: "Connections" },
  { key: "lastSync", label: "Last sync" },
];

/** /sources and /destinations: every saved connector of the kind, searchable and sortable (state in the URL). */
export function ConnectorListPage({ kind }: { kind: ConnectorKind }) {
  const api = connectorApiFor(kind);
  const workspaceId = useWorkspaceId();
  const connectors = useConnectorList(api, workspaceId);
  const connections = useConnectionSummaries(workspaceId);
  const [searchParams, setSearchParams] = useInstantSearchParams();
  const query = searchParams.get("q") ?? "";
  const sort = parseSort(searchParams.get("sort"));
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusHeadingOnMount(heading);

  const rows = useMemo(
    () => (connectors.data ? buildRows(kind, connectors.data, connections.data) : []),
    [kind, connectors.data, connections.data],
  );
  const visible = useMemo(() => searchAndSort(rows, query, sort.key, sort.direction), [rows, query, sort.key, sort.direction]);

  function updateParams(change: Record<string, string | undefined>) {
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(change)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  }

  function toggleSort(key: SortKey) {
    const direction = sort.key === key && sort.direction === "asc" ? "desc" : "asc";
    updateParams({ sort: key === "name" && direction === "asc" ? undefined : formatSort(key, direction) });
  }

  const newButton = (
    <Button component={Link} to={`${api.basePath}/new`} leftSection={<IconPlus size={16} aria-hidden="true" />}>
      New {api.words.singular}
    </Button>
  );

  let body;
  if (connectors.isPending) body = <PageLoader label={`Loading ${api.words.plural}`} />;
  else if (connectors.isError)
    body = <ErrorAlert title={`Could not load ${api.words.plural}`} error={connectors.error} onRetry={() => void connectors.refetch()} />;
  else if (connectors.data.length === 0)
    body = (
      <Center py="xl">
        <Stack align="center" gap="sm" maw={420} ta="center">
          <Title order={2} size="h3">
            No {api.words.plural} yet
          </Title>
          <Text c="dimmed">
            {kind === "source"
              ? "A source is where data comes from: a database, an API, files. Add one to start building connections."
              : "A destination is where data goes: a warehouse, a lake, a database. Add one to start building connections."}
          </Text>
          {newButton}
        </Stack>
      </Center>
    );
  else
    body = (
      <Stack gap="md">
        <TextInput
          label={`Search ${api.words.plural}`}
          placeholder="Name or connector"
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          value={query}
          onChange={(event) => updateParams({ q: event.currentTarget.value || undefined })}
          maw={420}
          autoComplete="off"
        />
        {connections.isError && (
          <ErrorAlert
            title="Could not load connection counts and sync status"
            error={connections.error}
            onRetry={() => void connections.refetch()}
          />
        )}
        <Text size="sm" c="dimmed" role="status" aria-live="polite">
          {visible.length === rows.length
            ? `${rows.length} ${api.words.plural}`
            : `${visible.length} of ${rows.length} ${api.words.plural} match`}
        </Text>
        <Table.ScrollContainer minWidth={560}>
          <Table striped highlightOnHover verticalSpacing="sm">
            <caption className="visually-hidden">
              {api.words.Plural}, sorted by {COLUMNS.find((c) => c.key === sort.key)?.label.toLowerCase()}{" "}
              {sort.direction === "asc" ? "ascending" : "descending"}
            </caption>
            <Table.Thead>
              <Table.Tr>
                {COLUMNS.map((column) => {
                  const active = sort.key === column.key;
                  const Icon = !active ? IconArrowsSort : sort.direction === "asc" ? IconArrowUp : IconArrowDown;
                  return (
                    <Table.Th key={column.key} aria-sort={active ? (sort.direction === "asc" ? "ascending" : "descending") : "none"}>
                      <UnstyledButton onClick={() => toggleSort(column.key)} fw={600} fz="sm">
                        <Group gap={4} wrap="nowrap">
                          {column.label}
                          <Icon size={14} aria-hidden="true" />
                        </Group>
                      </UnstyledButton>
                    </Table.Th>
                  );
                })}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {visible.map((row) => (
                <Table.Tr key={row.connector.id}>
                  <Table.Td style={{ overflowWrap: "anywhere" }}>
                    <Anchor component={Link} to={`${api.basePath}/${row.connector.id}`} fw={500}>
                      {row.connector.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <ConnectorIcon name={row.connector.definitionName} icon={row.connector.icon} size={24} />
                      <Text size="sm">{row.connector.definitionName}</Text>
                    </Group>
                  </Table.Td>
                  <Table.Td>{connections.data ? row.connectionCount : connections.isPending ? "…" : "—"}</Table.Td>
                  <Table.Td>
                    {connections.data ? <SyncStatusBadge state={row.lastSync} at={row.lastSyncAt} /> : connections.isPending ? "…" : "—"}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {visible.length === 0 && (
          <Text>
            No {api.words.singular} matches “{query}”.{" "}
            <Anchor component="button" type="button" onClick={() => updateParams({ q: undefined })}>
              Clear the search
            </Anchor>
          </Text>
        )}
      </Stack>
    );

  return (
    <>
      <PageHeader
        ref={heading}
        title={api.words.Plural}
        description={kind === "source" ? "Where your data comes from." : "Where your data goes."}
        actions={connectors.data && connectors.data.length > 0 ? newButton : undefined}
      />
      {body}
    </>
  );
}
