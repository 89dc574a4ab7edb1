// The status card: the state, the actions possible now (and why the others are not), and when data
// last moved and moves next.
import { ActionIcon, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title, Tooltip } from "@mantine/core";
import { IconPlayerPlay, IconPlayerStop, IconRefresh, IconReload, IconTrash } from "@tabler/icons-react";
import { useState, type ComponentProps } from "react";
import { ErrorAlert } from "@/components/ErrorAlert";
import { formatDateTime, formatDateTimeWithZone, formatRelative, toMillis } from "@/shared/format";
import type { ActionState } from "../../lib/jobState";
import { Fact } from "./Fact";
import type { ConnectionStatus } from "./useConnectionStatus";
import type { StatusActions } from "./useStatusActions";

function ActionButton({ state, reasonId, ...props }: { state: ActionState; reasonId: string } & ComponentProps<typeof Button<"button">>) {
  // Always the same element tree, so the button keeps focus and identity when it toggles.
  return (
    <Tooltip label={state.reason ?? ""} disabled={state.enabled} withinPortal>
      {/* A disabled button gets no pointer events; the wrapper shows why on hover. */}
      <span style={{ display: "inline-block" }}>
        <Button {...props} disabled={!state.enabled} aria-describedby={state.enabled ? undefined : reasonId} />
      </span>
    </Tooltip>
  );
}

interface StatusSummaryProps {
  status: ConnectionStatus;
  actions: StatusActions;
  /** Names the reasons the disabled actions point at. */
  reasonId: string;
}

export function StatusSummary({ status, actions, reasonId }: StatusSummaryProps) {
  const { recent, lastSuccess, latest, now, stateBadge, latestFailure, next, nextText } = status;
  const { states, reasons } = actions;
  // Only a reload the user asked for spins the button; the polls while a job runs stay quiet.
  const [reloading, setReloading] = useState(false);
  const reload = () => {
    setReloading(true);
    void status.reload().finally(() => setReloading(false));
  };
  return (
    <Card withBorder padding="md">
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Group gap="sm">
            <Title order={2} size="h4">
              Status
            </Title>
            {stateBadge && (
              <Badge size="lg" variant="dot" color={stateBadge.color} data-testid="connection-sync-state">
                {stateBadge.label}
              </Badge>
            )}
          </Group>
          <Group gap="xs" wrap="wrap">
            <ActionButton
              state={states.syncNow}
              reasonId={reasonId}
              leftSection={<IconPlayerPlay size={16} />}
              onClick={actions.startSync}
              loading={actions.syncPending}
            >
              Sync now
            </ActionButton>
            <ActionButton
              state={states.cancel}
              reasonId={reasonId}
              color="red"
              variant="light"
              leftSection={<IconPlayerStop size={16} />}
              onClick={actions.askToCancel}
              loading={actions.cancelPending}
            >
              Cancel
            </ActionButton>
            <ActionButton
              state={states.clear}
              reasonId={reasonId}
              color="red"
              variant="default"
              leftSection={<IconTrash size={16} />}
              onClick={() => actions.openModal("clear")}
            >
              Clear data
            </ActionButton>
            <ActionButton
              state={states.refresh}
              reasonId={reasonId}
              variant="default"
              leftSection={<IconRefresh size={16} />}
              onClick={() => actions.openModal("refresh")}
            >
              Refresh streams
            </ActionButton>
            <Tooltip label="Reload status">
              <ActionIcon variant="default" size="lg" aria-label="Reload status" onClick={reload} loading={reloading}>
                <IconReload size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
        {reasons.size > 0 && (
          <Stack gap={2} id={reasonId}>
            {[...reasons].map(([reason, labels]) => (
              <Text key={reason} size="xs" c="dimmed">
                {labels.join(", ")}: {reason}
              </Text>
            ))}
          </Stack>
        )}
        {stateBadge?.hint && (
          <Text size="sm" c="dimmed">
            {stateBadge.hint}
          </Text>
        )}
        {recent.isError && (
          <ErrorAlert title="Could not load the connection's jobs" error={recent.error} onRetry={() => void recent.refetch()} />
        )}
        {latestFailure && (
          <Text size="sm" c="red" role="note">
            Latest attempt failed: {latestFailure.externalMessage ?? "no reason given."}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
          <Fact
            label="Last successful sync"
            value={
              lastSuccess.loading
                ? "Loading…"
                : lastSuccess.failed
                  ? "Could not load"
                  : lastSuccess.at
                    ? formatRelative(lastSuccess.at, now)
                    : "Never"
            }
            hint={lastSuccess.at ? formatDateTime(lastSuccess.at) : undefined}
          />
          <Fact
            label="Next scheduled sync"
            value={nextText}
            hint={
              next.kind === "at"
                ? formatDateTimeWithZone(next.at, next.timeZone)
                : next.kind === "unknown"
                  ? next.reason
                  : "Runs only when started by hand."
            }
          />
          <Fact
            label="Latest job"
            value={latest?.job ? `#${latest.job.id} · ${formatRelative(toMillis(latest.job.createdAt), now)}` : "—"}
          />
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
