import { Button, Group, Modal, Text } from "@mantine/core";
import type { Blocker } from "react-router";

/** Shown when the unsaved-changes guard stops a navigation. */
export function UnsavedChangesModal({ blocker }: { blocker: Blocker }) {
  const opened = blocker.state === "blocked";
  return (
    <Modal
      opened={opened}
      onClose={() => blocker.reset?.()}
      title="Leave without saving?"
      centered
      closeButtonProps={{ "aria-label": "Close" }}
    >
      <Text size="sm">You changed settings on this page and did not save them. If you leave now, those changes are lost.</Text>
      <Group justify="flex-end" gap="sm" mt="lg">
        <Button variant="default" onClick={() => blocker.reset?.()} data-autofocus>
          Stay on this page
        </Button>
        <Button color="red" onClick={() => blocker.proceed?.()}>
          Discard changes and leave
        </Button>
      </Group>
    </Modal>
  );
}
