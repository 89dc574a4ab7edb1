import { Badge, Button, Code, Collapse, Group, Stack, Text } from "@mantine/core";
import { useId, useState } from "react";
import type { FailureReason } from "../lib/types";

const ORIGIN_LABEL: Record<string, string> = {
  source: "Source",
  destination: "Destination",
  replication: "Replication",
  persistence: "Persistence",
  airbyte_platform: "Platform",
  normalization: "Normalization",
  dbt: "dbt",
  unknown: "Unknown origin",
};

const TYPE_LABEL: Record<string, string> = {
  config_error: "Configuration error",
  system_error: "System error",
  manual_cancellation: "Cancelled by a person",
  refresh_schema: "Schema needs refreshing",
  heartbeat_timeout: "Heartbeat timeout",
  destination_timeout: "Destination timeout",
  transient_error: "Transient error",
};

function FailureItem({ failure }: { failure: FailureReason }) {
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const hasDetails = Boolean(failure.internalMessage || failure.stacktrace);
  const stream = failure.streamDescriptor
    ? [failure.streamDescriptor.namespace, failure.streamDescriptor.name].filter(Boolean).join(".")
    : "";
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Badge color="red" variant="dot">
          {ORIGIN_LABEL[failure.failureOrigin ?? "unknown"] ?? failure.failureOrigin}
        </Badge>
        {failure.failureType && (
          <Badge color="gray" variant="dot">
            {TYPE_LABEL[failure.failureType] ?? failure.failureType}
          </Badge>
        )}
        {stream && (
          <Text size="xs" c="dimmed">
            Stream {stream}
          </Text>
        )}
        {failure.retryable === false && (
          <Text size="xs" c="dimmed">
            Retrying will not help until this is fixed.
          </Text>
        )}
      </Group>
      <Text size="sm">{failure.externalMessage || "The server gave no message for this failure."}</Text>
      {hasDetails && (
        <>
          <Button
            variant="default"
            size="compact-xs"
            w="fit-content"
            onClick={() => setOpen((value) => !value)}
            aria-expanded={open}
            aria-controls={detailsId}
          >
            {open ? "Hide technical details" : "Show technical details"}
          </Button>
          <Collapse expanded={open} id={detailsId}>
            {open && (
              <Stack gap={4}>
                {failure.internalMessage && (
                  <Code block style={{ whiteSpace: "pre-wrap", wordBreak: "break-word" }}>
                    {failure.internalMessage}
                  </Code>
                )}
                {failure.stacktrace && (
                  <Code block tabIndex={0} style={{ maxHeight: 240, overflow: "auto" }}>
                    {failure.stacktrace}
                  </Code>
                )}
              </Stack>
            )}
          </Collapse>
        </>
      )}
    </Stack>
  );
}

/** Why an attempt failed: origin, type and the message meant for people; the rest behind a toggle. */
export function FailureSummary({ failures }: { failures: readonly FailureReason[] }) {
  if (failures.length === 0) return null;
  return (
    <Stack gap="sm">
      {failures.map((failure, index) => (
        <FailureItem key={`${failure.timestamp}-${index}`} failure={failure} />
      ))}
    </Stack>
  );
}
