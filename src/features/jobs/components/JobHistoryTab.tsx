import { Button, Card, Collapse, Group, Loader, MultiSelect, Stack, Text, TextInput, Title } from "@mantine/core";
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useInstantSearchParams } from "@/shared/useInstantSearchParams";
import { useJobHistory } from "@/api/hooks/jobs";
import type { ConnectionRead, JobWithAttemptsRead, WebBackendConnectionRead } from "@/api/types";
import { ErrorAlert } from "@/components/ErrorAlert";
import { LoadMoreFooter, VirtualListRegion } from "@/components/virtualList/VirtualListRegion";
import { useVirtualListRows } from "@/components/virtualList/useVirtualListRows";
import { useJobCompletionNotifier } from "../hooks/useJobCompletionNotifier";
import {
  createdAtBounds,
  FILTERABLE_STATUSES,
  readExpandedJob,
  readHistoryFilters,
  writeHistoryFilters,
  type HistoryFilters,
} from "../lib/historyFilters";
import { JOB_STATUS_LABEL } from "../lib/jobState";
import { JobRow } from "./JobRow";

const SyncHistoryChart = lazy(() => import("./SyncHistoryChart"));

// The height a closed job row is drawn at (JobRow): with the estimate right, rows coming into view do
// not move the rows after them.
const ROW_ESTIMATE = 57;
const jobKey = (item: JobWithAttemptsRead) => item.job?.id;

/** The connection's job history: newest first, filterable, virtualised, loading more as you scroll. */
export function JobHistoryTab({ connection }: { connection: ConnectionRead | WebBackendConnectionRead }) {
  const connectionId = connection.connectionId;
  const [params, setParams] = useInstantSearchParams();
  const filters = readHistoryFilters(params);
  const expandedJob = readExpandedJob(params);
  const bounds = createdAtBounds(filters);
  const history = useJobHistory(connectionId, { statuses: filters.statuses, ...bounds });
  const jobs = useMemo<JobWithAttemptsRead[]>(() => history.data?.pages.flatMap((page) => page.jobs) ?? [], [history.data]);
  const total = history.data?.pages.at(-1)?.totalJobCount;
  useJobCompletionNotifier(connectionId, jobs);
  const [showChart, setShowChart] = useState(true);

  const setFilters = (next: HistoryFilters) => setParams((current) => writeHistoryFilters(current, next), { replace: true });
  const setExpanded = useCallback(
    (jobId: number | null) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (jobId === null) next.delete("job");
          else next.set("job", String(jobId));
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const toggle = useCallback((jobId: number) => setExpanded(expandedJob === jobId ? null : jobId), [expandedJob, setExpanded]);

  // Nothing here reads isFetchingNextPage, so the tab renders when a page comes, not also when it is
  // asked for. Asking again while a page is on its way joins that request instead of starting it over.
  const { hasNextPage, fetchNextPage } = history;
  const loadMore = useCallback(() => fetchNextPage({ cancelRefetch: false }), [fetchNextPage]);
  const { scrollRef, virtualizer } = useVirtualListRows({ items: jobs, keyOf: jobKey, estimate: ROW_ESTIMATE, overscan: 8 });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;

  // Infinite scroll: near the end of what is loaded, load the next page. On new jobs too, not only a
  // new length: a page asked for while a refetch was on its way joined that refetch.
  useEffect(() => {
    if (lastIndex >= jobs.length - 5 && hasNextPage) void loadMore();
  }, [lastIndex, jobs, hasNextPage, loadMore]);

  // A job opened from the chart (or a shared link, or "back" from its log): scroll to it once it is
  // loaded, loading older pages until it is (the list is newest first).
  const scrolledTo = useRef<number | null>(null);
  useEffect(() => {
    if (expandedJob === null || scrolledTo.current === expandedJob) return;
    const index = jobs.findIndex((item) => item.job?.id === expandedJob);
    if (index >= 0) {
      scrolledTo.current = expandedJob;
      virtualizer.scrollToIndex(index, { align: "start" });
    } else if (hasNextPage && !history.isFetchNextPageError) {
      void loadMore();
    }
  }, [expandedJob, jobs, virtualizer, hasNextPage, loadMore, history.isFetchNextPageError]);

  const openFromChart = useCallback(
    (jobId: number) => {
      scrolledTo.current = null;
      setExpanded(jobId);
    },
    [setExpanded],
  );

  const filtered = filters.statuses.length > 0 || Boolean(filters.from) || Boolean(filters.to);

  return (
    <Stack gap="md">
      <Card withBorder padding="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <MultiSelect
            label="Status"
            placeholder={filters.statuses.length === 0 ? "Any status" : undefined}
            data={FILTERABLE_STATUSES.map((status) => ({ value: status, label: JOB_STATUS_LABEL[status] }))}
            value={filters.statuses}
            onChange={(value) => setFilters({ ...filters, statuses: value as HistoryFilters["statuses"] })}
            clearable
            w={{ base: "100%", sm: 280 }}
          />
          <TextInput
            type="date"
            label="From"
            value={filters.from ?? ""}
            max={filters.to}
            onChange={(event) => setFilters({ ...filters, from: event.currentTarget.value || undefined })}
          />
          <TextInput
            type="date"
            label="To"
            value={filters.to ?? ""}
            min={filters.from}
            onChange={(event) => setFilters({ ...filters, to: event.currentTarget.value || undefined })}
          />
          {filtered && (
            <Button variant="subtle" onClick={() => setFilters({ statuses: [] })}>
              Clear filters
            </Button>
          )}
        </Group>
      </Card>

      {history.isError && !history.data && (
        <ErrorAlert title="Could not load the job history" error={history.error} onRetry={() => void history.refetch()} />
      )}

      {jobs.length > 0 && (
        <Card withBorder padding="md">
          <Group justify="space-between" mb={showChart ? "xs" : 0}>
            <Title order={2} size="h5">
              Sync history over time
            </Title>
            <Button variant="subtle" size="xs" onClick={() => setShowChart((value) => !value)} aria-expanded={showChart}>
              {showChart ? "Hide chart" : "Show chart"}
            </Button>
          </Group>
          <Collapse expanded={showChart} transitionDuration={0}>
            {showChart && (
              <Suspense fallback={<Loader size="sm" role="status" aria-label="Loading the chart" />}>
                <SyncHistoryChart jobs={jobs} onOpenJob={openFromChart} />
              </Suspense>
            )}
          </Collapse>
        </Card>
      )}

      <Card withBorder padding={0}>
        <Group justify="space-between" px="md" py="sm">
          <Title order={2} size="h5">
            Jobs
          </Title>
          <Text size="sm" c="dimmed" role="status">
            {history.isPending
              ? "Loading…"
              : total !== undefined
                ? `${jobs.length.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} jobs loaded`
                : ""}
          </Text>
        </Group>
        {history.isPending ? (
          <Group justify="center" p="lg">
            <Loader size="sm" role="status" aria-label="Loading jobs" />
          </Group>
        ) : jobs.length === 0 && !history.isError ? (
          <Text p="md" size="sm" c="dimmed">
            {filtered ? "No jobs match these filters." : "No jobs yet. Start a sync from the Status tab and it will show up here."}
          </Text>
        ) : (
          <VirtualListRegion
            virtualizer={virtualizer}
            scrollRef={scrollRef}
            items={jobs}
            label="Job history"
            testId="job-history-list"
            endNote={hasNextPage && !history.isFetchNextPageError ? "Loading more jobs…" : undefined}
            renderItem={(item) =>
              item.job ? <JobRow item={item} connectionId={connectionId} expanded={expandedJob === item.job.id} onToggle={toggle} /> : null
            }
          />
        )}
        <LoadMoreFooter
          show={hasNextPage}
          onLoadMore={loadMore}
          failed={history.isFetchNextPageError ? { title: "Could not load more jobs", error: history.error } : undefined}
        />
      </Card>
    </Stack>
  );
}
