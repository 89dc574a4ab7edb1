import { fireEvent, screen, waitFor } from "@testing-library/react";
import { delay, http } from "msw";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { server } from "@/test/server";
import { draftKey } from "../lib/drafts";
import { connectorBackend, fixtureByName } from "../test/connectorBackend";
import { renderConnectorRoutes } from "../test/renderConnectorRoutes";

// The page is tested against the form's public interface; the form engine has its own tests.
vi.mock("@/features/connector-form", async () => ({
  ConnectorConfigForm: (await import("../test/FakeConnectorConfigForm")).FakeConnectorConfigForm,
}));

const postgres = fixtureByName("source", "Postgres");
const SLOW = { timeout: 30_000 };

// Before as well as after: unmounting a form flushes its pending draft, which can land after cleanup.
beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

async function openCreateForm(path = `/sources/new/${postgres.definitionId}`) {
  const backend = connectorBackend();
  server.use(...backend.handlers);
  const view = renderConnectorRoutes(path);
  await screen.findByLabelText("Host", undefined, SLOW);
  return { backend, ...view };
}

async function fillPostgres(user: ReturnType<typeof userEvent.setup>, host: string) {
  const name = screen.getByRole("textbox", { name: /Source name/ });
  await user.clear(name);
  await user.type(name, "Orders DB");
  await user.type(screen.getByLabelText("Host"), host);
  await user.type(screen.getByLabelText("Port"), "5432");
  await user.type(screen.getByLabelText("Database Name"), "orders");
  await user.type(screen.getByLabelText("Username"), "reader");
  await user.type(screen.getByLabelText("Password"), "hunter2-secret");
}

describe("Create a source", () => {
  it("a failed check shows the message and logs and keeps every value; fixing it saves", async () => {
    const user = userEvent.setup();
    const { backend, router } = await openCreateForm();
    await fillPostgres(user, "db.invalid");
    await user.click(screen.getByRole("button", { name: "Test and save" }));

    expect(await screen.findByText("The connection test failed", undefined, SLOW)).toBeInTheDocument();
    expect(screen.getByText(/host name could not be resolved/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /Show connector logs/ }));
    expect(screen.getByLabelText("Connector logs")).toHaveTextContent("UnknownHostException");
    expect(backend.state.creates).toHaveLength(0);
    // Nothing typed is lost, the secret included.
    expect(screen.getByRole("textbox", { name: /Source name/ })).toHaveValue("Orders DB");
    expect(screen.getByLabelText("Host")).toHaveValue("db.invalid");
    expect(screen.getByLabelText("Password")).toHaveValue("hunter2-secret");
    expect(backend.state.checks[0]).toMatchObject({
      sourceDefinitionId: postgres.definitionId,
      connectionConfiguration: { host: "db.invalid" },
    });

    await user.clear(screen.getByLabelText("Host"));
    await user.type(screen.getByLabelText("Host"), "db.example.com");
    await user.click(screen.getByRole("button", { name: "Test and save" }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/sources\/[0-9a-f-]{36}$/), SLOW);
    expect(backend.state.creates).toEqual([
      expect.objectContaining({
        name: "Orders DB",
        sourceDefinitionId: postgres.definitionId,
        connectionConfiguration: expect.objectContaining({ host: "db.example.com", password: "hunter2-secret" }),
      }),
    ]);
    expect(await screen.findByText("Source created", undefined, SLOW)).toBeInTheDocument();
    // A saved source leaves no draft behind.
    expect(localStorage.getItem(draftKey("source", postgres.definitionId))).toBeNull();
  });

  it("a running check shows elapsed time and can be cancelled without losing input", async () => {
    const user = userEvent.setup();
    const { backend } = await openCreateForm();
    server.use(http.post("*/api/v1/scheduler/sources/check_connection", () => delay("infinite")));
    await fillPostgres(user, "db.example.com");
    await user.click(screen.getByRole("button", { name: "Test and save" }));
    expect(await screen.findByText("Testing the connection")).toBeInTheDocument();
    expect(screen.getByText(/\d+s elapsed/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Cancel test" }));
    expect(await screen.findByText("Test cancelled")).toBeInTheDocument();
    expect(backend.state.creates).toHaveLength(0);
    expect(screen.getByLabelText("Host")).toHaveValue("db.example.com");
    expect(screen.getByRole("button", { name: "Test and save" })).toBeEnabled();
  });

  it("keeps a value pasted or filled in one go as the first edit", async () => {
    await openCreateForm();
    // One input event, no key events before it (paste, autofill).
    fireEvent.input(screen.getByRole("textbox", { name: /Source name/ }), { target: { value: "Pasted name" } });
    expect(screen.getByRole("textbox", { name: /Source name/ })).toHaveValue("Pasted name");
    fireEvent.input(screen.getByLabelText("Host"), { target: { value: "pasted.example.com" } });
    expect(screen.getByLabelText("Host")).toHaveValue("pasted.example.com");
  });

  it("requires a name before testing anything", async () => {
    const user = userEvent.setup();
    const { backend } = await openCreateForm();
    await user.clear(screen.getByRole("textbox", { name: /Source name/ }));
    await user.click(screen.getByRole("button", { name: "Test and save" }));
    expect(await screen.findByText("Give the source a name.")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /Source name/ })).toHaveFocus();
    expect(backend.state.checks).toHaveLength(0);
  });

  it("keeps a draft without secrets, restores it after a reload and can discard it", async () => {
    const user = userEvent.setup();
    const first = await openCreateForm();
    await fillPostgres(user, "db.example.com");
    const key = draftKey("source", postgres.definitionId);
    await waitFor(() => expect(localStorage.getItem(key)).toContain("reader"));
    expect(localStorage.getItem(key)).not.toContain("hunter2-secret");
    first.unmount();

    await openCreateForm();
    expect(screen.getByText("Restored your unsaved draft")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /Source name/ })).toHaveValue("Orders DB");
    expect(screen.getByLabelText("Host")).toHaveValue("db.example.com");
    expect(screen.getByLabelText("Password")).toHaveValue("");

    await user.click(screen.getByRole("button", { name: "Discard draft" }));
    expect(screen.queryByText("Restored your unsaved draft")).toBeNull();
    expect(screen.getByLabelText("Host")).toHaveValue("");
    expect(screen.getByRole("textbox", { name: /Source name/ })).toHaveValue(postgres.name);
    expect(localStorage.getItem(key)).toBeNull();
  });

  it("returns to an in-app returnTo with the new id", async () => {
    const user = userEvent.setup();
    const returnTo = encodeURIComponent("/connections/new?step=source");
    const { router } = await openCreateForm(`/sources/new/${postgres.definitionId}?returnTo=${returnTo}`);
    await fillPostgres(user, "db.example.com");
    await user.click(screen.getByRole("button", { name: "Test and save" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/connections/new"), SLOW);
    const params = new URLSearchParams(router.state.location.search);
    expect(params.get("step")).toBe("source");
    expect(params.get("sourceId")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("ignores a returnTo that leaves the app", async () => {
    const user = userEvent.setup();
    const { router } = await openCreateForm(`/sources/new/${postgres.definitionId}?returnTo=${encodeURIComponent("//evil.example/steal")}`);
    await fillPostgres(user, "db.example.com");
    await user.click(screen.getByRole("button", { name: "Test and save" }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/sources\/[0-9a-f-]{36}$/), SLOW);
  });
});
