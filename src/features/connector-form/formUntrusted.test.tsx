// The config form on specifications and values it cannot trust: broken or hostile specs, and the
// OAuth flow's popup, messages and returned values.
import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { mockControl } from "@mocks/control";
import { createRef } from "react";
import { apiPost } from "@/api/client";
import { SEED } from "@mocks/seed/ids";
import type { ConnectorConfigFormHandle, ConnectorSpec } from "./types";
import { FormHarness } from "./testing/FormHarness";
import { formReady, setup } from "./testing/formSetup";
import { renderWithProviders } from "@/test/render";

describe("bad and hostile specs", () => {
  it.each([
    ["not an object", "a string", /json object/i],
    ["unknown type", { type: "object", properties: { a: { type: "strnig" } } }, /\/properties\/a/],
    ["unresolvable $ref", { type: "object", properties: { a: { $ref: "#/definitions/missing" } } }, /#\/definitions\/missing/],
    [
      "$ref cycle",
      {
        type: "object",
        definitions: { n: { type: "object", properties: { next: { $ref: "#/definitions/n" } } } },
        properties: { a: { $ref: "#/definitions/n" } },
      },
      /circular/i,
    ],
    ["empty oneOf", { type: "object", properties: { a: { type: "object", oneOf: [] } } }, /oneOf/],
    [
      "invalid JSON Schema",
      { type: "object", properties: { a: { type: "string", minLength: "ten" } } },
      /minLength|not valid json schema/i,
    ],
  ])("%s: a clear message instead of a crash", async (_name, connectionSpecification, message) => {
    setup({ connectionSpecification });
    await formReady();
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(message);
  });

  it("renders hostile titles and descriptions as text, sanitises markdown, opens links in a new tab", async () => {
    const long = "x".repeat(10000);
    setup({
      connectionSpecification: {
        type: "object",
        required: ["a"],
        properties: {
          a: {
            type: "string",
            title: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>',
            description: `Read [the docs](https://example.com/docs) <script>window.__pwned=1</script><img src=x onerror="window.__pwned=1"> ${long}`,
          },
        },
      },
    });
    await formReady();
    expect(screen.getByText('<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>')).toBeInTheDocument();
    expect(document.querySelector("script")).toBeNull();
    expect(document.querySelector("img[onerror]")).toBeNull();
    const link = screen.getByRole("link", { name: "the docs" });
    expect(link).toHaveAttribute("target", "_blank");
    expect(link.getAttribute("rel")).toContain("noopener");
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
  it("keeps no class, id or other attribute an author writes into a description, only a link's address and title", async () => {
    setup({
      connectionSpecification: {
        type: "object",
        required: ["a", "b"],
        properties: {
          a: { type: "string", title: "Host", description: "The host." },
          b: {
            type: "string",
            title: "Port",
            description:
              '<a href="https://evil.example" class="mantine-Overlay-root" id="root_a" title="More" data-x="1" style="position:fixed;inset:0">Cover</a>' +
              ' <span class="mantine-Overlay-root" id="root_a">Span</span> <b class="c" id="root_a">Bold</b> <a href="data:text/html,x">Data</a>',
          },
        },
      },
    });
    await formReady();
    // The field keeps the only element with its id (a duplicate would take its label and error).
    expect(document.querySelectorAll("#root_a")).toHaveLength(1);
    expect(screen.getByLabelText(/^Host/)).toHaveAttribute("id", "root_a");
    expect(document.querySelector(".mantine-Overlay-root")).toBeNull();
    const link = screen.getByRole("link", { name: "Cover" });
    expect(link.getAttributeNames().sort()).toEqual(["href", "rel", "target", "title"]);
    expect(link).toHaveAttribute("rel", "noopener noreferrer");
    expect(screen.getByText("Bold").getAttributeNames()).toEqual([]);
    // A link to anything but a web page or mail is text.
    expect(screen.getByText("Data").closest("a")).toBeNull();
  });

  it("shows placeholders written like tags (<region>.<cloud>) instead of swallowing them", async () => {
    // From source-snowflake's account locator description (a real spec).
    setup({
      connectionSpecification: {
        type: "object",
        required: ["a"],
        properties: {
          a: { type: "string", title: "Host", description: "In the format <account_locator>.<region>.<cloud>.snowflakecomputing.com" },
        },
      },
    });
    await formReady();
    expect(screen.getByText(/In the format/)).toHaveTextContent("In the format <account_locator>.<region>.<cloud>.snowflakecomputing.com");
  });

  it("offers enums of 20,000 values as search fields that build no option until opened, and keeps the values chosen", async () => {
    const values = Array.from({ length: 20_000 }, (_, i) => `value ${i}`);
    setup(
      {
        connectionSpecification: {
          type: "object",
          required: ["choice"],
          properties: {
            choice: { type: "string", title: "Choice", enum: values },
            choices: { type: "array", title: "Several", always_show: true, items: { type: "string", enum: values } },
          },
        },
      },
      { initial: { choice: "value 19999", choices: ["value 3", "value 19998"] } },
    );
    await formReady();
    const field = await screen.findByRole("combobox", { name: /^Choice/ });
    expect(field).toHaveValue("value 19999");
    expect(field).toHaveAccessibleDescription(/20,000 choices: type to find one/);
    const several = screen.getByRole("combobox", { name: /^Several/ });
    expect(several).toHaveAccessibleDescription(/20,000 choices: type to find one/);
    expect(screen.getByText("value 3", { exact: true })).toBeInTheDocument();
    expect(screen.getByText("value 19998", { exact: true })).toBeInTheDocument();
    expect(screen.queryAllByRole("option")).toHaveLength(0);
  });
});

describe("OAuth", () => {
  it("runs the consent flow through the API and fills the returned values into the hidden fields", async () => {
    // A server with its own OAuth app (like Airbyte Cloud): the flow needs nothing from the user.
    // Open-source servers, which need the user's app, are covered in oauth/oauthForm.test.tsx.
    mockControl.setGlobalOAuthCredentials(true);
    const user = userEvent.setup();
    const { sourceDefinitions } = await apiPost("/v1/source_definitions/list_for_workspace", {
      workspaceId: SEED.workspace.id,
      filterByUsed: false,
    });
    let picked: { id: string; spec: ConnectorSpec } | undefined;
    for (const definition of sourceDefinitions) {
      const spec = await apiPost("/v1/source_definition_specifications/get", {
        sourceDefinitionId: definition.sourceDefinitionId,
        workspaceId: SEED.workspace.id,
      });
      if (spec.advancedAuth?.predicateKey?.length) {
        picked = { id: definition.sourceDefinitionId, spec: spec as ConnectorSpec };
        break;
      }
    }
    expect(picked).toBeDefined();
    const popup = { closed: false, location: { href: "" }, close: vi.fn() };
    const open = vi.spyOn(window, "open").mockReturnValue(popup as unknown as Window);
    const handle = createRef<ConnectorConfigFormHandle>();
    let latest: Record<string, unknown> = {};
    renderWithProviders(
      <FormHarness
        spec={picked!.spec}
        handleRef={handle}
        onValue={(v) => (latest = v)}
        connector={{ kind: "source", definitionId: picked!.id, workspaceId: SEED.workspace.id }}
      />,
    );
    await formReady();
    // Choose the OAuth option if it is not the default one.
    const advanced = picked!.spec.advancedAuth as { predicateKey: string[]; predicateValue: string };
    if (!screen.queryByRole("button", { name: /authenticate your account/i })) {
      const selector = document.getElementById(`root_${advanced.predicateKey.slice(0, -1).join("_")}`) as HTMLSelectElement;
      const option = Array.from(selector.options).find((o) => o.textContent && /oauth/i.test(o.textContent));
      await user.selectOptions(selector, option!);
    }
    await user.click(await screen.findByRole("button", { name: /authenticate your account/i }));
    await waitFor(() => expect(popup.location.href).toContain("oauth-mock.html"));
    const consent = new URL(popup.location.href);
    const redirect = consent.searchParams.get("redirect_uri");
    expect(redirect).toBe(`${window.location.origin}/auth_flow`);
    // The callback page's message starts the completion at once (a state update): inside act, as a user event would be.
    act(
      () =>
        void window.dispatchEvent(
          new MessageEvent("message", {
            origin: window.location.origin,
            data: { type: "syncdeck-oauth", params: { code: "mock-code", state: consent.searchParams.get("state") } },
          }),
        ),
    );
    expect(await screen.findByText("Authenticated")).toBeInTheDocument();
    const container = (advanced.predicateKey.length > 1 ? latest[advanced.predicateKey[0]!] : latest) as Record<string, unknown>;
    expect(Object.values(container).some((v) => typeof v === "string" && v.startsWith("mock-"))).toBe(true);
    expect(document.body.innerHTML).not.toMatch(/mock-[a-z-]+-[0-9a-f]{8}/);
    open.mockRestore();
  });
});
