import { Alert, Anchor, Button, Group, List, Modal, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { ErrorAlert } from "@/components/ErrorAlert";
import { formatDate, formatName } from "@/shared/format";
import { notify } from "@/shared/notify";
import { useConnectorVersion, useUpgradeConnectorVersion } from "../hooks/useConnectorVersion";
import type { ConnectorApi } from "../lib/connectorApi";
import { versionNotice, type VersionNotice } from "../lib/versionNotice";

interface BreakingChangeNoticeProps {
  api: ConnectorApi;
  id: string;
  name: string;
  /** The definition's default version, the one an upgrade moves to, when known. */
  latestVersion?: string;
}

function Lead({ notice, singular }: { notice: VersionNotice; singular: string }) {
  const deadline = notice.deadline ? formatDate(notice.deadline) : undefined;
  if (notice.supportState === "unsupported")
    return (
      <Text size="sm">
        Version {notice.heldOn} is no longer supported{deadline ? `: its upgrade deadline was ${deadline}` : ""}. Read what changes, then
        upgrade this {singular}.
      </Text>
    );
  return (
    <Text size="sm">
      Newer versions change how this {singular} works, so it stays on {notice.heldOn} until you upgrade it
      {deadline ? `, by ${deadline}` : ""}.
    </Text>
  );
}

/**
 * A source or destination the server holds on an older connector version because of breaking
 * changes: what changes, by when, the migration guides, and an upgrade that asks first. Renders
 * nothing for a connector on its default version (or while its version is unknown).
 */
export function BreakingChangeNotice({ api, id, name, latestVersion }: BreakingChangeNoticeProps) {
  const version = useConnectorVersion(api, id);
  const upgrade = useUpgradeConnectorVersion(api, id);
  const [confirming, setConfirming] = useState(false);
  const notice = versionNotice(version.data);
  if (!notice) return null;
  const target = latestVersion ? `version ${latestVersion}` : "the latest version";

  async function confirm() {
    try {
      await upgrade.mutateAsync();
    } catch {
      return; // the dialog shows upgrade.error
    }
    setConfirming(false);
    notify({ color: "green", title: `${api.words.Singular} upgraded`, message: `“${formatName(name)}” now runs ${target}.` });
  }

  return (
    <Alert
      color={notice.supportState === "unsupported" ? "red" : "yellow"}
      variant="light"
      title={`This ${api.words.singular} is held on version ${notice.heldOn} because of breaking changes`}
      data-testid="breaking-change-notice"
    >
      <Stack gap="sm" align="flex-start">
        <Lead notice={notice} singular={api.words.singular} />
        <List size="sm" spacing="xs">
          {notice.changes.map((change) => (
            <List.Item key={change.version}>
              <Text size="sm" fw={600} span>
                Version {change.version}
                {change.deadline ? ` (upgrade by ${formatDate(change.deadline)})` : ""}:
              </Text>{" "}
              <Text size="sm" span>
                {change.message}
              </Text>{" "}
              {change.guideUrl && (
                <Anchor size="sm" href={change.guideUrl} target="_blank" rel="noopener noreferrer">
                  Migration guide for {change.version}
                  <span className="visually-hidden"> (opens in a new tab)</span>
                </Anchor>
              )}
            </List.Item>
          ))}
        </List>
        <Button onClick={() => setConfirming(true)}>Upgrade to {target}</Button>
      </Stack>
      <Modal
        opened={confirming}
        onClose={upgrade.isPending ? () => {} : () => (upgrade.reset(), setConfirming(false))}
        title={`Upgrade “${formatName(name)}” to ${target}?`}
        centered
        closeButtonProps={{ "aria-label": "Close" }}
      >
        <Stack gap="sm">
          <Text size="sm">
            Its connections run the new version from their next sync, with the breaking changes above. Follow the migration guides first
            (some ask for a schema refresh or a clear of the affected streams). The server does not offer a way back to {notice.heldOn}.
          </Text>
          {upgrade.error && (
            <>
              <ErrorAlert title={`Could not upgrade the ${api.words.singular}`} error={upgrade.error} />
              <Text size="sm">
                A server refuses to upgrade a connector that someone pinned to its version by hand; an administrator can remove that pin.
                Otherwise, try again.
              </Text>
            </>
          )}
          <Group justify="flex-end" gap="sm" mt="sm">
            <Button variant="default" onClick={() => (upgrade.reset(), setConfirming(false))} disabled={upgrade.isPending} data-autofocus>
              Cancel
            </Button>
            <Button onClick={() => void confirm()} loading={upgrade.isPending}>
              Upgrade
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Alert>
  );
}
