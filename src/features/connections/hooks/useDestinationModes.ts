import { useDestinationDefinitionSpecification } from "@/api/hooks/definitions";
import { useDestination } from "@/api/hooks/connections";
import { useWorkspaceId } from "@/shared/WorkspaceContext";
import type { DestinationSyncMode } from "../lib/types";

/** The write modes a destination supports (from its definition's specification). */
export function useDestinationModes(destinationId: string | undefined) {
  const workspaceId = useWorkspaceId();
  const destination = useDestination(destinationId);
  const spec = useDestinationDefinitionSpecification(destination.data?.destinationDefinitionId, workspaceId);
  const modes: readonly DestinationSyncMode[] | undefined = spec.data ? (spec.data.supportedDestinationSyncModes ?? []) : undefined;
  const error = destination.error ?? spec.error;
  return {
    destination: destination.data,
    modes,
    isPending: destination.isPending || (Boolean(destination.data) && spec.isPending),
    error,
    retry: () => {
      if (destination.isError) void destination.refetch();
      else void spec.refetch();
    },
  };
}
