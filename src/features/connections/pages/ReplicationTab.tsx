// Replication: the stream table on the saved catalog, save with a summary of the change, and a
// schema refresh with a review of what changed. Edits stay in the draft until saved; a failed
// save keeps every one of them.
import { Alert, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { IconRefresh } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { useConnectionCatalog } from "@/api/hooks/connections";
import type { ConnectionRead } from "@/api/types";
import { ErrorAlert } from "@/components/ErrorAlert";
import { PageLoader } from "@/components/PageLoader";
import { SaveChangesModal } from "../components/SaveChangesModal";
import { SchemaRefresh } from "../components/SchemaRefresh";
import { StreamTable } from "../components/StreamTable";
import { UnsavedChangesGuard } from "../components/UnsavedChangesGuard";
import { useConnectionContext } from "../hooks/useConnectionContext";
import { useDestinationModes } from "../hooks/useDestinationModes";
import { savedDraft, useReplicationEdits } from "../hooks/useReplicationEdits";
import type { CatalogDraft } from "../lib/catalogDraft";
import { mapperSaveErrors } from "../lib/mapperSaveErrors";
import { MalformedCatalogError } from "../lib/readCatalog";
import { streamKey } from "../lib/streamKey";
import type { AirbyteCatalog, DestinationSyncMode } from "../lib/types";

export function ReplicationTab() {
  const { connection } = useConnectionContext();
  const modes = useDestinationModes(connection.destinationId);
  // The saved streams and the ones left out (connections/get has only the selected ones).
  const catalog = useConnectionCatalog(connection.connectionId);
  if (modes.error) return <ErrorAlert title="Could not load what the destination supports" error={modes.error} onRetry={modes.retry} />;
  if (catalog.isError)
    return <ErrorAlert title="Could not load this connection's streams" error={catalog.error} onRetry={() => void catalog.refetch()} />;
  if (modes.isPending || !modes.modes || catalog.isPending) return <PageLoader label="Loading streams" />;
  return (
    <ReplicationEditor
      key={connection.connectionId}
      connection={connection}
      savedCatalog={catalog.data.syncCatalog}
      destinationModes={modes.modes}
    />
  );
}

interface EditorProps {
  connection: ConnectionRead;
  /** The catalog as saved, unselected streams included (web_backend/connections/get). */
  savedCatalog: AirbyteCatalog;
  destinationModes: readonly DestinationSyncMode[];
}

/** Holds the draft; a saved catalog that cannot be read is reported instead of edited. */
function ReplicationEditor({ connection, savedCatalog, destinationModes }: EditorProps) {
  const [draft, setDraft] = useState(() => {
    try {
      return savedDraft(savedCatalog, destinationModes);
    } catch (error) {
      if (error instanceof MalformedCatalogError) return error;
      throw error;
    }
  });
  if (draft instanceof MalformedCatalogError) return <ErrorAlert title="This connection's saved catalog cannot be read" error={draft} />;
  return (
    <Editor
      connection={connection}
      savedCatalog={savedCatalog}
      destinationModes={destinationModes}
      draft={draft}
      onDraftChange={setDraft}
    />
  );
}

function Editor({
  connection,
  savedCatalog,
  destinationModes,
  draft,
  onDraftChange,
}: EditorProps & { draft: CatalogDraft; onDraftChange(draft: CatalogDraft): void }) {
  const edits = useReplicationEdits({ connection, savedCatalog, draft, destinationModes, onDraftChange });
  const { dirty, update, discover } = edits;
  // The server checks a stream's mappings against the saved catalog (web_backend/mappers/validate).
  const mappings = useMemo(() => {
    const saved = new Set(
      edits.saved.streams.filter((s) => s.config?.selected).map((s) => streamKey(s.stream?.namespace, s.stream?.name ?? "")),
    );
    return {
      connectionId: connection.connectionId,
      savedEnabled: (index: number) => saved.has(draft.keys[index]!),
      // A save refused for mappings: each refused one is marked in its row and in its stream's mappings.
      refused: mapperSaveErrors(update.error),
    };
  }, [edits.saved, connection.connectionId, draft, update.error]);
  return (
    <Stack gap="md">
      <UnsavedChangesGuard when={dirty} message="Your replication changes have not been saved. Leave and lose them?" />
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="dimmed">
          Choose which streams sync and how. Changes apply from the next sync.
        </Text>
        <Button
          variant="default"
          leftSection={<IconRefresh size={16} aria-hidden="true" />}
          onClick={discover.start}
          loading={discover.state.status === "running"}
        >
          Refresh source schema
        </Button>
      </Group>
      <SchemaRefresh edits={edits} newStreamsEnabled={connection.nonBreakingChangesPreference === "propagate_fully"} />
      <Paper withBorder p="md">
        <StreamTable draft={draft} statusFilter={edits.status} onStatusFilterChange={edits.setStatus} mappings={mappings} />
      </Paper>
      {edits.blocking && (
        <Alert color="orange" role="alert" title="Not ready to save">
          {edits.blocking}
        </Alert>
      )}
      {update.isError && (
        <ErrorAlert title="Could not save replication changes; your edits are still here" error={update.error} onRetry={edits.save} />
      )}
      <Group justify="flex-end" gap="sm">
        {dirty && (
          <Text size="sm" fw={600} role="status">
            Unsaved changes
          </Text>
        )}
        <Button variant="default" onClick={edits.discard} disabled={!dirty || update.isPending}>
          Discard changes
        </Button>
        <Button onClick={edits.askToSave} disabled={!dirty} loading={update.isPending}>
          Save changes
        </Button>
      </Group>
      <SaveChangesModal summary={edits.summary} saving={update.isPending} onConfirm={edits.save} onClose={edits.closeSummary} />
    </Stack>
  );
}
