import { Button, Group, Modal, Paper, Stack, Switch, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useNavigate } from "react-router";
import { useDeleteConnection, useUpdateConnection } from "@/api/hooks/connections";
import { ApiError, describeError } from "@/api/errors";
import { useWorkspaceId } from "@/shared/WorkspaceContext";
import { ErrorAlert } from "@/components/ErrorAlert";
import { notify } from "@/shared/notify";
import { ConnectionSettingsFields } from "../components/ConnectionSettingsFields";
import { ConnectionTags } from "../components/ConnectionTags";
import { UnsavedChangesGuard } from "../components/UnsavedChangesGuard";
import { useConnectionContext } from "../hooks/useConnectionContext";
import {
  settingsFromConnection,
  settingsToApi,
  validateSettings,
  type ConnectionSettings,
  type SettingsErrors,
} from "../lib/connectionSettings";
import { formatName } from "@/shared/format";

export function SettingsTab() {
  const { connection } = useConnectionContext();
  const workspaceId = useWorkspaceId();
  const navigate = useNavigate();
  const update = useUpdateConnection();
  const toggle = useUpdateConnection();
  const remove = useDeleteConnection(workspaceId);
  const [saved, setSaved] = useState(() => settingsFromConnection(connection));
  const [settings, setSettings] = useState<ConnectionSettings>(saved);
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleted, setDeleted] = useState(false);
  const [tagsDirty, setTagsDirty] = useState(false);
  useEffect(() => {
    if (deleted) navigate("/connections", { replace: true });
  }, [deleted, navigate]);
  const dirty = JSON.stringify(settings) !== JSON.stringify(saved);
  const example = connection.syncCatalog.streams[0]?.stream;

  const save = () => {
    const found = validateSettings(settings);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    update.mutate(
      { connectionId: connection.connectionId, ...settingsToApi(settings) },
      {
        onSuccess: (updated) => {
          const next = settingsFromConnection(updated);
          setSaved(next);
          setSettings(next);
          notify({ color: "green", title: "Settings saved", message: updated.name });
        },
        // A schedule the server refuses (its problem names the cron field) is also shown at the schedule.
        onError: (error) => {
          const schedule = error instanceof ApiError ? error.fieldErrors.find((field) => field.path.startsWith("scheduleData")) : undefined;
          if (schedule) setErrors((current) => ({ ...current, schedule: error.message }));
        },
      },
    );
  };

  const setEnabled = (enabled: boolean) =>
    toggle.mutate(
      {
        connectionId: connection.connectionId,
        namespaceFormat: connection.namespaceFormat as string,
        status: enabled ? "active" : "inactive",
      },
      {
        onError: (error) =>
          notify({ color: "red", title: `Could not ${enabled ? "enable" : "disable"} the connection`, message: describeError(error) }),
      },
    );

  const doDelete = () =>
    remove.mutate(connection.connectionId, {
      onSuccess: () => {
        setDeleted(true);
        notify({ color: "green", title: "Connection deleted", message: connection.name });
      },
    });

  const enabled = toggle.isPending ? toggle.variables?.status === "active" : connection.status === "active";

  return (
    <Stack gap="lg">
      <UnsavedChangesGuard
        when={(dirty || tagsDirty) && !deleted}
        message={`Your ${dirty && tagsDirty ? "settings and tags have" : dirty ? "settings have" : "tags have"} not been saved. Leave and lose them?`}
      />
      <Paper withBorder p="md">
        <Group justify="space-between" wrap="wrap">
          <Stack gap={2}>
            <Text fw={600}>Enabled</Text>
            <Text size="sm" c="dimmed">
              A disabled connection keeps its settings but does not sync on its schedule.
            </Text>
          </Stack>
          <Switch
            checked={enabled}
            onChange={(event) => setEnabled(event.currentTarget.checked)}
            aria-label="Enable this connection"
            disabled={connection.status === "deprecated" || connection.status === "locked"}
          />
        </Group>
      </Paper>
      <Paper
        withBorder
        p="md"
        component="form"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
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
        {update.isError && (
          <Stack mt="md">
            <ErrorAlert title="Could not save the settings; your edits are still here" error={update.error} onRetry={save} />
          </Stack>
        )}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setSettings(saved)} disabled={!dirty}>
            Discard changes
          </Button>
          <Button type="submit" loading={update.isPending} disabled={!dirty}>
            Save settings
          </Button>
        </Group>
      </Paper>
      <ConnectionTags connection={connection} onDirtyChange={setTagsDirty} />
      <Paper withBorder p="md" style={{ borderColor: "var(--mantine-color-red-5)" }}>
        <Group justify="space-between" wrap="wrap">
          <Stack gap={2}>
            <Text fw={600}>Delete this connection</Text>
            <Text size="sm" c="dimmed">
              Its schedule and job history go with it. The source, the destination and data already synced stay.
            </Text>
          </Stack>
          <Button color="red" variant="outline" onClick={() => setConfirmDelete(true)}>
            Delete connection
          </Button>
        </Group>
      </Paper>
      <Modal opened={confirmDelete} onClose={() => setConfirmDelete(false)} title="Delete this connection?" centered>
        <Stack gap="sm">
          <Text size="sm">
            <strong style={{ wordBreak: "break-word" }}>{formatName(connection.name)}</strong> will stop syncing and be removed. This cannot
            be undone.
          </Text>
          {remove.isError && <ErrorAlert title="Could not delete the connection" error={remove.error} onRetry={doDelete} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmDelete(false)} data-autofocus>
              Cancel
            </Button>
            <Button color="red" onClick={doDelete} loading={remove.isPending}>
              Delete
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
