// "Share": a link that reproduces the view, the specification (and its newer version) compressed
// into the URL fragment (lib/share/shareLink.ts), copied to the clipboard and shown to copy by hand.
import { Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { encodeShare } from "../lib/share/shareLink";

export function ShareButton({ spec, newer }: { spec: string; newer: string }) {
  const [link, setLink] = useState<string>();
  const [status, setStatus] = useState<string>();
  const [busy, setBusy] = useState(false);

  const share = async () => {
    setBusy(true);
    try {
      const fragment = await encodeShare({ spec, newer: newer.trim() === "" ? undefined : newer });
      const url = `${window.location.origin}${window.location.pathname}#${fragment}`;
      setLink(url);
      try {
        await navigator.clipboard.writeText(url);
        setStatus("Link copied. The specification is in the link itself; nothing is sent to a server.");
      } catch {
        setStatus("Copy the link from the field. The specification is in the link itself; nothing is sent to a server.");
      }
    } catch (error) {
      setStatus(`The link could not be made: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap={4} align="flex-end" style={{ maxWidth: "100%" }}>
      <Group gap="xs">
        <Button variant="default" onClick={() => void share()} loading={busy} disabled={spec.trim() === ""}>
          Share a link
        </Button>
      </Group>
      {link && (
        <TextInput
          label="Link to this view"
          value={link}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
          style={{ width: 360, maxWidth: "100%" }}
        />
      )}
      <Text size="xs" c="dimmed" role="status">
        {status}
      </Text>
    </Stack>
  );
}
