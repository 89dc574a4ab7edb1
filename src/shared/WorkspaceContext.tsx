import { createContext, useContext, type ReactNode } from "react";
import type { WorkspaceRead } from "@/api/types";

const WorkspaceContext = createContext<WorkspaceRead | null>(null);

export function WorkspaceProvider({ workspace, children }: { workspace: WorkspaceRead; children: ReactNode }) {
  return <WorkspaceContext.Provider value={workspace}>{children}</WorkspaceContext.Provider>;
}

/** The workspace every screen works in; the layout only renders pages once it is known. */
export function useWorkspace(): WorkspaceRead {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error("useWorkspace must be used inside the app layout");
  return workspace;
}

export function useWorkspaceId(): string {
  return useWorkspace().workspaceId;
}
