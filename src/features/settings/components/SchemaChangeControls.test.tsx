import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SEED } from "@mocks/seed/ids";
import { mockControl } from "@mocks/control";
import { apiPost } from "@/api/client";
import type { WorkspaceRead } from "@/api/types";
import { renderWithProviders } from "@/test/render";
import { WorkspaceProvider } from "@/shared/WorkspaceContext";
import { SchemaChangeControls } from "./SchemaChangeControls";

const workspace = { workspaceId: SEED.workspace.id, name: SEED.workspace.name } as WorkspaceRead;

beforeEach(() => mockControl.reset());

async function schemaChangeOf(connectionId: string) {
  return (await apiPost("/v1/web_backend/connections/get", { connectionId })).schemaChange;
}

test("the mock controls (Settings page) change a source's schema, as its connections then show", async () => {
  const user = userEvent.setup();
  expect(await schemaChangeOf(SEED.connections.postgresToS3.id)).toBe("no_change");
  const { queryClient } = renderWithProviders(
    <WorkspaceProvider workspace={workspace}>
      <SchemaChangeControls control={mockControl} />
    </WorkspaceProvider>,
  );
  await screen.findByRole("option", { name: SEED.sources.postgres.name });
  await user.selectOptions(screen.getByRole("combobox", { name: "Source" }), SEED.sources.postgres.name);
  await user.click(screen.getByRole("button", { name: "Non-breaking change" }));
  // Done once the page has fetched again what the change affects.
  await waitFor(() => expect(queryClient.isFetching()).toBe(0));
  await waitFor(() => expect(screen.getByRole("button", { name: "Non-breaking change" })).not.toHaveAttribute("data-loading"));
  expect(await schemaChangeOf(SEED.connections.postgresToS3.id)).toBe("non_breaking");
});
