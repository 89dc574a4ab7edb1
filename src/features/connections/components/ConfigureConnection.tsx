import { Alert, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useEffect, useMemo, useState } from "react";
import { useNavigate } from "react-router";
import { useCreateConnection } from "@/api/hooks/connections";
import type { DestinationRead, SourceRead } from "@/api/types";
import { useWorkspaceId } from "@/shared/WorkspaceContext";
import { ErrorAlert } from "@/components/ErrorAlert";
import { formatDateTime } from "@/shared/format";
import { CatalogDraft } from "../lib/catalogDraft";
import { settingsToApi, validateSettings, type SettingsErrors } from "../lib/connectionSettings";
import type { StatusFilter } from "../lib/filterStreams";
import { MalformedCatalogError, readCatalog } from "../lib/readCatalog";
import type { AirbyteCatalog, DestinationSyncMode } from "../lib/types";
import { ConnectionSettingsFields } from "./ConnectionSettingsFields";
import { DiscoverError } from "./DiscoverError";
import { StartingSelectionNote } from "./StartingSelectionNote";
import { StreamTable } from "./StreamTable";
import { UnsavedChangesGuard } from "./UnsavedChangesGuard";
import { streamsNotReady } from "../lib/saveReadiness";
import { useConnectionDraftAutosave } from "../hooks/useConnectionDraftAutosave";

interface Props {
  source: SourceRead;
  destination: DestinationRead;
  catalog: AirbyteCatalog;
  catalogId?: string;
  destinationModes: readonly DestinationSyncMode[];
  onRediscover: () => void;
}

export function ConfigureConnection({ source, destination, catalog, catalogId, destinationModes, onRediscover }: Props) {
  const built = useMemo(() => {
    try {
      const draft = new CatalogDraft(readCatalog(catalog, { destinationModes, fixUnsupportedModes: true }), destinationModes);
      // Counted before any restored draft or user change: what the server's discover selected.
      return { draft, suggested: draft.enabledCount() };
    } catch (error) {
      if (error instanceof MalformedCatalogError) return { error };
      throw error;
    }
  }, [catalog, destinationModes]);
  if ("error" in built) return <DiscoverError error={built.error} onRetry={onRediscover} />;
  return <ConfigureForm source={source} destination={destination} draft={built.draft} suggested={built.suggested} catalogId={catalogId} />;
}

function ConfigureForm({
  source,
  destination,
  draft,
  suggested,
  catalogId,
}: {
  source: SourceRead;
  destination: DestinationRead;
  draft: CatalogDraft;
  suggested: number;
  catalogId?: string;
}) {
  const workspaceId = useWorkspaceId();
  const navigate = useNavigate();
  const create = useCreateConnection(workspaceId);
  const autosave = useConnectionDraftAutosave({
    sourceId: source.sourceId,
    destinationId: destination.destinationId,
    defaultName: `${source.name} → ${destination.name}`,
    draft,
  });
  const { settings, setSettings } = autosave;
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [blocking, setBlocking] = useState<string | null>(null);
  const [status, setStatus] = useState<StatusFilter>("all");
  const [createdId, setCreatedId] = useState<string | null>(null);
  // Navigate once the guard has re-rendered off, so it does not block our own redirect.
  useEffect(() => {
    if (createdId) navigate(`/connections/${createdId}`, { replace: true });
  }, [createdId, navigate]);
  const example = draft.size > 0 ? draft.stream(0) : undefined;

  const submit = () => {
    const found = validateSettings(settings);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setBlocking("Some settings need attention: see the messages above.");
      return;
    }
    const notReady = streamsNotReady(draft);
    if (notReady) {
      setBlocking(notReady.message);
      if (notReady.hasStreamErrors) setStatus("errors");
      return;
    }
    setBlocking(null);
    create.mutate(
      {
        sourceId: source.sourceId,
        destinationId: destination.destinationId,
        status: "active",
        onDemandEnabled: false,
        syncCatalog: draft.toSyncCatalog(),
        ...(catalogId ? { sourceCatalogId: catalogId } : {}),
        ...settingsToApi(settings),
      },
      {
        onSuccess: (connection) => {
          autosave.stop();
          setCreatedId(connection.connectionId);
        },
      },
    );
  };

  return (
    <Stack gap="lg">
      <UnsavedChangesGuard
        when={createdId === null}
        message="This connection has not been created yet. Leave anyway? Your stream choices and settings are kept as a draft in this browser."
      />
      {autosave.notice && (
        <Alert color="blue" title="Restored your unsaved draft" withCloseButton closeButtonLabel="Dismiss" onClose={autosave.dismissNotice}>
          <Group justify="space-between" gap="sm">
            <Text size="sm">
              Your settings{autosave.notice.streamsDropped ? "" : " and stream choices"} from {formatDateTime(autosave.notice.savedAt)} are
              back.
              {autosave.notice.streamsDropped ? " Stream choices were too many to keep in this browser." : ""}
            </Text>
            <Button size="xs" variant="default" onClick={autosave.discard}>
              Discard draft
            </Button>
          </Group>
        </Alert>
      )}
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          Settings
        </Title>
        <ConnectionSettingsFields
          value={settings}
          onChange={setSettings}
          errors={errors}
          exampleNamespace={example?.namespace}
          exampleStream={example?.name}
        />
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          Streams
        </Title>
        <StartingSelectionNote draft={draft} suggested={suggested} />
        <StreamTable draft={draft} statusFilter={status} onStatusFilterChange={setStatus} />
      </Paper>
      {blocking && (
        <Alert color="orange" role="alert" title="Not ready to create">
          {blocking}
        </Alert>
      )}
      {create.isError && <ErrorAlert title="Could not create the connection" error={create.error} onRetry={submit} />}
      <Group justify="flex-end">
        <Text size="sm" c="dimmed">
          Nothing is saved until you create the connection.
        </Text>
        <Button onClick={submit} loading={create.isPending}>
          Create connection
        </Button>
      </Group>
    </Stack>
  );
}
