// Replication: the stream table on the saved catalog, save with a summary of the change, and a
// schema refresh with a review of what changed. Edits stay in the draft until saved; a failed
// save keeps every one of them.
import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRefresh } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useUpdateConnection } from '@/api/hooks/connections';
import type { ConnectionRead } from '@/api/types';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageLoader } from '@/components/PageLoader';
import { DiscoverError } from '../components/DiscoverError';
import { DiscoverProgress } from '../components/DiscoverProgress';
import { SaveChangesModal } from '../components/SaveChangesModal';
import { SchemaChangesReview } from '../components/SchemaChangesReview';
import { StreamTable } from '../components/StreamTable';
import { UnsavedChangesGuard } from '../components/UnsavedChangesGuard';
import { useConnectionContext } from '../hooks/useConnectionContext';
import { useDestinationModes } from '../hooks/useDestinationModes';
import { useDiscover } from '../hooks/useDiscover';
import { useDraftVersion } from '../hooks/useDraftVersion';
import { applySchemaChanges } from '../lib/applySchemaChanges';
import { CatalogDraft } from '../lib/catalogDraft';
import { diffCatalogs } from '../lib/catalogDiff';
import { describeChanges, summariseChanges, type ChangeSummary } from '../lib/changeSummary';
import type { StatusFilter } from '../lib/filterStreams';
import { MalformedCatalogError, readCatalog } from '../lib/readCatalog';
import type { DestinationSyncMode } from '../lib/types';
import { streamsNotReady } from '../lib/saveReadiness';

export function ReplicationTab() {
  const { connection } = useConnectionContext();
  const modes = useDestinationModes(connection.destinationId);
  if (modes.error) return <ErrorAlert title="Could not load what the destination supports" error={modes.error} onRetry={modes.retry} />;
  if (modes.isPending || !modes.modes) return <PageLoader label="Loading streams" />;
  return <ReplicationEditor key={connection.connectionId} connection={connection} destinationModes={modes.modes} />;
}

function savedDraft(connection: ConnectionRead, destinationModes: readonly DestinationSyncMode[]) {
  return new CatalogDraft(readCatalog(connection.syncCatalog, { destinationModes }), destinationModes);
}

function ReplicationEditor({ connection, destinationModes }: { connection: ConnectionRead; destinationModes: readonly DestinationSyncMode[] }) {
  const [draft, setDraft] = useState(() => {
    try {
      return savedDraft(connection, destinationModes);
    } catch (error) {
      if (error instanceof MalformedCatalogError) return error;
      throw error;
    }
  });
  const [sourceCatalogId, setSourceCatalogId] = useState<string | undefined>(undefined);
  const [summary, setSummary] = useState<ChangeSummary | null>(null);
  const [status, setStatus] = useState<StatusFilter>('all');
  const [blocking, setBlocking] = useState<string | null>(null);
  const update = useUpdateConnection();
  const discover = useDiscover(connection.sourceId, connection.connectionId);

  if (draft instanceof MalformedCatalogError) return <ErrorAlert title="This connection's saved catalog cannot be read" error={draft} />;
  return (
    <Editor
      connection={connection}
      draft={draft}
      destinationModes={destinationModes}
      onDraftChange={setDraft}
      sourceCatalogId={sourceCatalogId}
      setSourceCatalogId={setSourceCatalogId}
      summary={summary}
      setSummary={setSummary}
      status={status}
      setStatus={setStatus}
      blocking={blocking}
      setBlocking={setBlocking}
      update={update}
      discover={discover}
    />
  );
}

interface EditorProps {
  connection: ConnectionRead;
  draft: CatalogDraft;
  destinationModes: readonly DestinationSyncMode[];
  onDraftChange: (draft: CatalogDraft) => void;
  sourceCatalogId: string | undefined;
  setSourceCatalogId: (id: string | undefined) => void;
  summary: ChangeSummary | null;
  setSummary: (summary: ChangeSummary | null) => void;
  status: StatusFilter;
  setStatus: (status: StatusFilter) => void;
  blocking: string | null;
  setBlocking: (message: string | null) => void;
  update: ReturnType<typeof useUpdateConnection>;
  discover: ReturnType<typeof useDiscover>;
}

function Editor({ connection, draft, destinationModes, onDraftChange, sourceCatalogId, setSourceCatalogId, summary, setSummary, status, setStatus, blocking, setBlocking, update, discover }: EditorProps) {
  useDraftVersion(draft);
  const dirty = draft.isDirty;

  const review = useMemo(() => {
    if (discover.state.status !== 'done') return null;
    try {
      const fresh = readCatalog(discover.state.catalog, { destinationModes });
      const current = draft.toSyncCatalog().streams.map((item) => ({ stream: item.stream!, config: item.config! }));
      return { fresh, current, changes: diffCatalogs(current, fresh), catalogId: discover.state.catalogId };
    } catch (error) {
      if (error instanceof MalformedCatalogError) return { error };
      throw error;
    }
    // The draft's version is not a dependency: the review compares against the draft as it was when the refresh finished.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [discover.state, destinationModes]);

  const askToSave = () => {
    const notReady = streamsNotReady(draft);
    if (notReady) {
      setBlocking(notReady.message);
      if (notReady.hasStreamErrors) setStatus('errors');
      return;
    }
    setBlocking(null);
    setSummary(summariseChanges(connection.syncCatalog, draft.toSyncCatalog()));
  };

  const save = () => {
    const syncCatalog = draft.toSyncCatalog();
    const description = summary ? describeChanges(summary) : '';
    update.mutate(
      {
        connectionId: connection.connectionId,
        namespaceFormat: connection.namespaceFormat as string,
        syncCatalog,
        ...(sourceCatalogId ? { sourceCatalogId } : {}),
        ...(sourceCatalogId ? { breakingChange: false } : {}),
      },
      {
        onSuccess: (saved) => {
          setSummary(null);
          setSourceCatalogId(undefined);
          onDraftChange(savedDraft(saved, destinationModes));
          notifications.show({ closeButtonProps: { 'aria-label': 'Dismiss notification' }, color: 'green', title: 'Replication saved', message: description });
        },
        onError: () => setSummary(null),
      },
    );
  };

  const apply = () => {
    if (!review || 'error' in review) return;
    const merged = applySchemaChanges(review.current, review.fresh, connection.nonBreakingChangesPreference, destinationModes);
    onDraftChange(new CatalogDraft(merged, destinationModes, true));
    setSourceCatalogId(review.catalogId);
    discover.reset();
    setStatus('all');
    notifications.show({ closeButtonProps: { 'aria-label': 'Dismiss notification' }, color: 'blue', title: 'Schema changes applied', message: 'Review the streams, then save to keep them.' });
  };

  const discard = () => {
    setSourceCatalogId(undefined);
    onDraftChange(savedDraft(connection, destinationModes));
  };

  const discoverState = discover.state;
  return (
    <Stack gap="md">
      <UnsavedChangesGuard when={dirty} message="Your replication changes have not been saved. Leave and lose them?" />
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="dimmed">
          Choose which streams sync and how. Changes apply from the next sync.
        </Text>
        <Button variant="default" leftSection={<IconRefresh size={16} aria-hidden="true" />} onClick={discover.start} loading={discoverState.status === 'running'}>
          Refresh source schema
        </Button>
      </Group>
      {discoverState.status === 'running' && <DiscoverProgress sourceName="the source" startedAt={discoverState.startedAt} stage={discoverState.stage} onCancel={discover.cancel} />}
      {discoverState.status === 'error' && <DiscoverError error={discoverState.error} onRetry={discover.start} />}
      {review && 'error' in review && <DiscoverError error={review.error} onRetry={discover.start} />}
      {review && !('error' in review) && review.changes.length === 0 && (
        <Alert color="green" title="No schema changes" withCloseButton onClose={discover.reset} closeButtonLabel="Dismiss">
          The source's schema matches this connection's streams.
        </Alert>
      )}
      {review && !('error' in review) && review.changes.length > 0 && (
        <SchemaChangesReview changes={review.changes} newStreamsEnabled={connection.nonBreakingChangesPreference === 'propagate_fully'} onApply={apply} onDismiss={discover.reset} />
      )}
      <Paper withBorder p="md">
        <StreamTable draft={draft} statusFilter={status} onStatusFilterChange={setStatus} />
      </Paper>
      {blocking && (
        <Alert color="orange" role="alert" title="Not ready to save">
          {blocking}
        </Alert>
      )}
      {update.isError && <ErrorAlert title="Could not save replication changes; your edits are still here" error={update.error} onRetry={save} />}
      <Group justify="flex-end" gap="sm">
        {dirty && (
          <Text size="sm" fw={600} role="status">
            Unsaved changes
          </Text>
        )}
        <Button variant="default" onClick={discard} disabled={!dirty || update.isPending}>
          Discard changes
        </Button>
        <Button onClick={askToSave} disabled={!dirty} loading={update.isPending}>
          Save changes
        </Button>
      </Group>
      <SaveChangesModal summary={summary} saving={update.isPending} onConfirm={save} onClose={() => setSummary(null)} />
    </Stack>
  );
}
