// A resource's paged-list hook against the mock backend (which pages as Airbyte 1.8+ does).
import { act, renderHook, waitFor } from "@testing-library/react";
import { useState, type ReactNode } from "react";
import { SEED } from "@mocks/seed/ids";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { mockControl } from "@/test/server";
import { apiPost } from "../client";
import { useSources } from "./sources";

const workspaceId = SEED.workspace.id;

function Wrapper({ children }: { children: ReactNode }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

beforeEach(() => mockControl.reset());

test("loads a page at a time with the server total, to the end", async () => {
  await mockControl.seedMany({ sources: 45 });
  const { result } = renderHook(() => useSources(workspaceId), { wrapper: Wrapper });
  await waitFor(() => expect(result.current.items).toHaveLength(20));
  expect(result.current.total).toBe(48);
  act(() => result.current.loadMore());
  await waitFor(() => expect(result.current.items).toHaveLength(40));
  act(() => result.current.loadMore());
  await waitFor(() => expect(result.current.items).toHaveLength(48));
  expect(result.current.hasMore).toBe(false);
  expect(new Set(result.current.items.map((s) => s.sourceId)).size).toBe(48);
});

test("starts over from the first page when the cursor row was deleted meanwhile (the server answers 404)", async () => {
  await mockControl.seedMany({ sources: 45 });
  const { result } = renderHook(() => useSources(workspaceId), { wrapper: Wrapper });
  await waitFor(() => expect(result.current.items).toHaveLength(20));
  const cursorRow = result.current.items.at(-1)!;
  await apiPost("/v1/sources/delete", { sourceId: cursorRow.sourceId });
  act(() => result.current.loadMore());
  // The failed page is not shown as an error: the list is fetched again, without the deleted row.
  await waitFor(() => expect(result.current.items.some((s) => s.sourceId === cursorRow.sourceId)).toBe(false));
  expect(result.current.loadMoreError).toBeNull();
  expect(result.current.total).toBe(47);
  act(() => result.current.loadMore());
  await waitFor(() => expect(result.current.items).toHaveLength(40));
  expect(new Set(result.current.items.map((s) => s.sourceId)).size).toBe(40);
});

test("searches on the server", async () => {
  await mockControl.seedMany({ sources: 45 });
  const { result } = renderHook(() => useSources(workspaceId, { search: "source 04" }), { wrapper: Wrapper });
  await waitFor(() => expect(result.current.total).toBe(6));
  expect(result.current.items.map((s) => s.name)).toEqual([
    "Source 040",
    "Source 041",
    "Source 042",
    "Source 043",
    "Source 044",
    "Source 045",
  ]);
});
