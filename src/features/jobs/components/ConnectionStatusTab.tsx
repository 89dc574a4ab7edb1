import { Card, Stack, Text, Title } from "@mantine/core";
import { useId } from "react";
import { StreamActionModal } from "./StreamActionModal";
import { StreamHistoryCard } from "./history/StreamHistoryCard";
import { ActiveJobCard } from "./status/ActiveJobCard";
import { CancelJobDialog } from "./status/CancelJobDialog";
import { StatusSummary } from "./status/StatusSummary";
import { StreamStatusTable } from "./status/StreamStatusTable";
import { useConnectionStatus, type StatusConnection } from "./status/useConnectionStatus";
import { useStatusActions } from "./status/useStatusActions";

/** The connection's status tab: what runs now, when data last moved, and the actions possible now. */
export function ConnectionStatusTab({ connection }: { connection: StatusConnection }) {
  const status = useConnectionStatus(connection);
  const actions = useStatusActions(connection, status);
  const reasonId = useId();
  const { active } = status;

  return (
    <Stack gap="md">
      <StatusSummary status={status} actions={actions} reasonId={reasonId} />
      {active?.job && (
        <ActiveJobCard
          connectionId={connection.connectionId}
          active={{ ...active, job: active.job }}
          streams={status.activeProgress}
          now={status.now}
          headingId={`${reasonId}-progress`}
        />
      )}
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Title order={3} size="h5">
            Streams
          </Title>
          {status.streamsLoading ? (
            <Text size="sm" c="dimmed">
              Loading stream status…
            </Text>
          ) : (
            <StreamStatusTable rows={status.streamRows} />
          )}
        </Stack>
      </Card>
      <StreamHistoryCard connectionId={connection.connectionId} running={Boolean(active)} />
      <CancelJobDialog
        job={actions.cancelling}
        cancelling={actions.cancelPending}
        onConfirm={actions.confirmCancel}
        onClose={actions.closeCancel}
      />
      {actions.modal && (
        <StreamActionModal
          kind={actions.modal}
          opened
          streams={status.streams}
          pending={actions.modalPending}
          error={actions.modalError}
          onClose={actions.closeModal}
          onConfirm={actions.confirmStreamAction}
        />
      )}
    </Stack>
  );
}
