import { Alert, Button, Code, Collapse, Group, Loader, Stack, Text } from "@mantine/core";
import { IconCircleCheck, IconCircleX } from "@tabler/icons-react";
import { useState } from "react";
import { ErrorAlert } from "@/components/ErrorAlert";
import type { CommandPhase } from "@/api/hooks/commands";
import { formatDuration } from "@/shared/format";
import { useNow } from "@/shared/useNow";
import type { CheckState } from "../hooks/useConnectionCheck";

interface TestConnectionPanelProps {
  state: CheckState;
  onCancel(): void;
  /** Run the test again after an error (e.g. the server forgot the check). */
  onRetry?(): void;
}

/** What the server is doing, in the user's words. */
const STAGE_TEXT: Record<CommandPhase, string> = {
  starting: "Starting the connector… pulling its image can take a few minutes the first time a connector is used.",
  running: "The connector is trying to connect with these settings.",
  waiting:
    "The server is starting the connector and testing the connection. Pulling its image can take a few minutes the first time a connector is used.",
};

function CheckingNotice({ state, onCancel }: { state: Extract<CheckState, { phase: "checking" }>; onCancel(): void }) {
  const now = useNow(true);
  return (
    <Alert color="blue" variant="light" title="Testing the connection" icon={<Loader size="xs" aria-hidden="true" />}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Text size="sm">
          <span data-testid="check-stage">{state.cancelling ? "Stopping the test…" : STAGE_TEXT[state.stage]}</span>{" "}
          <Text span size="sm" c="dimmed" data-testid="check-elapsed">
            {formatDuration(Math.max(0, now - state.startedAt))} elapsed
          </Text>
        </Text>
        <Button size="xs" variant="default" onClick={onCancel} loading={state.cancelling} disabled={state.cancelling}>
          Cancel test
        </Button>
      </Group>
    </Alert>
  );
}

function FailureNotice({ message, logs }: { message: string; logs: string[] }) {
  const [showLogs, setShowLogs] = useState(false);
  return (
    <Alert color="red" variant="light" title="The connection test failed" icon={<IconCircleX aria-hidden="true" />}>
      <Stack gap="xs">
        <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
          {message}
        </Text>
        <Text size="sm">Nothing was saved. Fix the settings above and test again.</Text>
        {logs.length > 0 && (
          <>
            <Group>
              <Button
                size="xs"
                variant="default"
                onClick={() => setShowLogs((v) => !v)}
                aria-expanded={showLogs}
                aria-controls="check-logs"
              >
                {showLogs ? "Hide connector logs" : `Show connector logs (${logs.length} lines)`}
              </Button>
            </Group>
            <Collapse expanded={showLogs}>
              <Code
                block
                id="check-logs"
                aria-label="Connector logs"
                style={{ maxHeight: 320, overflow: "auto", whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}
              >
                {logs.join("\n")}
              </Code>
            </Collapse>
          </>
        )}
      </Stack>
    </Alert>
  );
}

/** Progress and outcome of "Test and save"; announced to screen readers as it changes. */
export function TestConnectionPanel({ state, onCancel, onRetry }: TestConnectionPanelProps) {
  let content = null;
  if (state.phase === "checking") content = <CheckingNotice state={state} onCancel={onCancel} />;
  else if (state.phase === "succeeded")
    content = (
      <Alert color="green" variant="light" title="Connection test passed" icon={<IconCircleCheck aria-hidden="true" />}>
        <Text size="sm">{state.message || "The connector connected with these settings."}</Text>
      </Alert>
    );
  else if (state.phase === "failed") content = <FailureNotice message={state.message} logs={state.logs} />;
  else if (state.phase === "error")
    content = <ErrorAlert title="Could not run the connection test" error={state.error} onRetry={onRetry} />;
  else if (state.phase === "cancelled")
    content = (
      <Alert color="gray" variant="light" title="Test cancelled">
        <Text size="sm">{state.message ? `${state.message} ` : ""}Nothing was saved. Your settings are still here.</Text>
      </Alert>
    );
  return (
    <div aria-live="polite" data-testid="check-panel">
      {content}
    </div>
  );
}
