// The workspace's tags: create, rename, recolour, delete. Connections get their tags in their own
// settings; the connections list filters by them.
import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useCreateTag, useDeleteTag, useTags, useUpdateTag, type Tag } from "@/api/hooks/tags";
import { ErrorAlert } from "@/components/ErrorAlert";
import { PageLoader } from "@/components/PageLoader";
import { TagBadge, cssColor } from "@/components/TagBadge";
import { formatName } from "@/shared/format";
import { notify } from "@/shared/notify";
import { useWorkspaceId } from "@/shared/WorkspaceContext";
import { SettingsSection } from "./SettingsSection";
import { TAG_SWATCHES, TagForm } from "./TagForm";

const failure = (title: string) => (error: unknown) => <ErrorAlert title={title} error={error} />;

export function TagSettings() {
  const workspaceId = useWorkspaceId();
  const tags = useTags(workspaceId);
  const create = useCreateTag(workspaceId);
  const update = useUpdateTag(workspaceId);
  const remove = useDeleteTag(workspaceId);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Tag | null>(null);
  const list = [...(tags.data ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const namesBut = (tagId?: string) => list.filter((t) => t.tagId !== tagId).map((t) => t.name);

  const doDelete = (tag: Tag) =>
    remove.mutate(tag.tagId, {
      onSuccess: () => {
        setDeleting(null);
        notify({ color: "green", title: "Tag deleted", message: `${tag.name} is no longer on any connection.` });
      },
    });

  return (
    <SettingsSection title="Tags">
      <Text size="sm" c="dimmed">
        Tags group connections: give a connection its tags in its settings, then filter the connections list by them.
      </Text>
      {tags.isPending ? (
        <PageLoader label="Loading tags" />
      ) : tags.error ? (
        <ErrorAlert title="Could not load the tags" error={tags.error} onRetry={() => void tags.refetch()} />
      ) : list.length === 0 ? (
        <Text size="sm">No tags yet. Create the first one below.</Text>
      ) : (
        <ul aria-label="Tags" style={{ listStyle: "none", margin: 0, padding: 0, display: "grid", gap: 8 }}>
          {list.map((tag) =>
            editing === tag.tagId ? (
              <li key={tag.tagId}>
                <TagForm
                  label={`Tag ${tag.name}`}
                  initial={{ name: tag.name, color: cssColor(tag.color) }}
                  otherNames={namesBut(tag.tagId)}
                  submitLabel="Save tag"
                  pending={update.isPending}
                  onCancel={() => setEditing(null)}
                  onSubmit={(changes, done, failed) =>
                    update.mutate(
                      { tagId: tag.tagId, ...changes },
                      {
                        onSuccess: (saved) => {
                          done();
                          setEditing(null);
                          notify({ color: "green", title: "Tag saved", message: saved.name });
                        },
                        onError: failed,
                      },
                    )
                  }
                  renderError={failure("Could not save the tag; your edits are still here")}
                />
              </li>
            ) : (
              <li key={tag.tagId}>
                <Group justify="space-between" wrap="nowrap">
                  <TagBadge name={formatName(tag.name)} color={tag.color} />
                  <Group gap="xs" wrap="nowrap">
                    <Button size="xs" variant="default" onClick={() => setEditing(tag.tagId)} aria-label={`Edit tag ${tag.name}`}>
                      Edit
                    </Button>
                    <Button size="xs" variant="subtle" color="red" onClick={() => setDeleting(tag)} aria-label={`Delete tag ${tag.name}`}>
                      Delete
                    </Button>
                  </Group>
                </Group>
              </li>
            ),
          )}
        </ul>
      )}
      <TagForm
        label="New tag"
        initial={{ name: "", color: TAG_SWATCHES[0]! }}
        otherNames={namesBut()}
        submitLabel="Create tag"
        pending={create.isPending}
        onSubmit={(tag, done, failed) =>
          create.mutate(tag, {
            onSuccess: (created) => {
              done();
              notify({ color: "green", title: "Tag created", message: created.name });
            },
            onError: failed,
          })
        }
        renderError={failure("Could not create the tag; what you typed is still here")}
      />
      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title="Delete this tag?" centered>
        {deleting && (
          <Stack gap="sm">
            <Text size="sm">
              <strong style={{ wordBreak: "break-word" }}>{formatName(deleting.name)}</strong> will be removed from every connection that
              has it. The connections stay.
            </Text>
            {remove.isError && <ErrorAlert title="Could not delete the tag" error={remove.error} onRetry={() => doDelete(deleting)} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDeleting(null)} data-autofocus>
                Cancel
              </Button>
              <Button color="red" onClick={() => doDelete(deleting)} loading={remove.isPending}>
                Delete tag
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </SettingsSection>
  );
}
