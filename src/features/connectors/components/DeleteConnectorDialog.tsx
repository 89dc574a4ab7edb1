import { Button, Group, List, Modal, Stack, Text } from "@mantine/core";
import type { ConnectionListItem } from "@/api/hooks/connectionList";
import type { PagedList } from "@/api/hooks/pagedList";
import { ErrorAlert } from "@/components/ErrorAlert";
import type { ConnectorWords } from "../lib/connectorApi";
import { formatName } from "@/shared/format";

interface DeleteConnectorDialogProps {
  opened: boolean;
  name: string;
  words: ConnectorWords;
  /** Connections that use it, as loaded so far (the total is the server's). */
  connections: PagedList<ConnectionListItem>;
  deleting: boolean;
  error: unknown;
  onConfirm(): void;
  onClose(): void;
}

/** Confirmation that names what goes: the connector and every connection that uses it. */
export function DeleteConnectorDialog({
  opened,
  name,
  words,
  connections,
  deleting,
  error,
  onConfirm,
  onClose,
}: DeleteConnectorDialogProps) {
  const total = connections.total;
  const unlisted = (total ?? 0) - connections.items.length;
  return (
    <Modal
      opened={opened}
      onClose={deleting ? () => {} : onClose}
      title={`Delete ${words.singular} “${name}”?`}
      centered
      closeButtonProps={{ "aria-label": "Close" }}
    >
      <Stack gap="sm">
        {total === undefined ? (
          <Text size="sm">Every connection that uses this {words.singular} will be deleted with it.</Text>
        ) : total === 0 ? (
          <Text size="sm">No connection uses this {words.singular}. Deleting it cannot be undone.</Text>
        ) : (
          <>
            <Text size="sm">
              {total === 1
                ? "This connection uses it and will be deleted too:"
                : `These ${total.toLocaleString("en-US")} connections use it and will be deleted too:`}
            </Text>
            <List size="sm" data-testid="connections-to-delete">
              {connections.items.map((connection) => (
                <List.Item key={connection.connectionId} style={{ overflowWrap: "anywhere" }}>
                  {formatName(connection.name)}
                </List.Item>
              ))}
              {unlisted > 0 && (
                <List.Item>
                  …and {unlisted.toLocaleString("en-US")} more (all listed under “Connections using this {words.singular}”)
                </List.Item>
              )}
            </List>
            <Text size="sm">Their sync history goes with them. This cannot be undone.</Text>
          </>
        )}
        {error !== undefined && error !== null && <ErrorAlert title={`Could not delete the ${words.singular}`} error={error} />}
        <Group justify="flex-end" gap="sm" mt="sm">
          <Button variant="default" onClick={onClose} disabled={deleting} data-autofocus>
            Cancel
          </Button>
          <Button color="red" onClick={onConfirm} loading={deleting}>
            Delete {words.singular}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
