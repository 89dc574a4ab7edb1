// The settings tab asks before leaving with unsaved edits, tags included.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Link, Outlet } from "react-router";
import { mockControl } from "@mocks/control";
import { SEED } from "@mocks/seed/ids";
import { apiPost } from "@/api/client";
import type { WorkspaceRead } from "@/api/types";
import { WorkspaceProvider } from "@/shared/WorkspaceContext";
import { renderRoutes } from "@/test/render";
import { connectionRoutes } from "../routes";

const connectionId = SEED.connections.postgresToS3.id;
const workspace = { workspaceId: SEED.workspace.id, name: SEED.workspace.name } as WorkspaceRead;

beforeEach(() => mockControl.reset());

function renderSettings() {
  // The app's layout provides the workspace around the connection's page, and a way to another page.
  return renderRoutes(
    [
      {
        path: "/",
        element: (
          <WorkspaceProvider workspace={workspace}>
            <Link to="/elsewhere">Elsewhere</Link>
            <Outlet />
          </WorkspaceProvider>
        ),
        children: [...connectionRoutes([]), { path: "elsewhere", element: <p>Somewhere else</p> }],
      },
    ],
    `/connections/${connectionId}/settings`,
  );
}

test("a tag chosen and not saved keeps the user on the page until they choose to leave; once saved, nothing asks", async () => {
  await apiPost("/v1/tags/create", { workspaceId: SEED.workspace.id, name: "finance", color: "FF8800" });
  const user = userEvent.setup();
  const { router } = renderSettings();
  const tags = await screen.findByRole("region", { name: "Tags" }, { timeout: 30_000 });
  await user.click(await within(tags).findByRole("combobox", { name: "Tags of this connection" }));
  await user.click(await screen.findByRole("option", { name: "finance", hidden: true }));

  await user.click(screen.getByRole("link", { name: "Elsewhere" }));
  const ask = await screen.findByRole("dialog", { name: "Discard unsaved changes?" });
  expect(ask).toHaveTextContent("Your tags have not been saved. Leave and lose them?");
  await user.click(within(ask).getByRole("button", { name: "Stay on this page" }));
  expect(router.state.location.pathname).toBe(`/connections/${connectionId}/settings`);
  expect(within(tags).getByText("finance")).toBeInTheDocument();

  await user.click(within(tags).getByRole("button", { name: "Save tags" }));
  await waitFor(() => expect(within(tags).getByRole("button", { name: "Save tags" })).toBeDisabled());
  await user.click(screen.getByRole("link", { name: "Elsewhere" }));
  expect(await screen.findByText("Somewhere else")).toBeInTheDocument();
});
