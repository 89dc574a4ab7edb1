import { Alert, Card, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { useCallback, useMemo, useState } from "react";
import { useConnectionSyncStatus } from "@/api/hooks/syncStatus";
import { useConnectionEvents } from "@/api/hooks/timeline";
import type { ConnectionRead, WebBackendConnectionRead } from "@/api/types";
import { ErrorAlert } from "@/components/ErrorAlert";
import { LoadMoreFooter } from "@/components/virtualList/VirtualListRegion";
import { useInstantSearchParams } from "@/shared/useInstantSearchParams";
import { readTimelineEvent, type TimelineItem } from "../../lib/timelineEvents";
import {
  eventTypesFor,
  isFiltered,
  readTimelineFilters,
  timelineBounds,
  writeTimelineFilters,
  type TimelineFilters,
} from "../../lib/timelineFilters";
import { JobHistoryTab } from "../JobHistoryTab";
import { TimelineFilterBar } from "./TimelineFilterBar";
import { TimelineList } from "./TimelineList";

const BUSY = new Set(["running", "pending", "queued"]);

type EventPage = NonNullable<ReturnType<typeof useConnectionEvents>["data"]>["pages"][number];

/** Each page's rows, read once: a page loaded later leaves the rows before it (and their memoised rows) as they were. */
const readByPage = new WeakMap<NonNullable<EventPage>, { offset: number; items: TimelineItem[] }>();

function readPages(pages: readonly EventPage[]): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const page of pages) {
    if (!page) continue;
    let read = readByPage.get(page);
    if (read?.offset !== items.length) {
      const offset = items.length;
      read = { offset, items: page.events.map((event, i) => readTimelineEvent(event, offset + i)) };
      readByPage.set(page, read);
    }
    items.push(...read.items);
  }
  return items;
}

/**
 * The connection's timeline: every event the server recorded (jobs, settings, schema, connector
 * versions), newest first, filtered in the URL, virtualised and loaded as you scroll. A server
 * without connections/events gets the job history instead.
 */
export function TimelineTab({ connection }: { connection: ConnectionRead | WebBackendConnectionRead }) {
  const connectionId = connection.connectionId;
  const [params, setParams] = useInstantSearchParams();
  // The same filters object until the URL changes, so the filter bar (memoised) is not drawn again on
  // every scroll step (the virtualizer renders this component as the list moves).
  const filters = useMemo(() => readTimelineFilters(params), [params]);
  const eventTypes = eventTypesFor(filters);
  const nothingCanMatch = eventTypes !== undefined && eventTypes.length === 0;
  const syncStatus = useConnectionSyncStatus(connectionId);
  const [inFlight, setInFlight] = useState(false);
  // Poll while a job runs (the server's status says so, or a started job has no end event yet), so
  // its end appears without a reload.
  const running = BUSY.has(syncStatus.data?.connectionSyncStatus ?? "") || inFlight;
  // Statuses apply to job events only: "settings" with "failed" can match nothing, so nothing is asked.
  const events = useConnectionEvents(connectionId, { eventTypes, ...timelineBounds(filters) }, running, !nothingCanMatch);
  const missing = events.data?.pages[0] === null;
  const items = useMemo(() => (nothingCanMatch ? [] : readPages(events.data?.pages ?? [])), [events.data, nothingCanMatch]);
  const ended = new Set(items.filter((item) => item.status !== "started").map((item) => item.jobId));
  const startedWithoutEnd = items.some((item) => item.status === "started" && !ended.has(item.jobId));
  // Kept in state because it decides the polling of the query it comes from (React's "adjust state
  // while rendering" pattern: one extra render when it changes, none on each scroll or page).
  if (inFlight !== startedWithoutEnd) setInFlight(startedWithoutEnd);
  const expanded = params.get("event");
  const setFilters = useCallback(
    (next: TimelineFilters) => setParams((current) => writeTimelineFilters(current, next), { replace: true }),
    [setParams],
  );
  const toggle = useCallback(
    (id: string) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (current.get("event") === id) next.delete("event");
          else next.set("event", id);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  // Nothing here reads isFetchingNextPage, so the tab renders when a page comes, not also when it is
  // asked for (a render that would land in a scroll frame). Asking again while a page is on its way
  // joins that request (cancelRefetch: false) instead of starting it over.
  const { hasNextPage, fetchNextPage } = events;
  const more = hasNextPage && !nothingCanMatch;
  const loadMore = useCallback(() => fetchNextPage({ cancelRefetch: false }), [fetchNextPage]);

  if (missing)
    return (
      <Stack gap="md">
        <Alert color="gray" title="This server keeps no timeline">
          It does not offer connection events (an older Airbyte version), so here is the job history instead.
        </Alert>
        <JobHistoryTab connection={connection} />
      </Stack>
    );

  const filtered = isFiltered(filters);
  const loading = events.isPending && !nothingCanMatch;
  return (
    <Stack gap="md">
      <TimelineFilterBar filters={filters} onChange={setFilters} />
      {events.isError && !events.data && (
        <ErrorAlert title="Could not load the timeline" error={events.error} onRetry={() => void events.refetch()} />
      )}
      <Card withBorder padding={0}>
        <Group justify="space-between" px="md" py="sm">
          <Title order={2} size="h5">
            Timeline
          </Title>
          <Text size="sm" c="dimmed" role="status">
            {loading
              ? "Loading…"
              : `${items.length.toLocaleString("en-US")} event${items.length === 1 ? "" : "s"} loaded${hasNextPage ? ", more as you scroll" : ""}`}
          </Text>
        </Group>
        {loading ? (
          <Group justify="center" p="lg">
            <Loader size="sm" role="status" aria-label="Loading the timeline" />
          </Group>
        ) : items.length === 0 && !events.isError ? (
          <Text p="md" size="sm" c="dimmed">
            {nothingCanMatch
              ? "No event has both this type and this status: statuses apply to syncs, refreshes and clears."
              : filtered
                ? "No events match these filters."
                : "Nothing has happened on this connection yet. Syncs, setting changes and schema changes will show up here."}
          </Text>
        ) : (
          <TimelineList
            items={items}
            connectionId={connectionId}
            expanded={expanded}
            onToggle={toggle}
            loadMore={more ? loadMore : undefined}
            endNote={more && !events.isFetchNextPageError ? "Loading more events…" : undefined}
          />
        )}
        <LoadMoreFooter
          show={more}
          onLoadMore={loadMore}
          failed={events.isFetchNextPageError ? { title: "Could not load more events", error: events.error } : undefined}
        />
      </Card>
    </Stack>
  );
}
