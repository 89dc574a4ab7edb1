import { Anchor, Center, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { IconPlus, IconSearch } from "@tabler/icons-react";
import { useRef } from "react";
import { Link } from "react-router";
import { TABLE_PAGE_SIZE } from "@/api/cursorPaging";
import { useDocumentTitle } from "@/shared/useDocumentTitle";
import { formatName, formatQuantity } from "@/shared/format";
import { useDebouncedValue } from "@/shared/useDebouncedValue";
import { useInstantSearchParams } from "@/shared/useInstantSearchParams";
import { useWorkspaceId } from "@/shared/WorkspaceContext";
import { ConnectorIcon } from "@/components/ConnectorIcon";
import { ErrorAlert } from "@/components/ErrorAlert";
import { PageLoader } from "@/components/PageLoader";
import { PageHeader } from "@/components/PageHeader";
import { PlainTable } from "@/components/PlainTable";
import { ariaSortOf, SortButton } from "@/components/SortButton";
import { PlainButton } from "@/components/controls/PlainButton";
import { PagedListFooter } from "@/components/pagedTable/PagedListFooter";
import { PagedTableRows } from "@/components/pagedTable/PagedTableRows";
import { useLoadMoreSentinel } from "@/components/pagedTable/useLoadMoreSentinel";
import { SyncStatusBadge } from "../components/SyncStatusBadge";
import { useConnectorList } from "../hooks/useConnectorQueries";
import { useFocusHeadingOnMount } from "../hooks/useFocusHeadingOnMount";
import { connectorApiFor } from "../lib/connectorApi";
import { formatSort, parseSort, serverSort, syncStateOf, type SortKey } from "../lib/listRows";
import type { ConnectorKind } from "../lib/types";

const SORTABLE: { key: SortKey; label: string }[] = [
  { key: "name", label: "Name" },
  { key: "connector", label: "Connector" },
];

const SEARCH_PAUSE_MS = 120;
const ROW_HEIGHT = 50;

/** /sources and /destinations: the saved connectors of the kind, a page at a time, searched and sorted by the server (state in the URL). */
export function ConnectorListPage({ kind }: { kind: ConnectorKind }) {
  const api = connectorApiFor(kind);
  useDocumentTitle([api.words.Plural]);
  const workspaceId = useWorkspaceId();
  const [searchParams, setSearchParams] = useInstantSearchParams();
  const query = searchParams.get("q") ?? "";
  const searched = useDebouncedValue(query.trim(), SEARCH_PAUSE_MS);
  const sort = parseSort(searchParams.get("sort"));
  const list = useConnectorList(api, workspaceId, {
    search: searched,
    sort: serverSort(sort.key, sort.direction),
    pageSize: TABLE_PAGE_SIZE,
  });
  const scrollRef = useRef<HTMLDivElement>(null);
  const attachEnd = useLoadMoreSentinel(scrollRef, list);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusHeadingOnMount(heading);

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

  function sortHeader(key: SortKey, label: string) {
    const active = sort.key === key;
    const direction = active && sort.direction === "asc" ? "desc" : "asc";
    const shown = active ? sort.direction : null;
    return (
      <th key={key} aria-sort={ariaSortOf(shown)}>
        <SortButton
          label={label}
          direction={shown}
          onClick={() => updateParams({ sort: key === "name" && direction === "asc" ? undefined : formatSort(key, direction) })}
        />
      </th>
    );
  }

  const newButton = (
    <PlainButton to={`${api.basePath}/new`} leftSection={<IconPlus size={16} aria-hidden="true" />}>
      New {api.words.singular}
    </PlainButton>
  );

  const total = list.total ?? 0;
  let body;
  if (list.isPending) body = <PageLoader label={`Loading ${api.words.plural}`} />;
  else if (list.error) body = <ErrorAlert title={`Could not load ${api.words.plural}`} error={list.error} onRetry={list.retry} />;
  else if (total === 0 && !searched && !list.isPlaceholder)
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
        <Text size="sm" c="dimmed" role="status">
          {list.isPlaceholder
            ? "Searching…"
            : searched
              ? `${formatQuantity(total, `${api.words.singular} matches`, `${api.words.plural} match`)}`
              : formatQuantity(total, api.words.singular, api.words.plural)}
        </Text>
        {list.items.length > 0 && (
          <PlainTable
            label={api.words.Plural}
            minWidth={560}
            maxHeight="max(360px, calc(100vh - 300px))"
            scrollRef={scrollRef}
            rowCount={total + 1}
            busy={list.isPlaceholder}
          >
            <caption className="visually-hidden">
              {api.words.Plural}, sorted by {sort.key === "lastSync" ? "last sync" : sort.key} {ariaSortOf(sort.direction)}
            </caption>
            <thead>
              <tr aria-rowindex={1}>
                {SORTABLE.map((column) => sortHeader(column.key, column.label))}
                <th>Connections</th>
                {sortHeader("lastSync", "Last sync")}
              </tr>
            </thead>
            <tbody>
              <PagedTableRows
                count={list.items.length}
                total={total}
                getKey={(index) => list.items[index]!.id}
                estimateSize={ROW_HEIGHT}
                colSpan={4}
                scrollRef={scrollRef}
                attachEnd={attachEnd}
                renderRow={(index, rowProps) => {
                  const connector = list.items[index]!;
                  return (
                    <tr {...rowProps}>
                      <td style={{ overflowWrap: "anywhere" }}>
                        <Anchor component={Link} to={`${api.basePath}/${connector.id}`} fw={500}>
                          {formatName(connector.name)}
                        </Anchor>
                      </td>
                      <td>
                        <Group gap="xs" wrap="nowrap">
                          <ConnectorIcon name={connector.definitionName} icon={connector.icon} size={24} />
                          <Text size="sm">{connector.definitionName}</Text>
                        </Group>
                      </td>
                      <td>{connector.numConnections ?? "—"}</td>
                      <td>
                        {connector.numConnections === undefined ? (
                          "—"
                        ) : (
                          <SyncStatusBadge state={syncStateOf(connector)} at={connector.lastSync} />
                        )}
                      </td>
                    </tr>
                  );
                }}
              />
            </tbody>
          </PlainTable>
        )}
        {list.items.length === 0 && !list.isPlaceholder && (
          <Text>
            No {api.words.singular} matches “{query}”.{" "}
            <Anchor component="button" type="button" onClick={() => updateParams({ q: undefined })}>
              Clear the search
            </Anchor>
          </Text>
        )}
        <PagedListFooter list={list} noun={api.words.plural} />
      </Stack>
    );

  return (
    <>
      <PageHeader
        ref={heading}
        title={api.words.Plural}
        description={kind === "source" ? "Where your data comes from." : "Where your data goes."}
        // At once, not after the list answers: creating needs nothing from it, and a button that appears
        // late moves the keyboard user's place on the page.
        actions={newButton}
      />
      {body}
    </>
  );
}
