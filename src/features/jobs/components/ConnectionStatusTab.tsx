import { ActionIcon, Badge, Button, Card, Group, Progress, SimpleGrid, Stack, Table, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { notify } from '@/shared/notify';
import { IconPlayerPlay, IconPlayerStop, IconRefresh, IconReload, IconTrash } from '@tabler/icons-react';
import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useCancelJob, useClearData, useLastSuccessfulSync, usePrefetchJobHistory, useRecentJobs, useRefreshStreams, useSyncConnection } from '@/api/hooks/jobs';
import { describeError } from '@/api/errors';
import type { ConnectionRead, WebBackendConnectionRead } from '@/api/types';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useJobCompletionNotifier } from '../hooks/useJobCompletionNotifier';
import { useNow } from '@/shared/useNow';
import { selectedStreams } from '../lib/connectionStreams';
import { formatBytes, formatCount, formatDateTime, formatDuration, formatRelative, toMillis } from '@/shared/format';
import { connectionActions, findActiveJob, JOB_KIND_LABEL, JOB_STATUS_COLOR, JOB_STATUS_LABEL, jobKind, type ActionState } from '../lib/jobState';
import { attemptNumberOf, jobFigures, liveTotals, streamKey, streamProgress, streamStatuses, type StreamStatusRow } from '../lib/jobSummary';
import { nextScheduledSync } from '../lib/schedule';
import { StreamActionModal, type StreamActionChoice, type StreamActionKind } from './StreamActionModal';

type Connection = ConnectionRead | WebBackendConnectionRead;

const STREAM_STATE: Record<StreamStatusRow['state'], { label: string; color: string }> = {
  running: { label: 'Syncing', color: 'blue' },
  synced: { label: 'Synced', color: 'green' },
  failed: { label: 'Last sync failed', color: 'red' },
  cleared: { label: 'Cleared', color: 'gray' },
  never: { label: 'Not synced yet', color: 'gray' },
};

const STREAM_PAGE = 100;

function Fact({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" fw={500}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Stack>
  );
}

function StreamTable({ rows }: { rows: StreamStatusRow[] }) {
  const [filter, setFilter] = useState('');
  const [limit, setLimit] = useState(STREAM_PAGE);
  const filtered = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return needle ? rows.filter((row) => streamKey(row.name, row.namespace).toLowerCase().includes(needle)) : rows;
  }, [rows, filter]);
  if (rows.length === 0) return <Text size="sm" c="dimmed">This connection has no selected streams.</Text>;
  return (
    <Stack gap="xs">
      {rows.length > 10 && <TextInput label="Find a stream" size="xs" w={260} value={filter} onChange={(event) => setFilter(event.currentTarget.value)} />}
      {/* Scrolls sideways on narrow screens; focusable so keyboard users can scroll it too. */}
      <div style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label="Stream status, scrollable">
        <Table striped highlightOnHover aria-label="Stream status" miw={420}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Stream</Table.Th>
              <Table.Th>State</Table.Th>
              <Table.Th>Last synced</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>Records</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {filtered.slice(0, limit).map((row) => (
              <Table.Tr key={streamKey(row.name, row.namespace)}>
                <Table.Td>
                  <Text size="sm" style={{ wordBreak: 'break-all' }}>
                    {row.namespace ? <Text span c="dimmed" size="sm">{`${row.namespace}.`}</Text> : null}
                    {row.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="dot" color={STREAM_STATE[row.state].color}>
                    {STREAM_STATE[row.state].label}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" title={row.lastSyncedAt ? formatDateTime(row.lastSyncedAt) : undefined}>
                    {row.lastSyncedAt ? formatRelative(row.lastSyncedAt) : '—'}
                  </Text>
                </Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>{formatCount(row.records)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      {filtered.length > limit && (
        <Button variant="subtle" size="xs" w="fit-content" onClick={() => setLimit((value) => value + STREAM_PAGE)}>
          Show more streams ({(filtered.length - limit).toLocaleString('en-US')} more)
        </Button>
      )}
    </Stack>
  );
}

function ActionButton({ state, reasonId, ...props }: { state: ActionState; reasonId: string } & React.ComponentProps<typeof Button<'button'>>) {
  // Always the same element tree, so the button keeps focus and identity when it toggles.
  return (
    <Tooltip label={state.reason ?? ''} disabled={state.enabled} withinPortal>
      {/* A disabled button gets no pointer events; the wrapper shows why on hover. */}
      <span style={{ display: 'inline-block' }}>
        <Button {...props} disabled={!state.enabled} aria-describedby={state.enabled ? undefined : reasonId} />
      </span>
    </Tooltip>
  );
}

/** The connection's status tab: what runs now, when data last moved, and the actions possible now. */
export function ConnectionStatusTab({ connection }: { connection: Connection }) {
  const connectionId = connection.connectionId;
  const recent = useRecentJobs(connectionId);
  const lastSuccess = useLastSuccessfulSync(connectionId);
  const jobs = recent.data?.jobs;
  useJobCompletionNotifier(connectionId, jobs);
  // Once the status is on screen, warm the history tab's first page.
  usePrefetchJobHistory(connectionId, recent.isSuccess && lastSuccess.isSuccess);

  const sync = useSyncConnection(connectionId);
  const cancel = useCancelJob(connectionId);
  const clear = useClearData(connectionId);
  const refresh = useRefreshStreams(connectionId);
  const [modal, setModal] = useState<StreamActionKind | null>(null);
  const reasonId = useId();

  const active = findActiveJob(jobs);
  const now = useNow(Boolean(active));
  const latest = jobs?.[0];
  const streams = useMemo(() => selectedStreams(connection), [connection]);
  const streamRows = useMemo(() => streamStatuses(streams, jobs ?? []), [streams, jobs]);

  const actions = connectionActions({
    connection,
    activeJob: active?.job,
    requestPending: sync.isPending || cancel.isPending || clear.isPending || refresh.isPending,
    statusKnown: recent.isSuccess,
  });
  const reasons = new Map<string, string[]>();
  (
    [
      ['Sync now', actions.syncNow],
      ['Cancel', actions.cancel],
      ['Clear data', actions.clear],
      ['Refresh streams', actions.refresh],
    ] as const
  ).forEach(([label, state]) => {
    if (!state.enabled && state.reason) reasons.set(state.reason, [...(reasons.get(state.reason) ?? []), label]);
  });

  const onActionError = (title: string) => (error: unknown) => notify({ color: 'red', title, message: describeError(error) });

  const startSync = () =>
    sync.mutate(undefined, {
      onSuccess: (info) => notify({ color: 'blue', title: 'Sync started', message: `Job ${info.job.id} is ${info.job.status}.` }),
      onError: onActionError('Could not start the sync'),
    });
  const cancelJob = () => {
    if (!active?.job) return;
    cancel.mutate(active.job.id, {
      onSuccess: () => notify({ color: 'gray', title: 'Cancelling', message: `Job ${active.job?.id} is being cancelled.` }),
      onError: onActionError('Could not cancel the job'),
    });
  };
  const confirmStreamAction = (choice: StreamActionChoice) => {
    const refs = choice.streams?.map((s) => ({ streamName: s.name, streamNamespace: s.namespace }));
    const done = {
      onSuccess: () => {
        setModal(null);
        notify({ color: 'blue', title: modal === 'clear' ? 'Clearing data' : 'Refresh started', message: 'A job was started; follow it here.' });
      },
    };
    if (modal === 'clear') clear.mutate(refs ?? null, done);
    else refresh.mutate({ streams: refs ?? [], mode: choice.refreshMode }, done);
  };

  const lastSuccessAt = lastSuccess.data ? jobFigures(lastSuccess.data).endedAt ?? toMillis(lastSuccess.data.job?.updatedAt) : undefined;
  const next = nextScheduledSync(connection, toMillis(latest?.job?.createdAt));
  const nextText = next.kind === 'manual' ? 'Manual only' : next.kind === 'at' ? (next.at <= now + 60_000 ? 'Due now' : formatRelative(next.at, now)) : 'Unknown';

  let stateBadge: { label: string; color: string };
  if (active?.job) stateBadge = { label: `${JOB_KIND_LABEL[jobKind(active.job)]}: ${JOB_STATUS_LABEL[active.job.status]}`, color: JOB_STATUS_COLOR[active.job.status] };
  else if (connection.status === 'inactive') stateBadge = { label: 'Disabled', color: 'gray' };
  else if (!latest?.job) stateBadge = { label: 'Never synced', color: 'gray' };
  else stateBadge = { label: `Last ${JOB_KIND_LABEL[jobKind(latest.job)].toLowerCase()}: ${JOB_STATUS_LABEL[latest.job.status].toLowerCase()}`, color: JOB_STATUS_COLOR[latest.job.status] };

  const latestFailure = !active && latest?.job?.status === 'failed' ? latest.attempts?.at(-1)?.failureSummary?.failures?.[0] : undefined;
  const totals = liveTotals(active);
  const progress = streamProgress(active);
  const activeFigures = active ? jobFigures(active, now) : undefined;

  return (
    <Stack gap="md">
      <Card withBorder padding="md">
        <Stack gap="md">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Group gap="sm">
              <Title order={2} size="h4">
                Status
              </Title>
              {recent.isSuccess && (
                <Badge size="lg" variant="dot" color={stateBadge.color} data-testid="connection-sync-state">
                  {stateBadge.label}
                </Badge>
              )}
            </Group>
            <Group gap="xs" wrap="wrap">
              <ActionButton state={actions.syncNow} reasonId={reasonId} leftSection={<IconPlayerPlay size={16} />} onClick={startSync} loading={sync.isPending}>
                Sync now
              </ActionButton>
              <ActionButton state={actions.cancel} reasonId={reasonId} color="red" variant="light" leftSection={<IconPlayerStop size={16} />} onClick={cancelJob} loading={cancel.isPending}>
                Cancel
              </ActionButton>
              <ActionButton state={actions.clear} reasonId={reasonId} color="red" variant="default" leftSection={<IconTrash size={16} />} onClick={() => setModal('clear')}>
                Clear data
              </ActionButton>
              <ActionButton state={actions.refresh} reasonId={reasonId} variant="default" leftSection={<IconRefresh size={16} />} onClick={() => setModal('refresh')}>
                Refresh streams
              </ActionButton>
              <Tooltip label="Reload status">
                <ActionIcon variant="default" size="lg" aria-label="Reload status" onClick={() => void Promise.all([recent.refetch(), lastSuccess.refetch()])} loading={recent.isFetching}>
                  <IconReload size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
          </Group>
          {reasons.size > 0 && (
            <Stack gap={2} id={reasonId}>
              {[...reasons].map(([reason, labels]) => (
                <Text key={reason} size="xs" c="dimmed">
                  {labels.join(', ')}: {reason}
                </Text>
              ))}
            </Stack>
          )}
          {recent.isError && <ErrorAlert title="Could not load the connection's jobs" error={recent.error} onRetry={() => void recent.refetch()} />}
          {latestFailure && (
            <Text size="sm" c="red" role="note">
              Latest attempt failed: {latestFailure.externalMessage ?? 'no reason given.'}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
            <Fact
              label="Last successful sync"
              value={lastSuccess.isPending ? 'Loading…' : lastSuccess.isError ? 'Could not load' : lastSuccessAt ? formatRelative(lastSuccessAt, now) : 'Never'}
              hint={lastSuccessAt ? formatDateTime(lastSuccessAt) : undefined}
            />
            <Fact label="Next scheduled sync" value={nextText} hint={next.kind === 'at' ? formatDateTime(next.at) : next.kind === 'unknown' ? next.reason : 'Runs only when started by hand.'} />
            <Fact label="Latest job" value={latest?.job ? `#${latest.job.id} · ${formatRelative(toMillis(latest.job.createdAt), now)}` : '—'} />
          </SimpleGrid>
        </Stack>
      </Card>

      {active?.job && (
        <Card withBorder padding="md" component="section" aria-labelledby={`${reasonId}-progress`}>
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={3} size="h5" id={`${reasonId}-progress`}>
                {JOB_KIND_LABEL[jobKind(active.job)]} in progress · job {active.job.id}
              </Title>
              {(active.attempts?.length ?? 0) > 0 && (
                <Button
                  component={Link}
                  variant="subtle"
                  size="xs"
                  to={`/connections/${connectionId}/jobs/${active.job.id}/attempts/${attemptNumberOf(active.attempts?.at(-1), (active.attempts?.length ?? 1) - 1)}/logs`}
                >
                  Follow the log
                </Button>
              )}
            </Group>
            <SimpleGrid cols={{ base: 1, xs: 3 }}>
              <Fact label="Records so far" value={formatCount(totals.records)} hint={totals.estimatedRecords ? `of about ${formatCount(totals.estimatedRecords)}` : undefined} />
              <Fact label="Data so far" value={formatBytes(totals.bytes)} />
              <Fact label="Elapsed" value={formatDuration(activeFigures?.durationMs)} hint={(active.attempts?.length ?? 0) > 1 ? `Attempt ${active.attempts?.length}` : undefined} />
            </SimpleGrid>
            {totals.estimatedRecords && totals.records !== undefined ? (
              <Progress.Root>
                <Progress.Section value={Math.min(100, (totals.records / totals.estimatedRecords) * 100)} aria-label="Sync progress" />
              </Progress.Root>
            ) : null}
            {progress.length > 0 && (
              <div style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label="Progress per stream, scrollable">
                <Table aria-label="Progress per stream" miw={320}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Stream</Table.Th>
                      <Table.Th style={{ textAlign: 'right' }}>Records</Table.Th>
                      <Table.Th style={{ textAlign: 'right' }}>Data</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {progress.map((stream) => (
                      <Table.Tr key={streamKey(stream.name, stream.namespace)}>
                        <Table.Td>{streamKey(stream.name, stream.namespace)}</Table.Td>
                        <Table.Td style={{ textAlign: 'right' }}>{formatCount(stream.records)}</Table.Td>
                        <Table.Td style={{ textAlign: 'right' }}>{formatBytes(stream.bytes)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </div>
            )}
          </Stack>
        </Card>
      )}

      <Card withBorder padding="md">
        <Stack gap="sm">
          <Title order={3} size="h5">
            Streams
          </Title>
          {recent.isPending ? <Text size="sm" c="dimmed">Loading stream status…</Text> : <StreamTable rows={streamRows} />}
        </Stack>
      </Card>

      {modal && (
        <StreamActionModal
          kind={modal}
          opened
          streams={streams}
          pending={modal === 'clear' ? clear.isPending : refresh.isPending}
          error={modal === 'clear' ? clear.error : refresh.error}
          onClose={() => {
            setModal(null);
            clear.reset();
            refresh.reset();
          }}
          onConfirm={confirmStreamAction}
        />
      )}
    </Stack>
  );
}
