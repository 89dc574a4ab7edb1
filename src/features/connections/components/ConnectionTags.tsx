// The tags of one connection, chosen from the workspace's tags (made in Settings) and saved with
// connections/update, which replaces the connection's tags with the list it is sent.
import { Anchor, Button, Group, MultiSelect, Paper, Stack, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { Link } from "react-router";
import type { ConnectionRead } from "@/api/types";
import { useUpdateConnection, type ConnectionUpdate } from "@/api/hooks/connections";
import { useTags } from "@/api/hooks/tags";
import { ErrorAlert } from "@/components/ErrorAlert";
import { TagBadge } from "@/components/TagBadge";
import { notify } from "@/shared/notify";
import { useWorkspaceId } from "@/shared/WorkspaceContext";

const idsOf = (connection: ConnectionRead) => (connection.tags ?? []).map((tag) => tag.tagId);

/**
 * `onDirtyChange` tells the page whether a tag choice is unsaved, so its one leave guard (a router
 * allows one blocker at a time) also asks before tags are lost.
 */
export function ConnectionTags({ connection, onDirtyChange }: { connection: ConnectionRead; onDirtyChange?(dirty: boolean): void }) {
  const workspaceId = useWorkspaceId();
  const tags = useTags(workspaceId);
  const update = useUpdateConnection();
  const [saved, setSaved] = useState(() => idsOf(connection));
  const [chosen, setChosen] = useState(saved);
  const dirty = [...chosen].sort().join() !== [...saved].sort().join();
  const byId = new Map((tags.data ?? []).map((tag) => [tag.tagId, tag]));
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

  const save = () =>
    update.mutate(
      {
        connectionId: connection.connectionId,
        tags: chosen.map((id) => byId.get(id)).filter((tag) => tag !== undefined),
      } as ConnectionUpdate,
      {
        onSuccess: (updated) => {
          const next = idsOf(updated);
          setSaved(next);
          setChosen(next);
          notify({ color: "green", title: "Tags saved", message: updated.name });
        },
      },
    );

  let body;
  if (tags.isPending) body = <Text size="sm">Loading tags…</Text>;
  else if (tags.error)
    body = <ErrorAlert title="Could not load the workspace's tags" error={tags.error} onRetry={() => void tags.refetch()} />;
  else if (tags.data.length === 0)
    body = (
      <Text size="sm">
        This workspace has no tags yet.{" "}
        <Anchor component={Link} to="/settings">
          Create tags in Settings
        </Anchor>
        .
      </Text>
    );
  else
    body = (
      <>
        <MultiSelect
          label="Tags of this connection"
          placeholder={chosen.length === 0 ? "Choose tags" : undefined}
          data={[...tags.data].sort((a, b) => a.name.localeCompare(b.name)).map((tag) => ({ value: tag.tagId, label: tag.name }))}
          value={chosen.filter((id) => byId.has(id))}
          onChange={setChosen}
          searchable
          clearable
          nothingFoundMessage="No tag of that name"
          renderOption={({ option }) => <TagBadge name={option.label} color={byId.get(option.value)?.color ?? ""} />}
        />
        {update.isError && <ErrorAlert title="Could not save the tags; your choice is still here" error={update.error} onRetry={save} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setChosen(saved)} disabled={!dirty}>
            Discard
          </Button>
          <Button onClick={save} loading={update.isPending} disabled={!dirty}>
            Save tags
          </Button>
        </Group>
      </>
    );

  return (
    <Paper withBorder p="md" component="section" aria-label="Tags">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Tags
        </Title>
        {body}
      </Stack>
    </Paper>
  );
}
