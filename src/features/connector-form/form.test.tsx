// Behaviour of the config form a user sees: oneOf switching, secrets in edit mode, hidden
// defaults, plain-language errors on blur and submit, date-time output, optional sections (bad and
// hostile specs, and OAuth, are in formUntrusted.test.tsx).
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createRef, useState } from "react";
import { renderWithProviders } from "@/test/render";
import { ConnectorConfigForm } from "./ConnectorConfigForm";
import type { ConnectorConfigFormHandle, ConnectorSpec } from "./types";
import { SECRET_MASK } from "./lib/jsonSchema";
import { formReady, setup } from "./testing/formSetup";

const tunnelSpec: ConnectorSpec = {
  connectionSpecification: {
    type: "object",
    required: ["credentials"],
    properties: {
      credentials: {
        title: "Authentication",
        type: "object",
        oneOf: [
          {
            title: "Password",
            required: ["kind", "user", "password"],
            properties: {
              kind: { type: "string", const: "password" },
              user: { type: "string", title: "User" },
              password: { type: "string", title: "Password", airbyte_secret: true },
            },
          },
          {
            title: "Key pair",
            required: ["kind", "user", "key"],
            properties: {
              kind: { type: "string", const: "key" },
              user: { type: "string", title: "User" },
              key: { type: "string", title: "Private key", multiline: true },
              proxy: {
                title: "Proxy",
                type: "object",
                oneOf: [
                  { title: "No proxy", required: ["mode"], properties: { mode: { type: "string", enum: ["none"] } } },
                  {
                    title: "HTTP proxy",
                    required: ["mode", "proxy_host"],
                    properties: { mode: { type: "string", enum: ["http"] }, proxy_host: { type: "string", title: "Proxy host" } },
                  },
                ],
              },
            },
          },
        ],
      },
    },
  },
};

describe("oneOf", () => {
  it("switching keeps shared values, drops the others, sets the discriminator and hides it", async () => {
    const user = userEvent.setup();
    const { handle } = setup(tunnelSpec);
    await formReady();
    expect(screen.queryByLabelText(/^kind/i)).not.toBeInTheDocument();
    await user.type(screen.getByLabelText(/^User/), "alice");
    await user.type(screen.getByLabelText(/^Password/), "s3cret");
    await user.selectOptions(screen.getByRole("combobox", { name: /^Authentication/ }), "Key pair");
    expect(screen.getByLabelText(/^User/)).toHaveValue("alice");
    expect(screen.queryByLabelText(/^Password/)).not.toBeInTheDocument();
    const sent = handle.current!.getSubmitValue();
    expect(sent.credentials).toMatchObject({ kind: "key", user: "alice" });
    expect(sent.credentials).not.toHaveProperty("password");
  });

  it("handles a oneOf nested inside an option and restores saved options in edit mode", async () => {
    const user = userEvent.setup();
    const saved = { credentials: { kind: "key", user: "bob", key: "KEY", proxy: { mode: "http", proxy_host: "proxy.local" } } };
    const { handle } = setup(tunnelSpec, { initial: saved, mode: "edit" });
    await formReady();
    expect(screen.getByRole("combobox", { name: /^Authentication/ })).toHaveDisplayValue("Key pair");
    expect(screen.getByLabelText(/^Private key/)).toHaveValue("KEY");
    expect(screen.getByRole("combobox", { name: /^Proxy$/ })).toHaveDisplayValue("HTTP proxy");
    expect(screen.getByLabelText(/^Proxy host/)).toHaveValue("proxy.local");
    await user.selectOptions(screen.getByRole("combobox", { name: /^Proxy$/ }), "No proxy");
    expect(handle.current!.getSubmitValue().credentials).toEqual({ kind: "key", user: "bob", key: "KEY", proxy: { mode: "none" } });
  });
});

describe("secrets", () => {
  const spec: ConnectorSpec = {
    connectionSpecification: {
      type: "object",
      required: ["api_key"],
      properties: { api_key: { type: "string", title: "API key", airbyte_secret: true, pattern: "^[a-z0-9]+$" } },
    },
  };

  it("are password inputs with a reveal toggle in create mode", async () => {
    const user = userEvent.setup();
    setup(spec);
    await formReady();
    const input = screen.getByLabelText(/^API key/);
    expect(input).toHaveAttribute("type", "password");
    await user.click(screen.getByRole("button", { name: /show or hide api key/i }));
    expect(screen.getByLabelText(/^API key/)).toHaveAttribute("type", "text");
  });

  it("a stored secret is shown as set and sent back unchanged unless replaced", async () => {
    const user = userEvent.setup();
    const { handle } = setup(spec, { initial: { api_key: SECRET_MASK }, mode: "edit" });
    await formReady();
    expect(screen.getByText(/saved \(hidden\)/i)).toBeInTheDocument();
    // The masked value is valid as it is (the server keeps the stored secret).
    let valid = false;
    act(() => {
      valid = handle.current!.validate();
    });
    expect(valid).toBe(true);
    expect(handle.current!.getSubmitValue()).toEqual({ api_key: SECRET_MASK });

    await user.click(screen.getByRole("button", { name: /replace api key/i }));
    await user.type(screen.getByLabelText(/^API key/), "newsecret1");
    expect(handle.current!.getSubmitValue()).toEqual({ api_key: "newsecret1" });
    await user.click(screen.getByRole("button", { name: /keep the saved value/i }));
    expect(handle.current!.getSubmitValue()).toEqual({ api_key: SECRET_MASK });
  });

  it("after saving, the page holds the masked value and the DOM no longer contains the secret", async () => {
    const user = userEvent.setup();
    const handle = createRef<ConnectorConfigFormHandle>();
    // A page that, on save, replaces the config with what the server returns: the secret masked.
    function Page() {
      const [value, setValue] = useState<Record<string, unknown>>({ api_key: SECRET_MASK });
      return (
        <>
          <ConnectorConfigForm ref={handle} spec={spec} value={value} onChange={setValue} mode="edit" />
          <button type="button" onClick={() => setValue({ api_key: SECRET_MASK })}>
            Save
          </button>
        </>
      );
    }
    renderWithProviders(<Page />);
    await formReady();
    await user.click(screen.getByRole("button", { name: /replace api key/i }));
    await user.type(screen.getByLabelText(/^API key/), "topsecret42");
    expect(handle.current!.getSubmitValue()).toEqual({ api_key: "topsecret42" });
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText(/saved \(hidden\)/i)).toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain("topsecret42");
  });
});

describe("hidden fields and errors", () => {
  const spec: ConnectorSpec = {
    connectionSpecification: {
      type: "object",
      required: ["account", "port"],
      properties: {
        account: { type: "string", title: "Account ID", pattern: "^\\d{4}-\\d{4}$", pattern_descriptor: "1234-5678" },
        port: { type: "integer", title: "Port", minimum: 1, maximum: 65535 },
        region: { type: "string", title: "Region", airbyte_hidden: true, default: "eu-west-1" },
        start: { type: "string", title: "Start", format: "date-time", pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$" },
      },
    },
  };

  it("never shows airbyte_hidden fields but submits their default", async () => {
    const { handle } = setup(spec);
    await formReady();
    expect(screen.queryByLabelText(/^Region/)).not.toBeInTheDocument();
    expect(handle.current!.getSubmitValue()).toMatchObject({ region: "eu-west-1" });
  });

  it("names the pattern_descriptor (not the regex) when the field is left", async () => {
    const user = userEvent.setup();
    setup(spec);
    await formReady();
    const input = screen.getByLabelText(/^Account ID/);
    await user.type(input, "abc");
    expect(screen.queryByText(/expected format/i)).not.toBeInTheDocument();
    await user.tab();
    expect(await screen.findByText("Expected format: 1234-5678")).toBeInTheDocument();
    expect(document.body.textContent).not.toContain("\\d{4}");
    await user.clear(input);
    await user.type(input, "1234-5678");
    await waitFor(() => expect(screen.queryByText("Expected format: 1234-5678")).not.toBeInTheDocument());
  });

  it("validate() shows plain-language errors and focuses the first invalid field", async () => {
    const user = userEvent.setup();
    const { handle } = setup(spec);
    await formReady();
    await user.type(screen.getByLabelText(/^Port/), "0");
    let valid = true;
    act(() => {
      valid = handle.current!.validate();
    });
    expect(valid).toBe(false);
    expect(screen.getByText("Enter a value")).toBeInTheDocument();
    expect(screen.getByText("Must be at least 1")).toBeInTheDocument();
    expect(screen.getByLabelText(/^Account ID/)).toHaveFocus();
  });

  it("date-time picker emits exactly the shape the pattern asks for", async () => {
    const { value } = setup(spec);
    await formReady();
    await userEvent.setup().click(screen.getByRole("button", { name: /optional fields/i }));
    fireEvent.change(screen.getByLabelText(/^Start/), { target: { value: "2024-01-31T13:45" } });
    expect(value().start).toBe("2024-01-31T13:45:00Z");
  });
});

describe("optional fields", () => {
  const spec: ConnectorSpec = {
    connectionSpecification: {
      type: "object",
      required: ["host"],
      properties: {
        host: { type: "string", title: "Host" },
        tuning: { type: "integer", title: "Batch size", minimum: 10 },
        method: {
          type: "object",
          title: "Update method",
          oneOf: [
            {
              title: "Change capture",
              required: ["mode", "slot"],
              properties: { mode: { type: "string", const: "CDC" }, slot: { type: "string", title: "Replication slot" } },
            },
            { title: "Cursor", required: ["mode"], properties: { mode: { type: "string", const: "Standard" } } },
          ],
        },
      },
    },
  };

  it("stay out of reach until their section is opened", async () => {
    const user = userEvent.setup();
    setup(spec);
    await formReady();
    // "Update method" is optional but starts on its first option, whose slot is required: it is shown.
    expect(screen.getByRole("textbox", { name: /^Replication slot/ })).toBeVisible();
    const toggle = screen.getByRole("button", { name: /optional fields \(1\)/i, expanded: false });
    expect(screen.queryByRole("textbox", { name: /^Batch size/ })).not.toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    expect(await screen.findByRole("textbox", { name: /^Batch size/ })).toBeVisible();
    await user.click(toggle);
    expect(screen.queryByRole("textbox", { name: /^Batch size/ })).not.toBeInTheDocument();
  });

  it("validate() opens the section holding an error and focuses the field in it", async () => {
    const user = userEvent.setup();
    // A value that came in with the configuration (create mode keeps the section collapsed).
    const { handle } = setup(spec, { initial: { tuning: 5 } });
    await formReady();
    await user.type(screen.getByLabelText(/^Host/), "db.example.com");
    let valid = true;
    act(() => {
      valid = handle.current!.validate();
    });
    expect(valid).toBe(false);
    expect(screen.getByRole("button", { name: /optional fields/i })).toHaveAttribute("aria-expanded", "true");
    const tuning = screen.getByRole("textbox", { name: /^Batch size/ });
    expect(tuning).toBeVisible();
    expect(tuning).toHaveFocus();
    expect(screen.getByText("Must be at least 10")).toBeVisible();
  });
});
