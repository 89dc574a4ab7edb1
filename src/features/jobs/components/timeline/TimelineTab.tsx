import { Alert, Card, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useConnectionSyncStatus } from "@/api/hooks/syncStatus";
import { useConnectionEvents } from "@/api/hooks/timeline";
import type { ConnectionRead, WebBackendConnectionRead } from "@/api/types";
import { ErrorAlert } from "@/components/ErrorAlert";
import { LoadMoreFooter, VirtualListRegion } from "@/components/virtualList/VirtualListRegion";
import { useInstantSearchParams } from "@/shared/useInstantSearchParams";
import { readTimelineEvent } from "../../lib/timelineEvents";
import {
  eventTypesFor,
  isFiltered,
  readTimelineFilters,
  timelineBounds,
  writeTimelineFilters,
  type TimelineFilters,
} from "../../lib/timelineFilters";
import { JobHistoryTab } from "../JobHistoryTab";
import { TimelineEventRow } from "./TimelineEventRow";
import { TimelineFilterBar } from "./TimelineFilterBar";

const ROW_ESTIMATE = 64;
const BUSY = new Set(["running", "pending", "queued"]);

/**
 * The connection's timeline: every event the server recorded (jobs, settings, schema, connector
 * versions), newest first, filtered in the URL, virtualised and loaded as you scroll. A server
 * without connections/events gets the job history instead.
 */
export function TimelineTab({ connection }: { connection: ConnectionRead | WebBackendConnectionRead }) {
  const connectionId = connection.connectionId;
  const [params, setParams] = useInstantSearchParams();
  const filters = readTimelineFilters(params);
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
  const items = useMemo(
    () =>
      nothingCanMatch
        ? []
        : (events.data?.pages.flatMap((page) => page?.events ?? []) ?? []).map((event, index) => readTimelineEvent(event, index)),
    [events.data, nothingCanMatch],
  );
  const startedWithoutEnd = items.some(
    (item) => item.status === "started" && !items.some((other) => other.jobId === item.jobId && other.status !== "started"),
  );
  useEffect(() => setInFlight(startedWithoutEnd), [startedWithoutEnd]);
  const expanded = params.get("event");
  const setFilters = (next: TimelineFilters) => setParams((current) => writeTimelineFilters(current, next), { replace: true });
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

  const scrollRef = useRef<HTMLDivElement>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = events;
  // The virtualizer is a mutable object by design; this component does not rely on the compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 8,
    initialRect: { width: 1000, height: 640 },
    getItemKey: (index) => items[index]?.id ?? index,
    // Sizes from the ResizeObserver only (see JobHistoryTab: reading offsetHeight per row forces layouts).
    measureElement: (element, entry, instance) => {
      const box = entry?.borderBoxSize?.[0];
      if (box) return Math.round(box.blockSize);
      const key = instance.options.getItemKey(instance.indexFromElement(element));
      return instance.itemSizeCache.get(key) ?? ROW_ESTIMATE;
    },
  });
  const virtualItems = virtualizer.getVirtualItems();
  const lastIndex = virtualItems.at(-1)?.index ?? -1;
  useEffect(() => {
    if (lastIndex >= items.length - 5 && hasNextPage && !isFetchingNextPage && !nothingCanMatch) void fetchNextPage();
  }, [lastIndex, items.length, hasNextPage, isFetchingNextPage, fetchNextPage, nothingCanMatch]);

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
          <VirtualListRegion
            virtualizer={virtualizer}
            scrollRef={scrollRef}
            items={items}
            label="Connection timeline"
            testId="timeline-list"
            renderItem={(item) => (
              <TimelineEventRow item={item} connectionId={connectionId} expanded={expanded === item.id} onToggle={toggle} />
            )}
          />
        )}
        <LoadMoreFooter
          show={(hasNextPage || isFetchingNextPage) && !nothingCanMatch}
          loading={isFetchingNextPage}
          onLoadMore={() => void fetchNextPage()}
          failed={events.isFetchNextPageError ? { title: "Could not load more events", error: events.error } : undefined}
        />
      </Card>
    </Stack>
  );
}
