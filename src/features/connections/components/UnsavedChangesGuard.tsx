import { Button, Group, Modal, Text } from "@mantine/core";
import { useEffect } from "react";
import { useBlocker } from "react-router";

/**
 * Asks before leaving the page with unsaved changes (in-app navigation via the router, and a tab
 * close or reload via the browser's own prompt).
 */
export function UnsavedChangesGuard({
  when,
  message = "Your changes have not been saved. Leave and lose them?",
}: {
  when: boolean;
  message?: string;
}) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!when) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [when]);

  return (
    <Modal opened={blocker.state === "blocked"} onClose={() => blocker.reset?.()} title="Discard unsaved changes?" centered>
      <Text size="sm">{message}</Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={() => blocker.reset?.()} data-autofocus>
          Stay on this page
        </Button>
        <Button color="red" onClick={() => blocker.proceed?.()}>
          Leave without saving
        </Button>
      </Group>
    </Modal>
  );
}
