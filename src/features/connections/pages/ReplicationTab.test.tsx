// A save the server refuses for a stream's mappings marks each refused mapping where it is shown:
// in the stream's row and in its mappings, with what was typed still there.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Outlet } from "react-router";
import { mockControl } from "@mocks/control";
import { SEED } from "@mocks/seed/ids";
import type { WorkspaceRead } from "@/api/types";
import { WorkspaceProvider } from "@/shared/WorkspaceContext";
import { renderRoutes } from "@/test/render";
import { connectionRoutes } from "../routes";

const connectionId = SEED.connections.postgresToS3.id;
const workspace = { workspaceId: SEED.workspace.id, name: SEED.workspace.name } as WorkspaceRead;

// jsdom has no layout: give elements a viewport-sized box so the virtualiser renders rows.
beforeEach(async () => {
  vi.spyOn(Element.prototype, "clientHeight", "get").mockReturnValue(4000);
  vi.spyOn(Element.prototype, "clientWidth", "get").mockReturnValue(1200);
  await mockControl.reset();
});
afterEach(() => vi.restoreAllMocks());

test("a save refused for a mapping marks that mapping in the stream's row and in its mappings, as typed", async () => {
  const user = userEvent.setup();
  // The app's layout provides the workspace around the connection's page.
  renderRoutes(
    [
      {
        path: "/",
        element: (
          <WorkspaceProvider workspace={workspace}>
            <Outlet />
          </WorkspaceProvider>
        ),
        children: connectionRoutes([]),
      },
    ],
    `/connections/${connectionId}/replication`,
  );
  await user.click(await screen.findByRole("button", { name: "Add mappings of public.organization" }, { timeout: 30_000 }));
  const dialog = await screen.findByRole("dialog", { name: /Mappings of public\.organization/ });
  // Two mappings; the second renames a field to a name the stream already has, which the server refuses.
  await user.click(within(dialog).getByRole("button", { name: "Add mapping: Hash a field" }));
  await user.selectOptions(within(dialog).getByRole("combobox", { name: "Mapping 1: field to hash" }), "email");
  await user.click(within(dialog).getByRole("button", { name: "Add mapping: Rename a field" }));
  await user.selectOptions(within(dialog).getByRole("combobox", { name: "Mapping 2: field to rename" }), "name");
  await user.type(within(dialog).getByRole("textbox", { name: "Mapping 2: new name" }), "email_hashed");
  await user.click(within(dialog).getByRole("button", { name: "Apply mappings" }));
  await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());

  await user.click(screen.getByRole("button", { name: "Save changes" }));
  await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Save changes" }));
  expect(await screen.findByText(/your edits are still here/)).toBeInTheDocument();

  const button = screen.getByRole("button", { name: "2 mappings of public.organization: edit" });
  expect(button).toHaveAttribute("aria-invalid", "true");
  const rowMessage = document.getElementById(button.getAttribute("aria-describedby") ?? "");
  expect(rowMessage).toHaveTextContent(
    "Mapping 2: The server refused this mapping: the field it would create already exists in the stream.",
  );
  expect(rowMessage).toBeVisible();
  expect(rowMessage).not.toHaveTextContent("Mapping 1");

  await user.click(button);
  const reopened = await screen.findByRole("dialog", { name: /Mappings of public\.organization/ });
  const newName = within(reopened).getByRole("textbox", { name: "Mapping 2: new name" });
  expect(newName).toHaveValue("email_hashed");
  expect(newName).toHaveAttribute("aria-invalid", "true");
  const group = within(reopened).getByRole("group", { name: "Mapping 2" });
  expect(document.getElementById(group.getAttribute("aria-describedby") ?? "")).toHaveTextContent(
    "The server refused this mapping: the field it would create already exists in the stream.",
  );
  expect(within(reopened).getByRole("group", { name: "Mapping 1" })).not.toHaveAttribute("aria-describedby");
  expect(within(reopened).getByRole("combobox", { name: "Mapping 1: field to hash" })).not.toHaveAttribute("aria-invalid");
});
