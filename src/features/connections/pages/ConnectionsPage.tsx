import { Center, Group, Stack, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useCallback, useMemo, useRef } from "react";
import {
  useConnectionList,
  useToggleConnectionStatus,
  type ConnectionListItem,
  type ConnectionListQuery,
  type ConnectionPage,
} from "@/api/hooks/connectionList";
import { useDocumentTitle } from "@/shared/useDocumentTitle";
import { TABLE_PAGE_SIZE } from "@/api/cursorPaging";
import { describeError } from "@/api/errors";
import { useConnectionStatuses } from "@/api/hooks/syncStatus";
import { useTags } from "@/api/hooks/tags";
import { formatQuantity } from "@/shared/format";
import { useDebouncedValue } from "@/shared/useDebouncedValue";
import { notify } from "@/shared/notify";
import { useInstantSearchParams } from "@/shared/useInstantSearchParams";
import { useWorkspaceId } from "@/shared/WorkspaceContext";
import { ErrorAlert } from "@/components/ErrorAlert";
import { PageHeader } from "@/components/PageHeader";
import { PageLoader } from "@/components/PageLoader";
import { PlainTable } from "@/components/PlainTable";
import { ariaSortOf, SortButton } from "@/components/SortButton";
import { PlainButton } from "@/components/controls/PlainButton";
import { SearchField } from "@/components/controls/SearchField";
import { SegmentedChoice } from "@/components/controls/SegmentedChoice";
import { PagedListFooter } from "@/components/pagedTable/PagedListFooter";
import { PagedTableRows } from "@/components/pagedTable/PagedTableRows";
import { useLoadMoreSentinel } from "@/components/pagedTable/useLoadMoreSentinel";
import { ConnectionRow } from "../components/ConnectionRow";
import { TagFilter } from "../components/TagFilter";
import { tagIdsFromParams, withTagIds } from "../lib/tagFilter";
import classes from "../components/ConnectionList.module.css";

// The sorts and filters the server offers (web_backend/connections/list): the list is paged, so
// ordering or filtering only the rows loaded so far would be wrong.
const SORTS = { name: "connectionName", source: "sourceName", destination: "destinationName", lastSync: "lastSync" } as const;
type SortKey = keyof typeof SORTS;
type StatusFilter = "all" | "enabled" | "disabled" | "failed";

const STATUS_OPTIONS: { value: StatusFilter; label: string }[] = [
  { value: "all", label: "All" },
  { value: "enabled", label: "Enabled" },
  { value: "disabled", label: "Disabled" },
  { value: "failed", label: "Failed" },
];

const STATUS_QUERY: Record<StatusFilter, Pick<ConnectionListQuery, "states" | "statuses">> = {
  all: {},
  enabled: { states: ["active"] },
  disabled: { states: ["inactive"] },
  failed: { statuses: ["failed"] },
};

// The server is asked once typing pauses this long; the box shows each keystroke at once.
const SEARCH_PAUSE_MS = 120;
// While a sync runs, a short list is asked again this often so its state and last sync catch up
// (a long one is not: each refresh asks again for every page loaded).
const SYNCING_REFRESH_MS = 5_000;
const refreshWhileSyncing = (pages: ConnectionPage[] | undefined) =>
  pages && pages.length <= 2 && pages.some((page) => page.items.some((c) => c.isSyncing)) ? SYNCING_REFRESH_MS : false;
const ROW_HEIGHT = 46;
const COLUMNS = 6;

export function ConnectionsPage() {
  useDocumentTitle(["Connections"]);
  const workspaceId = useWorkspaceId();
  const [params, setParams] = useInstantSearchParams();
  const search = params.get("q") ?? "";
  const status = (STATUS_OPTIONS.some((o) => o.value === params.get("status")) ? params.get("status") : "all") as StatusFilter;
  const sort = (params.get("sort") ?? "") in SORTS ? (params.get("sort") as SortKey) : "name";
  const dir = params.get("dir") === "desc" ? "desc" : "asc";
  const tagIds = tagIdsFromParams(params);
  const tags = useTags(workspaceId);
  const searched = useDebouncedValue(search.trim(), SEARCH_PAUSE_MS);
  const filtered = searched !== "" || status !== "all" || tagIds.length > 0;

  const list = useConnectionList(
    workspaceId,
    { search: searched, sort: `${SORTS[sort]}_${dir}`, ...STATUS_QUERY[status], tagIds, pageSize: TABLE_PAGE_SIZE },
    { refetchInterval: refreshWhileSyncing },
  );
  const loadedIds = useMemo(() => list.items.map((connection) => connection.connectionId), [list.items]);
  const serverStates = useConnectionStatuses(loadedIds);
  const toggle = useToggleConnectionStatus(workspaceId);
  const scrollRef = useRef<HTMLDivElement>(null);
  const attachEnd = useLoadMoreSentinel(scrollRef, list);

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

  const { mutate } = toggle;
  const onToggle = useCallback(
    (connection: ConnectionListItem, enabled: boolean) =>
      mutate(
        { connectionId: connection.connectionId, enabled },
        {
          onError: (error) =>
            notify({
              color: "red",
              title: `Could not ${enabled ? "enable" : "disable"} ${connection.name}`,
              message: describeError(error),
            }),
        },
      ),
    [mutate],
  );

  const newButton = (
    <PlainButton to="/connections/new" leftSection={<IconPlus size={16} aria-hidden="true" />}>
      New connection
    </PlainButton>
  );

  const sortButton = (key: SortKey, label: string) => {
    const active = sort === key;
    return (
      <SortButton
        label={label}
        direction={active ? dir : null}
        onClick={() => update({ sort: key, dir: active && dir === "asc" ? "desc" : null })}
      />
    );
  };
  const ariaSort = (...keys: SortKey[]) => ariaSortOf(keys.includes(sort) ? dir : null);

  const total = list.total ?? 0;
  let body;
  if (list.isPending) body = <PageLoader label="Loading connections" />;
  else if (list.error) body = <ErrorAlert title="Could not load connections" error={list.error} onRetry={list.retry} />;
  else if (total === 0 && !filtered && !list.isPlaceholder)
    body = (
      <div className={classes.box}>
        <Center>
          <Stack align="center" gap="sm">
            <Text fw={600}>No connections yet</Text>
            <Text c="dimmed" size="sm" ta="center">
              A connection moves data from a source to a destination on a schedule.
            </Text>
          </Stack>
        </Center>
      </div>
    );
  else
    body = (
      <Stack gap="sm">
        <Group gap="sm" wrap="wrap">
          <SearchField
            label="Search connections"
            placeholder="Search by name, source or destination"
            value={search}
            onChange={(value) => update({ q: value })}
            style={{ flex: "1 1 240px" }}
          />
          <SegmentedChoice
            label="Filter by status"
            options={STATUS_OPTIONS}
            value={status}
            onChange={(value) => update({ status: value })}
          />
          {/* Without tags (none made, or a server from before them) there is nothing to filter by. */}
          {((tags.data?.length ?? 0) > 0 || tagIds.length > 0) && (
            <TagFilter
              tags={tags.data ?? []}
              chosen={tagIds}
              onChange={(next) => setParams((current) => withTagIds(current, next), { replace: true })}
            />
          )}
        </Group>
        <Text size="sm" c="dimmed" role="status">
          {list.isPlaceholder
            ? "Searching…"
            : filtered
              ? `${formatQuantity(total, "connection matches", "connections match")}`
              : formatQuantity(total, "connection", "connections")}
        </Text>
        {list.items.length === 0 ? (
          !list.isPlaceholder && (
            <div className={classes.box}>
              <Text ta="center">No connections match your search and filter.</Text>
            </div>
          )
        ) : (
          <PlainTable
            label="Connections"
            minWidth={880}
            maxHeight="max(360px, calc(100vh - 260px))"
            scrollRef={scrollRef}
            rowCount={total + 1}
            busy={list.isPlaceholder}
          >
            <thead>
              <tr aria-rowindex={1}>
                <th aria-sort={ariaSort("name")}>{sortButton("name", "Name")}</th>
                <th aria-sort={ariaSort("source", "destination")}>
                  <Group gap={6} wrap="nowrap">
                    {sortButton("source", "Source")}
                    <span aria-hidden="true">→</span>
                    {sortButton("destination", "Destination")}
                  </Group>
                </th>
                <th>State</th>
                <th>Schedule</th>
                <th aria-sort={ariaSort("lastSync")}>{sortButton("lastSync", "Last sync")}</th>
                <th className={classes.toggleCell}>Enabled</th>
              </tr>
            </thead>
            <tbody>
              <PagedTableRows
                count={list.items.length}
                total={total}
                getKey={(index) => list.items[index]!.connectionId}
                renderRow={(index, rowProps) => {
                  const connection = list.items[index]!;
                  return (
                    <ConnectionRow
                      connection={connection}
                      rowProps={rowProps}
                      serverState={serverStates.get(connection.connectionId)?.connectionSyncStatus}
                      onToggle={onToggle}
                    />
                  );
                }}
                estimateSize={ROW_HEIGHT}
                colSpan={COLUMNS}
                scrollRef={scrollRef}
                attachEnd={attachEnd}
              />
            </tbody>
          </PlainTable>
        )}
        <PagedListFooter list={list} noun="connections" />
      </Stack>
    );

  return (
    <>
      <PageHeader
        title="Connections"
        description="What moves from each source to each destination, and when."
        // At once, not after the list answers: creating needs nothing from it, and a button that appears
        // late moves the keyboard user's place on the page.
        actions={newButton}
      />
      {body}
    </>
  );
}
