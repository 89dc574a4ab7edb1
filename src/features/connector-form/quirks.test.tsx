// Quirks of real published specs (issue 11), each on a real spec from ../shared/fixtures (copied in
// mocks/data) bent the way other real registry specs are written: arrays without `items`, `oneOf`
// options told apart by their required keys alone, one-value `enum` discriminators, multi-line secrets.
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import postgres from "@mocks/data/registry-2026/source-postgres.json";
import s3 from "@mocks/data/registry-2026/destination-s3.json";
import sftp from "@mocks/data/registry-2026/source-sftp-bulk.json";
import s3Old from "@mocks/data/connectors/destination-s3.json";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { analyzeSpec } from "./lib/analyzeSpec";
import type { JsonSchema } from "./lib/jsonSchema";
import { sampleValue } from "./lib/sampleConfig";
import { toSubmitValue } from "./lib/submitValue";
import { validateConfig } from "./lib/validateConfig";
import { formReady, setup } from "./testing/formSetup";
import type { ConnectorSpec } from "./types";

type Props = Record<string, JsonSchema & { properties?: Record<string, JsonSchema>; oneOf?: (JsonSchema & Props)[] }>;
interface Spec extends ConnectorSpec {
  connectionSpecification: JsonSchema & { properties: Props; required: string[] };
}

function copy(file: { spec: unknown }): Spec {
  return structuredClone(file.spec) as Spec;
}

describe("an array without items (read as a list of text)", () => {
  // Real postgres spec; "Schemas" written as {"type": "array", "title": ...} as other specs do.
  const spec = copy(postgres);
  delete spec.connectionSpecification.properties.schemas?.items;

  it("renders a labelled list input, not a 'cannot be shown' notice, and sends text values", async () => {
    const user = userEvent.setup();
    expect(analyzeSpec(spec.connectionSpecification).blocking).toBe(false);
    const { handle } = setup(spec);
    await formReady();
    expect(screen.queryByText(/cannot be shown/i)).not.toBeInTheDocument();
    for (const button of screen.queryAllByRole("button", { name: /optional fields/i, expanded: false })) await user.click(button);
    const input = screen.getAllByLabelText(/^Schemas/).find((element) => element.tagName === "INPUT")!;
    await user.type(input, "sales{enter}");
    await waitFor(() => expect(handle.current!.getSubmitValue().schemas).toEqual(["public", "sales"]));
  });
});

describe("oneOf options told apart by their required keys (no const)", () => {
  // Real SFTP spec: password or private key, with the auth_type const taken out as other specs have it.
  const spec = copy(sftp);
  const credentials = spec.connectionSpecification.properties.credentials!;
  for (const option of credentials.oneOf ?? []) {
    delete option.properties?.auth_type;
    option.required = (option.required as string[]).filter((key) => key !== "auth_type");
  }

  it("keeps the chosen option, asks for its own required field only, and sends only that option", async () => {
    const user = userEvent.setup();
    const { handle } = setup(spec);
    await formReady();
    const chooser = screen.getByRole("combobox", { name: /^Authentication/ });
    await user.selectOptions(chooser, "Authenticate via Private Key");
    expect(chooser).toHaveDisplayValue("Authenticate via Private Key");
    expect(screen.getByLabelText(/^Private key/)).toBeInTheDocument();
    expect(screen.queryByLabelText(/^Password/)).not.toBeInTheDocument();

    let valid = true;
    act(() => {
      valid = handle.current!.validate();
    });
    expect(valid).toBe(false);
    expect(screen.getByLabelText(/^Private key/)).toHaveAccessibleDescription(/enter a value/i);
    expect(screen.queryByText(/Password: /)).not.toBeInTheDocument();

    await user.type(screen.getByLabelText(/^Private key/), "KEY");
    expect(chooser).toHaveDisplayValue("Authenticate via Private Key");
    expect(handle.current!.getSubmitValue().credentials).toEqual({ private_key: "KEY" });
  });
});

describe("sample values for options told apart by their required keys", () => {
  it("satisfy exactly one option, as an independent ajv checks oneOf", () => {
    const spec = copy(sftp);
    for (const option of spec.connectionSpecification.properties.credentials!.oneOf ?? []) {
      delete option.properties?.auth_type;
      option.required = (option.required as string[]).filter((key) => key !== "auth_type");
    }
    const schema = analyzeSpec(spec.connectionSpecification).schema as JsonSchema;
    const sent = toSubmitValue(schema, sampleValue(schema));
    const ajv = new Ajv({ strict: false });
    addFormats(ajv);
    const { $schema: _meta, ...published } = spec.connectionSpecification as Record<string, unknown>;
    expect(ajv.validate(published, sent) ? [] : ajv.errors).toEqual([]);
  });
});

describe("options marked by a one-value enum plus default (destination S3)", () => {
  const spec = copy(s3);
  const schema = analyzeSpec(spec.connectionSpecification).schema as JsonSchema;
  const format = spec.connectionSpecification.properties.format!;
  const avro = format.oneOf!.find((option) => option.title === "Avro: Apache Avro")!;
  const codecs = avro.properties!.compression_codec!.oneOf!;

  it("sends the option the form shows for a saved value that names only its format", () => {
    const sent = toSubmitValue(schema, { format: { format_type: "Avro" } }) as { format: Record<string, unknown> };
    // Nothing chosen for the codec: the form shows the first one, which is what must be sent.
    expect(sent.format.compression_codec).toEqual({ codec: (codecs[0]!.properties!.codec!.enum as unknown[])[0] });
    expect(validateConfig(schema, sent).filter((e) => e.path[0] === "format")).toEqual([]);
  });

  it("sends the discriminator and defaults of the option shown for an empty choice", () => {
    const sent = toSubmitValue(schema, { format: {} }) as { format: Record<string, unknown> };
    const first = format.oneOf![0]!;
    expect(sent.format.format_type).toBe(first.properties!.format_type!.default);
    expect(validateConfig(schema, sent).filter((e) => e.path[0] === "format")).toEqual([]);
  });
});

describe("a secret that is also multiline (private key)", () => {
  // Real SFTP spec, unchanged: "Private key" is airbyte_secret and multiline.
  const key = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\nQyNTUxOQAAACBH\n-----END OPENSSH PRIVATE KEY-----\n";

  it("is a masked multi-line box that keeps every line break, with a way to reveal it", async () => {
    const user = userEvent.setup();
    const { handle } = setup(copy(sftp));
    await formReady();
    await user.selectOptions(screen.getByRole("combobox", { name: /^Authentication/ }), "Authenticate via Private Key");
    const box = screen.getByLabelText(/^Private key/);
    expect(box.tagName).toBe("TEXTAREA");
    expect(box).toHaveAttribute("data-masked", "true");
    await user.click(box);
    await user.paste(key);
    expect((handle.current!.getSubmitValue().credentials as Record<string, unknown>).private_key).toBe(key);

    const reveal = screen.getByRole("button", { name: /show or hide private key/i });
    await user.click(reveal);
    expect(reveal).toHaveAttribute("aria-pressed", "true");
    expect(box).toHaveAttribute("data-masked", "false");
  });
});

describe("an optional choice whose default asks for input (real Postgres: Update Method defaults to CDC)", () => {
  it("is shown with its required Replication Slot and Publication, no section to open, and stays put when switched", async () => {
    const user = userEvent.setup();
    setup(copy(postgres));
    await formReady();
    // The spec asks for radios (display_type: radio).
    const method = screen.getByRole("radiogroup", { name: /^Update Method/ });
    expect(method.closest("[hidden]")).toBeNull();
    for (const label of [/^Replication Slot/, /^Publication/]) {
      const input = screen.getByLabelText(label);
      expect(input.closest("[hidden]"), String(label)).toBeNull();
      expect(input).toHaveAttribute("aria-required", "true");
    }
    await user.click(within(method).getByRole("radio", { name: "Detect Changes with Xmin System Column" }));
    expect(screen.getByRole("radiogroup", { name: /^Update Method/ }).closest("[hidden]")).toBeNull();
    expect(screen.queryByLabelText(/^Replication Slot/)).not.toBeInTheDocument();
  });
});

describe('a title that carries its own required star (real destination-s3 of 2022: "Output Format *")', () => {
  it("is labelled once, with one marker", async () => {
    setup(s3Old.spec as unknown as ConnectorSpec);
    await formReady();
    const chooser = screen.getByRole("combobox", { name: /^Output Format/ });
    const label = document.querySelector(`label[for="${chooser.id}"]`)?.textContent ?? "";
    expect(label.replace(/\s+/g, " ").trim()).toBe("Output Format *");
  });
});
