import { Text } from "@mantine/core";
import { useCallback, useState } from "react";
import type { WorkspaceRead } from "@/api/types";

/** Where the chosen workspace is remembered across reloads (an id, not a secret). */
const WORKSPACE_STORAGE_KEY = "syncdeck.workspaceId";

function storedWorkspaceId(): string | null {
  try {
    return localStorage.getItem(WORKSPACE_STORAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * The workspace the console works in: the one chosen last (remembered in this browser), else the
 * organization's first. A remembered workspace that no longer exists falls back to the first.
 */
export function useChosenWorkspace(workspaces: WorkspaceRead[] | undefined): [WorkspaceRead | undefined, (workspaceId: string) => void] {
  const [chosenId, setChosenId] = useState(storedWorkspaceId);
  const choose = useCallback((workspaceId: string) => {
    try {
      localStorage.setItem(WORKSPACE_STORAGE_KEY, workspaceId);
    } catch {
      // Storage may be off (private mode): the choice then lasts until the tab is closed.
    }
    setChosenId(workspaceId);
  }, []);
  const workspace = workspaces?.find((candidate) => candidate.workspaceId === chosenId) ?? workspaces?.[0];
  return [workspace, choose];
}

/** The workspace's name in the header; a picker when the organization has several. A native select: it is on the first screen. */
export function WorkspaceSwitcher({
  workspaces,
  current,
  onChoose,
}: {
  workspaces: WorkspaceRead[];
  current: WorkspaceRead;
  onChoose: (workspaceId: string) => void;
}) {
  if (workspaces.length < 2) {
    return (
      <Text size="sm" c="dimmed" truncate maw={220} data-testid="workspace-name">
        {current.name}
      </Text>
    );
  }
  return (
    <select
      aria-label="Workspace"
      value={current.workspaceId}
      onChange={(event) => onChoose(event.currentTarget.value)}
      data-testid="workspace-name"
      style={{
        maxWidth: 220,
        font: "inherit",
        fontSize: "var(--mantine-font-size-sm)",
        padding: "2px 4px",
        borderRadius: "var(--mantine-radius-sm)",
        border: "1px solid var(--mantine-color-default-border)",
        background: "var(--mantine-color-body)",
        color: "var(--mantine-color-text)",
      }}
    >
      {workspaces.map((workspace) => (
        <option key={workspace.workspaceId} value={workspace.workspaceId}>
          {workspace.name}
        </option>
      ))}
    </select>
  );
}
