// Cancelling stops work in progress: the dialog says what stops and what stays before it happens.
import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import type { JobRead } from "@/api/types";
import { JOB_KIND_LABEL, jobKind } from "../../lib/jobState";

interface CancelJobDialogProps {
  job: JobRead | undefined;
  cancelling: boolean;
  onConfirm(): void;
  onClose(): void;
}

export function CancelJobDialog({ job, cancelling, onConfirm, onClose }: CancelJobDialogProps) {
  const what = job ? JOB_KIND_LABEL[jobKind(job)].toLowerCase() : "job";
  return (
    <Modal
      opened={Boolean(job)}
      onClose={onClose}
      title={`Cancel the running ${what}?`}
      centered
      closeButtonProps={{ "aria-label": "Close" }}
    >
      <Stack gap="sm">
        <Text size="sm">
          Job {job?.id} stops now. What it has already committed stays in the destination, and the next sync picks up from there.
        </Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose} data-autofocus>
            Keep it running
          </Button>
          <Button color="red" onClick={onConfirm} loading={cancelling}>
            Cancel the {what}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
