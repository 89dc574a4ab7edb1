// Tags of a workspace (tags/list, create, update, delete). A connection carries its tags, so a
// change to a tag also refreshes every connection query that shows them.
import { useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { apiPost } from "../client";
import { connectionKeys, tagKeys } from "../queryKeys";
import type { Schemas } from "../types";

export type Tag = Schemas["Tag"];

export function useTags(workspaceId: string) {
  return useQuery({
    queryKey: tagKeys.list(workspaceId),
    queryFn: ({ signal }) => apiPost("/v1/tags/list", { workspaceId }, { signal }),
  });
}

function refreshTagged(queryClient: QueryClient, workspaceId: string) {
  void queryClient.invalidateQueries({ queryKey: tagKeys.list(workspaceId) });
  void queryClient.invalidateQueries({ queryKey: connectionKeys.all });
}

export function useCreateTag(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tag: { name: string; color: string }) => apiPost("/v1/tags/create", { workspaceId, ...tag }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: tagKeys.list(workspaceId) }),
  });
}

export function useUpdateTag(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tag: { tagId: string; name: string; color: string }) => apiPost("/v1/tags/update", { workspaceId, ...tag }),
    onSuccess: () => refreshTagged(queryClient, workspaceId),
  });
}

/** Deleting a tag takes it off every connection (the server's connection_tag rows cascade). */
export function useDeleteTag(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    // The server answers no body (its handler returns nothing) although the description says a Tag.
    mutationFn: async (tagId: string) => {
      await apiPost("/v1/tags/delete", { workspaceId, tagId });
    },
    onSuccess: () => refreshTagged(queryClient, workspaceId),
  });
}
