import { Alert, Button, Group, List, Modal, Stack, Text } from "@mantine/core";
import { describeChanges, type ChangeSummary } from "../lib/changeSummary";

interface Props {
  summary: ChangeSummary | null;
  saving: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** What a replication save changes, and which streams will need their data refreshed. */
export function SaveChangesModal({ summary, saving, onConfirm, onClose }: Props) {
  return (
    <Modal opened={summary !== null} onClose={onClose} title="Save replication changes?" centered size="lg">
      {summary && (
        <Stack gap="sm">
          <Text>{describeChanges(summary)}.</Text>
          {summary.needsRefresh.length > 0 && (
            <Alert
              color="orange"
              title={`${summary.needsRefresh.length.toLocaleString()} ${summary.needsRefresh.length === 1 ? "stream needs" : "streams need"} their data refreshed`}
            >
              <Text size="sm">
                Their sync mode, cursor or primary key changed, so the data already in the destination no longer matches how they will sync.
                Clear or refresh these streams after saving (from the Status tab) to avoid duplicates or gaps.
              </Text>
              <List size="sm" mt="xs">
                {summary.needsRefresh.slice(0, 20).map((name) => (
                  <List.Item key={name}>{name}</List.Item>
                ))}
              </List>
              {summary.needsRefresh.length > 20 && <Text size="sm">and {(summary.needsRefresh.length - 20).toLocaleString()} more.</Text>}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Keep editing
            </Button>
            <Button onClick={onConfirm} loading={saving}>
              Save changes
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
