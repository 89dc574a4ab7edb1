// The playground with specifications the form cannot read: the page stays, says what is wrong, and
// the pasted text is still there to fix (a 2,000-deep spec used to take the page down with it).
import { fireEvent, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import faker from "@mocks/data/connectors/source-faker.json";
import postgres from "@mocks/data/connectors/source-postgres.json";
import { renderRoutes } from "@/test/render";
import { PlaygroundPage } from "./PlaygroundPage";

function nested(levels: number): Record<string, unknown> {
  let node: Record<string, unknown> = { type: "string" };
  for (let i = 0; i < levels; i++) node = { type: "object", properties: { deeper: node } };
  return node;
}

it("a spec nested 2,000 levels deep: a message saying so, and the pasted text is kept", async () => {
  renderRoutes([{ path: "/playground", Component: PlaygroundPage }], "/playground");
  const spec = structuredClone(faker.spec);
  (spec.connectionSpecification.properties as Record<string, unknown>).deep = nested(2000);
  const text = JSON.stringify(spec);
  fireEvent.change(await screen.findByRole("textbox", { name: "Connector specification" }), { target: { value: text } });
  expect(await screen.findByText(/nests more than 100 levels deep/, undefined, { timeout: 30_000 })).toBeInTheDocument();
  expect(screen.getByRole("textbox", { name: "Connector specification" })).toHaveValue(text);
});

it("loading another specification starts its form afresh: the last one's configuration does not carry over", async () => {
  const user = userEvent.setup();
  renderRoutes([{ path: "/playground", Component: PlaygroundPage }], "/playground");
  const input = await screen.findByRole("textbox", { name: "Connector specification" });
  fireEvent.change(input, { target: { value: JSON.stringify(faker.spec) } });
  await user.click(await screen.findByRole("button", { name: "Fill with sample values" }, { timeout: 30_000 }));
  const result = () => screen.getByLabelText("Resulting configuration").textContent ?? "";
  await waitFor(() => expect(result()).toContain('"count"'), { timeout: 30_000 });
  fireEvent.change(input, { target: { value: JSON.stringify(postgres.spec) } });
  // Postgres has no "count": only what its own form holds (nothing typed yet) is shown.
  await waitFor(() => expect(result()).not.toContain('"count"'), { timeout: 30_000 });
});

it("typed text survives leaving the page and coming back (kept as a draft); the configuration, which may hold secrets, does not", async () => {
  const first = renderRoutes([{ path: "/playground", Component: PlaygroundPage }], "/playground");
  const text = JSON.stringify(faker.spec);
  fireEvent.change(await screen.findByRole("textbox", { name: "Connector specification" }), { target: { value: text } });
  fireEvent.change(screen.getByRole("textbox", { name: "Configuration" }), { target: { value: '{"password": "hunter2"}' } });
  first.unmount();
  renderRoutes([{ path: "/playground", Component: PlaygroundPage }], "/playground");
  expect(await screen.findByRole("textbox", { name: "Connector specification" })).toHaveValue(text);
  expect(screen.getByRole("textbox", { name: "Configuration" })).toHaveValue("");
  expect(JSON.stringify({ ...localStorage })).not.toContain("hunter2");
});

it("a paste of several megabytes is read in full and its form shown, without putting the text in the text box; it can be cleared", async () => {
  renderRoutes([{ path: "/playground", Component: PlaygroundPage }], "/playground");
  const spec = structuredClone(faker.spec);
  // source-faker with a 2 MB help text on one field: a text box holding it froze the page.
  (spec.connectionSpecification.properties as Record<string, unknown>).notes = {
    type: "string",
    title: "Notes",
    always_show: true,
    description: "lorem ipsum ".repeat(180_000),
  };
  const text = JSON.stringify(spec);
  const input = await screen.findByRole("textbox", { name: "Connector specification" });
  fireEvent.paste(input, { clipboardData: { getData: () => text } });
  const panel = await screen.findByRole("group", { name: "Connector specification" });
  expect(panel).toHaveTextContent(/Connector specification: 2\.\d million characters/);
  expect(screen.queryByRole("textbox", { name: "Connector specification" })).not.toBeInTheDocument();
  expect(await screen.findByRole("textbox", { name: "Notes" }, { timeout: 30_000 })).toBeInTheDocument();
  fireEvent.click(screen.getByRole("button", { name: "Clear the text" }));
  expect(await screen.findByRole("textbox", { name: "Connector specification" })).toHaveValue("");
});
