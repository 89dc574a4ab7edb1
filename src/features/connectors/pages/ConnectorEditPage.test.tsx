import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { destinationKeys } from "@/api/queryKeys";
import { server } from "@/test/server";
import { connectorBackend, fixtureByName } from "../test/connectorBackend";
import { renderConnectorRoutes } from "../test/renderConnectorRoutes";

vi.mock("@/features/connector-form", async () => ({
  ConnectorConfigForm: (await import("../test/FakeConnectorConfigForm")).FakeConnectorConfigForm,
}));

const s3 = fixtureByName("destination", "S3");
const SLOW = { timeout: 30_000 };
const DEST_ID = "7b1e2d4c-0000-4000-8000-000000000001";

function seeded() {
  const backend = connectorBackend({
    destinations: [
      {
        id: DEST_ID,
        name: "Lake",
        definitionId: s3.definitionId,
        configuration: {
          s3_bucket_name: "raw-data",
          s3_bucket_path: "in",
          s3_bucket_region: "eu-west-1",
          format: { format_type: "JSONL" },
          access_key_id: "AKIA-real",
          secret_access_key: "real-secret",
        },
      },
    ],
    connections: [
      {
        connectionId: "c1",
        name: "Orders → Lake",
        sourceId: "s1",
        destinationId: DEST_ID,
        latestSyncJobStatus: "succeeded",
        latestSyncJobCreatedAt: 10,
      },
      { connectionId: "c2", name: "Billing → Lake", sourceId: "s2", destinationId: DEST_ID },
      { connectionId: "c3", name: "Elsewhere", sourceId: "s2", destinationId: "other" },
    ],
  });
  server.use(...backend.handlers);
  return backend;
}

describe("Edit a destination", () => {
  it("loads the stored settings with secrets masked, lists its connections, and sends masked secrets back unchanged", async () => {
    const backend = seeded();
    const user = userEvent.setup();
    renderConnectorRoutes(`/destinations/${DEST_ID}`);
    expect(await screen.findByLabelText("S3 Bucket Name", undefined, SLOW)).toHaveValue("raw-data");
    expect(screen.getByRole("heading", { level: 1, name: "Lake" })).toBeInTheDocument();
    expect(screen.getByLabelText("S3 Access Key *")).toHaveValue("**********");
    expect(document.body.textContent).not.toContain("real-secret");

    const usedBy = screen.getByRole("region", { name: "Connections using this destination" });
    await waitFor(() =>
      expect(
        within(usedBy)
          .getAllByRole("link")
          .map((l) => l.textContent),
      ).toEqual(["Orders → Lake", "Billing → Lake"]),
    );

    await user.clear(screen.getByLabelText("S3 Bucket Path"));
    await user.type(screen.getByLabelText("S3 Bucket Path"), "landing");
    await user.click(screen.getByRole("button", { name: "Test and save" }));
    expect(await screen.findByText("Destination saved", undefined, SLOW)).toBeInTheDocument();
    expect(backend.state.checks).toEqual([
      expect.objectContaining({
        destinationId: DEST_ID,
        connectionConfiguration: expect.objectContaining({ s3_bucket_path: "landing", secret_access_key: "**********" }),
      }),
    ]);
    expect(screen.getByLabelText("S3 Bucket Path")).toHaveValue("landing");
  });

  it("is seeded from the server, not from an older copy another screen left in the cache", async () => {
    seeded();
    const { queryClient } = renderConnectorRoutes(`/destinations/${DEST_ID}`);
    // The connection page reads the same cache entry; its copy may predate a change made elsewhere.
    const stale = {
      destinationId: DEST_ID,
      name: "Old name",
      destinationDefinitionId: s3.definitionId,
      destinationName: "S3",
      workspaceId: "w",
      connectionConfiguration: { s3_bucket_name: "old-bucket" },
    };
    queryClient.setQueryData(destinationKeys.detail(DEST_ID), stale);
    expect(await screen.findByLabelText("S3 Bucket Name", undefined, SLOW)).toHaveValue("raw-data");
    expect(screen.getByRole("heading", { level: 1, name: "Lake" })).toBeInTheDocument();
  });

  it("asks before leaving with unsaved changes", async () => {
    seeded();
    const user = userEvent.setup();
    const { router } = renderConnectorRoutes(`/destinations/${DEST_ID}`);
    await user.type(await screen.findByLabelText("S3 Bucket Path", undefined, SLOW), "-changed");
    await user.click(screen.getByRole("link", { name: "Back to destinations" }));
    const dialog = await screen.findByRole("dialog", { name: "Leave without saving?" });
    await user.click(within(dialog).getByRole("button", { name: "Stay on this page" }));
    expect(router.state.location.pathname).toBe(`/destinations/${DEST_ID}`);
    expect(screen.getByLabelText("S3 Bucket Path")).toHaveValue("in-changed");

    await user.click(screen.getByRole("link", { name: "Back to destinations" }));
    await user.click(
      within(await screen.findByRole("dialog", { name: "Leave without saving?" })).getByRole("button", {
        name: "Discard changes and leave",
      }),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe("/destinations"));
  });

  it("does not ask once a change is undone", async () => {
    seeded();
    const user = userEvent.setup();
    const { router } = renderConnectorRoutes(`/destinations/${DEST_ID}`);
    const path = await screen.findByLabelText("S3 Bucket Path", undefined, SLOW);
    await user.type(path, "x");
    await user.type(path, "{Backspace}");
    expect(path).toHaveValue("in");
    await user.click(screen.getByRole("link", { name: "Back to destinations" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/destinations"));
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("does not ask when nothing changed", async () => {
    seeded();
    const user = userEvent.setup();
    const { router } = renderConnectorRoutes(`/destinations/${DEST_ID}`);
    await screen.findByLabelText("S3 Bucket Path", undefined, SLOW);
    await user.click(screen.getByRole("link", { name: "Back to destinations" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/destinations"));
  });

  it("delete names the connections that go with it, then returns to the list", async () => {
    const backend = seeded();
    const user = userEvent.setup();
    const { router } = renderConnectorRoutes(`/destinations/${DEST_ID}`);
    await screen.findByLabelText("S3 Bucket Path", undefined, SLOW);
    await waitFor(() =>
      expect(within(screen.getByRole("region", { name: "Connections using this destination" })).getAllByRole("link")).toHaveLength(2),
    );
    await user.click(screen.getByRole("button", { name: "Delete destination" }));
    const dialog = await screen.findByRole("dialog", { name: "Delete destination “Lake”?" });
    expect(within(dialog).getByText(/These 2 connections use it and will be deleted too/)).toBeInTheDocument();
    expect(
      within(dialog)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["Orders → Lake", "Billing → Lake"]);
    await user.click(within(dialog).getByRole("button", { name: "Delete destination" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/destinations"), SLOW);
    expect(backend.state.deletes).toEqual([DEST_ID]);
    expect(await screen.findByRole("heading", { name: "No destinations yet" }, SLOW)).toBeInTheDocument();
  });
});
