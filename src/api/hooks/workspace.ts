import { useQuery } from "@tanstack/react-query";
import { apiGet, apiPost } from "../client";
import { healthKeys, workspaceKeys } from "../queryKeys";

/** Self-hosted Airbyte puts every workspace under this organization. */
const DEFAULT_ORGANIZATION_ID = "00000000-0000-0000-0000-000000000000";

export function useWorkspaces() {
  return useQuery({
    queryKey: workspaceKeys.list(DEFAULT_ORGANIZATION_ID),
    queryFn: ({ signal }) =>
      apiPost(
        "/v1/workspaces/list_by_organization_id",
        { organizationId: DEFAULT_ORGANIZATION_ID, pagination: { pageSize: 100, rowOffset: 0 } },
        { signal },
      ),
    staleTime: 5 * 60_000,
  });
}

export function useHealth() {
  return useQuery({
    queryKey: healthKeys.all,
    queryFn: ({ signal }) => apiGet("/v1/health", { signal }),
    staleTime: 60_000,
  });
}
