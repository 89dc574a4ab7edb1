// OAuth in the form, against the mock backend: on an open-source server (no OAuth app of its own) the
// user's client id and secret are asked for and sent with the consent and completion calls; on a
// Cloud-like server nothing is asked; the tokens can always be typed by hand.
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { createRef } from "react";
import { apiPost } from "@/api/client";
import { mockControl } from "@mocks/control";
import { SEED } from "@mocks/seed/ids";
import { renderWithProviders } from "@/test/render";
import { server } from "@/test/server";
import type { ConnectorConfigFormHandle, ConnectorSpec } from "../types";
import { FormHarness } from "../testing/FormHarness";

const workspaceId = SEED.workspace.id;

async function sourceSpec(dockerRepository: string): Promise<{ definitionId: string; spec: ConnectorSpec }> {
  const { sourceDefinitions } = await apiPost("/v1/source_definitions/list_for_workspace", { workspaceId, filterByUsed: false });
  const definitionId = sourceDefinitions.find((d) => d.dockerRepository === dockerRepository)!.sourceDefinitionId;
  const spec = await apiPost("/v1/source_definition_specifications/get", { sourceDefinitionId: definitionId, workspaceId });
  return { definitionId, spec: spec as ConnectorSpec };
}

async function renderForm(dockerRepository: string) {
  const { definitionId, spec } = await sourceSpec(dockerRepository);
  const handle = createRef<ConnectorConfigFormHandle>();
  let latest: Record<string, unknown> = {};
  renderWithProviders(
    <FormHarness spec={spec} handleRef={handle} onValue={(v) => (latest = v)} connector={{ kind: "source", definitionId, workspaceId }} />,
  );
  await waitFor(() => expect(screen.queryByText(/loading the configuration form/i)).not.toBeInTheDocument(), { timeout: 30_000 });
  // GitHub's authentication is among its optional fields: open them.
  for (const toggle of screen.queryAllByRole("button", { name: /optional fields/i, expanded: false })) fireEvent.click(toggle);
  await screen.findByRole("button", { name: "Authenticate your account" }, { timeout: 30_000 });
  return { handle, value: () => latest };
}

/** The oAuthInputConfiguration of every OAuth call, by endpoint. */
function recordOAuthInputs(): Record<string, unknown[]> {
  const seen: Record<string, unknown[]> = {};
  server.events.on("request:start", async ({ request }) => {
    const path = new URL(request.url).pathname;
    if (!path.includes("_oauths/")) return;
    const body = (await request.clone().json()) as { oAuthInputConfiguration?: unknown };
    (seen[path.split("/").pop()!] ??= []).push(body.oAuthInputConfiguration);
  });
  return seen;
}

function fakePopup() {
  const popup = { closed: false, location: { href: "" }, close: vi.fn() };
  const open = vi.spyOn(window, "open").mockReturnValue(popup as unknown as Window);
  return { popup, open };
}

function returnFromProvider(consentUrl: string) {
  const state = new URL(consentUrl).searchParams.get("state");
  // The provider's answer updates the form: inside act, as React asks of updates a test causes.
  act(() => {
    window.dispatchEvent(
      new MessageEvent("message", {
        origin: window.location.origin,
        data: { type: "syncdeck-oauth", params: { code: "mock-code", state } },
      }),
    );
  });
}

beforeEach(() => mockControl.reset());
afterEach(() => {
  server.events.removeAllListeners();
  mockControl.setGlobalOAuthCredentials(false);
  vi.restoreAllMocks();
});

describe("OAuth on a server without an OAuth app of its own (open source)", () => {
  it("asks for the app the spec has no fields for, refuses to start without it, sends it with both calls", async () => {
    const user = userEvent.setup();
    const seen = recordOAuthInputs();
    const { popup, open } = fakePopup();
    const { value } = await renderForm("airbyte/source-github");
    const note = screen.getByTestId("oauth-app-note");
    expect(within(note).getByLabelText("Redirect URL to register with the provider")).toHaveTextContent(
      `${window.location.origin}/auth_flow`,
    );

    await user.click(screen.getByRole("button", { name: "Authenticate your account" }));
    expect(
      await screen.findByText("Enter the client ID and client secret of your OAuth app first (client_id, client_secret)."),
    ).toBeInTheDocument();
    expect(open).not.toHaveBeenCalled();

    await user.type(within(note).getByLabelText(/OAuth app: Client ID/), "my-app-id");
    await user.type(within(note).getByLabelText(/OAuth app: Client secret/), "my-app-secret");
    // The secret is in the input, never in an attribute of the page.
    expect(within(note).getByLabelText(/OAuth app: Client secret/)).toHaveValue("my-app-secret");
    expect(document.querySelectorAll('[value*="my-app-secret"]')).toHaveLength(0);
    await user.click(screen.getByRole("button", { name: "Authenticate your account" }));
    await waitFor(() => expect(popup.location.href).toContain("oauth-mock.html"));
    expect(new URL(popup.location.href).searchParams.get("client_id")).toBe("my-app-id");
    returnFromProvider(popup.location.href);
    expect(await screen.findByText("Authenticated")).toBeInTheDocument();

    const app = { client_id: "my-app-id", client_secret: "my-app-secret" };
    expect(seen).toEqual({ get_consent_url: [app], complete_oauth: [app] });
    // The token is kept; the app's masked id and secret the server sent back are not (the spec has no place for them).
    expect(value().credentials).toEqual({ option_title: "OAuth Credentials", access_token: expect.stringMatching(/^mock-/) });
    // The first test also loads the form's code: room for a busy machine.
  }, 120_000);

  it("shows the fields the spec has for the app, sends what is typed there, and keeps it after the flow", async () => {
    const user = userEvent.setup();
    const seen = recordOAuthInputs();
    const { popup } = fakePopup();
    const { value } = await renderForm("airbyte/source-salesforce");
    await user.type(screen.getByLabelText(/^Client ID/), "sf-app");
    await user.type(screen.getByLabelText(/^Client Secret/), "sf-secret");
    await user.click(screen.getByRole("button", { name: "Authenticate your account" }));
    await waitFor(() => expect(popup.location.href).toContain("oauth-mock.html"));
    returnFromProvider(popup.location.href);
    expect(await screen.findByText("Authenticated")).toBeInTheDocument();
    expect(seen.get_consent_url).toEqual([{ is_sandbox: false, client_id: "sf-app", client_secret: "sf-secret" }]);
    expect(value()).toMatchObject({ client_id: "sf-app", client_secret: "sf-secret", refresh_token: expect.stringMatching(/^mock-/) });
  });

  it("shows the token fields at once, so the user can type them, and can leave them to the flow", async () => {
    const user = userEvent.setup();
    const { handle, value } = await renderForm("airbyte/source-github");
    const manual = screen.getByRole("checkbox", { name: /Enter tokens manually/ });
    expect(manual).toBeChecked();
    await user.click(manual);
    expect(screen.queryByLabelText(/^Access Token/)).not.toBeInTheDocument();
    await user.click(manual);
    await user.type(screen.getByLabelText(/^Access Token/), "gho_typed");
    expect((value().credentials as Record<string, unknown>).access_token).toBe("gho_typed");
    act(() => {
      handle.current!.validate();
    });
    expect(screen.queryByText("Authenticate your account to continue.")).not.toBeInTheDocument();
  });

  it("shows the tokens of a legacy authSpecification connector too", async () => {
    // source-youtube-analytics: authSpecification with the refresh token under credentials.
    await renderForm("airbyte/source-youtube-analytics");
    expect(screen.getByLabelText(/^Client ID/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Refresh Token/)).toBeInTheDocument();
  });
});

describe("OAuth on a server with its own OAuth app (like Airbyte Cloud)", () => {
  it("asks nothing of the user: no app fields, the flow starts at once", async () => {
    mockControl.setGlobalOAuthCredentials(true);
    const user = userEvent.setup();
    const { popup } = fakePopup();
    await renderForm("airbyte/source-salesforce");
    expect(screen.queryByTestId("oauth-app-note")).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/^Client ID/)).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Authenticate your account" }));
    await waitFor(() => expect(popup.location.href).toContain("client_id=syncdeck-instance-client-id"));
  });
});

describe("a consent URL that is not a web page", () => {
  // A declarative-OAuth connector carries its own consent URL: its author chooses what the popup loads.
  it.each(["javascript:opener.document.title='owned'", "data:text/html,<script>opener.x=1</script>", "http://provider.example/consent"])(
    "is never loaded (%s): the popup closes and the form says why",
    async (consentUrl) => {
      mockControl.setGlobalOAuthCredentials(true);
      server.use(http.post("*/api/v1/source_oauths/get_consent_url", () => HttpResponse.json({ consentUrl })));
      const user = userEvent.setup();
      const { popup } = fakePopup();
      await renderForm("airbyte/source-salesforce");
      await user.click(screen.getByRole("button", { name: "Authenticate your account" }));
      const alert = await screen.findByRole("alert");
      expect(alert).toHaveTextContent(/not a secure web page/);
      expect(popup.close).toHaveBeenCalled();
      expect(popup.location.href).toBe("");
    },
  );
});
