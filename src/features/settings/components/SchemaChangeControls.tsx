import { Button, Group, NativeSelect, Stack, Text } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useSources } from "@/api/hooks/sources";
import { notify } from "@/shared/notify";
import { useWorkspaceId } from "@/shared/WorkspaceContext";
import type { MockControl } from "../mockControl";

/** The mock's schema changes (evolveSchema / breakSchema), to see how a connection shows one without the browser console. */
export function SchemaChangeControls({ control }: { control: MockControl }) {
  const workspaceId = useWorkspaceId();
  const queryClient = useQueryClient();
  const sources = useSources(workspaceId);
  const [sourceId, setSourceId] = useState("");
  const [busy, setBusy] = useState(false);
  const name = sources.items.find((source) => source.sourceId === sourceId)?.name;

  async function change(kind: "evolve" | "break") {
    if (!sourceId) return;
    setBusy(true);
    try {
      await (kind === "evolve" ? control.evolveSchema(sourceId) : control.breakSchema(sourceId));
      await queryClient.invalidateQueries();
      notify({
        color: "green",
        title: `The schema of “${name}” changes`,
        message:
          kind === "evolve"
            ? "Its next discover adds and removes a stream and changes fields; its connections show a non-breaking change."
            : "Its next discover loses the cursor and key fields its connections use: a breaking change, which disables them.",
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        Change the source&apos;s schema
      </Text>
      <Group align="flex-end" wrap="wrap">
        <NativeSelect
          label="Source"
          data={[
            { value: "", label: sources.isPending ? "Loading sources…" : "Choose a source" },
            ...sources.items.map((source) => ({ value: source.sourceId, label: source.name })),
          ]}
          value={sourceId}
          onChange={(event) => setSourceId(event.currentTarget.value)}
          w={260}
        />
        <Button variant="default" disabled={!sourceId} loading={busy} onClick={() => void change("evolve")}>
          Non-breaking change
        </Button>
        <Button variant="default" color="red" disabled={!sourceId} loading={busy} onClick={() => void change("break")}>
          Breaking change
        </Button>
      </Group>
    </Stack>
  );
}
