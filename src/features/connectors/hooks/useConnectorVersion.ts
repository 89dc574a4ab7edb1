// The connector version a source or destination runs, and its upgrade out of a breaking-change pin.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useDestinationVersion } from "@/api/hooks/destinations";
import { useSourceVersion } from "@/api/hooks/sources";
import { connectionKeys, timelineKeys } from "@/api/queryKeys";
import type { ConnectorApi } from "../lib/connectorApi";

export function useConnectorVersion(api: ConnectorApi, id: string | undefined) {
  const source = useSourceVersion(api.kind === "source" ? id : undefined);
  const destination = useDestinationVersion(api.kind === "destination" ? id : undefined);
  return api.kind === "source" ? source : destination;
}

export function useUpgradeConnectorVersion(api: ConnectorApi, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.upgradeVersion(id),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: api.keys.version(id) }),
        queryClient.invalidateQueries({ queryKey: api.keys.detail(id) }),
        // The edit form is built from the spec of the version the connector runs: now the new one.
        queryClient.invalidateQueries({ queryKey: api.keys.specification(id) }),
        // The server writes a CONNECTOR_UPDATE event to every connection of the connector, and the
        // connection rows carry its version: those are not all known here, so every timeline and
        // connection query is refreshed (only the mounted ones refetch).
        queryClient.invalidateQueries({ queryKey: timelineKeys.all }),
        queryClient.invalidateQueries({ queryKey: connectionKeys.all }),
      ]),
  });
}
