import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SEED } from "@mocks/seed/ids";
import { mockControl } from "@mocks/control";
import { apiPost } from "@/api/client";
import { routes } from "@/app/routes";
import { renderRoutes } from "@/test/render";

beforeEach(() => mockControl.reset());

const workspaceId = SEED.workspace.id;
// The settings route is lazy: its first load in a run also transforms its modules (slow on a busy machine).
const FIRST_LOAD = { timeout: 30_000 };
const tagList = () => screen.findByRole("list", { name: "Tags" }, FIRST_LOAD);

test("creates a tag, renames and recolours it, and deletes it", async () => {
  const user = userEvent.setup();
  renderRoutes(routes, "/settings");
  expect(await screen.findByText("No tags yet. Create the first one below.", {}, FIRST_LOAD)).toBeInTheDocument();
  await user.type(screen.getByRole("textbox", { name: /New tag: name/ }), "finance");
  await user.click(screen.getByRole("button", { name: "Create tag" }));
  expect(await screen.findByText("Tag created")).toBeInTheDocument();
  expect(await within(await tagList()).findByText("finance")).toBeInTheDocument();
  // The form is ready for the next one.
  expect(screen.getByRole("textbox", { name: /New tag: name/ })).toHaveValue("");

  await user.click(screen.getByRole("button", { name: "Edit tag finance" }));
  const name = screen.getByRole("textbox", { name: /Tag finance: name/ });
  await user.clear(name);
  await user.type(name, "finance-eu");
  const colour = screen.getByRole("textbox", { name: /Tag finance: colour/ });
  await user.clear(colour);
  await user.type(colour, "#112233");
  await user.click(screen.getByRole("button", { name: "Save tag" }));
  expect(await screen.findByText("Tag saved")).toBeInTheDocument();
  expect(await within(await tagList()).findByText("finance-eu")).toBeInTheDocument();
  expect(await apiPost("/v1/tags/list", { workspaceId })).toEqual([expect.objectContaining({ name: "finance-eu", color: "112233" })]);

  await user.click(screen.getByRole("button", { name: "Delete tag finance-eu" }));
  await user.click(await screen.findByRole("button", { name: "Delete tag" }));
  expect(await screen.findByText("Tag deleted")).toBeInTheDocument();
  expect(await screen.findByText("No tags yet. Create the first one below.")).toBeInTheDocument();
});

test("a refused name is shown at the name field and what was typed stays", async () => {
  const user = userEvent.setup();
  await apiPost("/v1/tags/create", { workspaceId, name: "ops", color: "000000" });
  renderRoutes(routes, "/settings");
  await tagList();
  const name = screen.getByRole("textbox", { name: /New tag: name/ });
  await user.type(name, "x".repeat(31));
  await user.click(screen.getByRole("button", { name: "Create tag" }));
  expect(await screen.findByText("Use at most 30 characters (this has 31).")).toBeInTheDocument();
  await user.clear(name);
  await user.type(name, "ops");
  await user.click(screen.getByRole("button", { name: "Create tag" }));
  expect(await screen.findByText("Another tag of this workspace has this name.")).toBeInTheDocument();
  expect(name).toHaveValue("ops");
});

test("a refusal the console cannot foresee (another client made the name meanwhile) shows the server's message at the name", async () => {
  const user = userEvent.setup();
  renderRoutes(routes, "/settings");
  await screen.findByText("No tags yet. Create the first one below.", {}, FIRST_LOAD);
  await apiPost("/v1/tags/create", { workspaceId, name: "late", color: "000000" });
  await user.type(screen.getByRole("textbox", { name: /New tag: name/ }), "late");
  await user.click(screen.getByRole("button", { name: "Create tag" }));
  await waitFor(() => expect(screen.getByRole("textbox", { name: /New tag: name/ })).toHaveAccessibleDescription(/already exists/));
  expect(screen.getByRole("textbox", { name: /New tag: name/ })).toHaveValue("late");
});
