import { Alert, Button, Checkbox, Group, Modal, Radio, ScrollArea, Stack, Text, TextInput } from "@mantine/core";
import { useMemo, useState } from "react";
import { ErrorAlert } from "@/components/ErrorAlert";
import type { ConnectionStreamRef } from "../lib/connectionStreams";
import { streamKey } from "../lib/jobSummary";

const VISIBLE_LIMIT = 200;

export type StreamActionKind = "clear" | "refresh";

export interface StreamActionChoice {
  /** null means every stream of the connection. */
  streams: ConnectionStreamRef[] | null;
  refreshMode: "Merge" | "Truncate";
}

interface StreamActionModalProps {
  kind: StreamActionKind;
  opened: boolean;
  streams: ConnectionStreamRef[];
  pending: boolean;
  error: unknown;
  onClose: () => void;
  onConfirm: (choice: StreamActionChoice) => void;
}

const COPY = {
  clear: {
    title: "Clear data",
    intro:
      "Clearing deletes the data these streams wrote to the destination and resets their sync state. The next sync starts from scratch. This cannot be undone.",
    confirm: "Clear data",
    color: "red",
  },
  refresh: {
    title: "Refresh streams",
    intro: "Refreshing re-reads the chosen streams from the source from the beginning, in a new job.",
    confirm: "Start refresh",
    color: "blue",
  },
} as const;

/** Confirmation for clearing or refreshing data: the whole connection or chosen streams. */
export function StreamActionModal({ kind, opened, streams, pending, error, onClose, onConfirm }: StreamActionModalProps) {
  const copy = COPY[kind];
  const [scope, setScope] = useState<"all" | "chosen">("all");
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [filter, setFilter] = useState("");
  const [refreshMode, setRefreshMode] = useState<"Merge" | "Truncate">("Merge");
  const visible = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return (needle ? streams.filter((s) => streamKey(s.name, s.namespace).toLowerCase().includes(needle)) : streams).slice(
      0,
      VISIBLE_LIMIT,
    );
  }, [streams, filter]);
  const chosenStreams = streams.filter((s) => chosen.has(streamKey(s.name, s.namespace)));
  const canConfirm = !pending && (scope === "all" || chosenStreams.length > 0);

  const toggle = (key: string, on: boolean) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  return (
    <Modal opened={opened} onClose={onClose} title={copy.title} size="lg" closeButtonProps={{ "aria-label": "Close" }}>
      <Stack gap="sm">
        <Text size="sm">{copy.intro}</Text>
        <Radio.Group label="What to include" value={scope} onChange={(value) => setScope(value as "all" | "chosen")}>
          <Stack gap={6} mt={6}>
            <Radio value="all" label={`Every stream of this connection (${streams.length.toLocaleString("en-US")})`} />
            <Radio value="chosen" label="Only the streams I choose" disabled={streams.length === 0} />
          </Stack>
        </Radio.Group>
        {scope === "chosen" && (
          <Stack gap={6}>
            <TextInput label="Find a stream" value={filter} onChange={(event) => setFilter(event.currentTarget.value)} size="xs" />
            <ScrollArea.Autosize mah={240} type="auto">
              <Stack gap={4} role="group" aria-label="Streams">
                {visible.map((stream) => {
                  const key = streamKey(stream.name, stream.namespace);
                  return (
                    <Checkbox
                      key={key}
                      label={key}
                      checked={chosen.has(key)}
                      onChange={(event) => toggle(key, event.currentTarget.checked)}
                    />
                  );
                })}
              </Stack>
            </ScrollArea.Autosize>
            {visible.length === VISIBLE_LIMIT && (
              <Text size="xs" c="dimmed">
                Showing the first {VISIBLE_LIMIT}; type to find others.
              </Text>
            )}
            <Text size="sm">{chosenStreams.length.toLocaleString("en-US")} chosen</Text>
          </Stack>
        )}
        {kind === "refresh" && (
          <Radio.Group label="How" value={refreshMode} onChange={(value) => setRefreshMode(value as "Merge" | "Truncate")}>
            <Stack gap={6} mt={6}>
              <Radio value="Merge" label="Keep existing data and merge the re-read records into it" />
              <Radio value="Truncate" label="Remove existing data first, then re-read everything" />
            </Stack>
          </Radio.Group>
        )}
        {kind === "clear" && (
          <Alert color="red" variant="light">
            {scope === "all"
              ? "All data this connection synced will be deleted from the destination."
              : `Data of ${chosenStreams.length} stream(s) will be deleted from the destination.`}
          </Alert>
        )}
        {error ? <ErrorAlert title={`Could not ${kind === "clear" ? "clear the data" : "start the refresh"}`} error={error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Go back
          </Button>
          <Button
            color={copy.color}
            loading={pending}
            disabled={!canConfirm}
            onClick={() => onConfirm({ streams: scope === "all" ? null : chosenStreams, refreshMode })}
          >
            {copy.confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
