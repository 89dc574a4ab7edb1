// Every connector spec in mocks/data/connectors and mocks/data/registry-2026 (any file added there is
// picked up) must render, label every visible field, mask secrets, and validate generated configs
// correctly. The expected fields come from testing/expectations.ts, which reads the schema without
// the form's code; knownSpecs.test.tsx adds hand-written expectations for real specs.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { renderWithProviders } from "@/test/render";
import { analyzeSpec } from "./lib/analyzeSpec";
import type { JsonSchema } from "./lib/jsonSchema";
import { isPlainObject, requiredList, schemaType } from "./lib/jsonSchema";
import { sampleValue } from "./lib/sampleConfig";
import { toSubmitValue } from "./lib/submitValue";
import { validateConfig } from "./lib/validateConfig";
import { expectedFields } from "./testing/expectations";
import { FormHarness } from "./testing/FormHarness";
import type { ConnectorSpec } from "./types";

interface ConnectorFile {
  definition?: { name?: string };
  spec: ConnectorSpec & Record<string, unknown>;
}

const files = import.meta.glob<ConnectorFile>(["/mocks/data/connectors/*.json", "/mocks/data/registry-2026/*.json"], {
  eager: true,
  import: "default",
});
const cases = Object.entries(files).map(([path, file]) => [path.split("/").pop() ?? path, file] as const);

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** What assistive technology reads as "required": the native attribute or aria-required. */
function isMarkedRequired(input: HTMLElement) {
  return (input as HTMLInputElement).required || input.getAttribute("aria-required") === "true";
}

/** Matches a label with or without the required marker. */
function labelMatcher(label: string) {
  return new RegExp(`^\\s*${escape(label.replace(/\s+/g, " ").trim())}\\s*\\*?\\s*$`);
}

async function expandAllOptionalSections() {
  for (let round = 0; round < 20; round += 1) {
    const collapsed = screen.queryAllByRole("button", { name: /optional fields/i, expanded: false });
    if (collapsed.length === 0) return;
    collapsed.forEach((button) => fireEvent.click(button));
  }
}

it("finds the connector specs", () => {
  expect(cases.length).toBeGreaterThan(0);
});

describe.each(cases)("%s", (_file, connector) => {
  const analysis = analyzeSpec(connector.spec.connectionSpecification);
  const schema = analysis.schema as JsonSchema;

  it("is a usable specification", () => {
    expect(analysis.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("renders every visible property with a labelled input, secrets as password inputs", async () => {
    const errors: unknown[] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((...args) => errors.push(args));
    let latest: Record<string, unknown> = {};
    renderWithProviders(<FormHarness spec={connector.spec} onValue={(v) => (latest = v)} />);
    await waitFor(() => expect(screen.queryByText(/loading the configuration form/i)).not.toBeInTheDocument(), { timeout: 10000 });
    await expandAllOptionalSections();
    const fields = expectedFields(connector.spec, schema as Record<string, unknown>, latest);
    for (const field of fields) {
      if (field.kind === "group") {
        expect(screen.getAllByRole("group", { name: labelMatcher(field.label) }).length, field.path.join(".")).toBeGreaterThan(0);
        continue;
      }
      const inputs = screen.getAllByLabelText(labelMatcher(field.label));
      expect(inputs.length, field.path.join(".")).toBeGreaterThan(0);
      if (field.kind === "secret")
        expect(
          inputs.some((input) => input.getAttribute("type") === "password"),
          field.path.join("."),
        ).toBe(true);
      if (field.required) expect(inputs.some(isMarkedRequired), `${field.path.join(".")} is announced as required`).toBe(true);
    }
    spy.mockRestore();
    expect(errors).toEqual([]);
  });

  it("accepts a generated valid config and names the field in a broken one", () => {
    const config = sampleValue(schema) as Record<string, unknown>;
    expect(validateConfig(schema, toSubmitValue(schema, config))).toEqual([]);

    const required = requiredList(schema).filter(
      (key) => isPlainObject(schema.properties?.[key]) && !schema.properties?.[key]?.airbyte_hidden,
    );
    const typed = Object.entries(schema.properties ?? {}).find(([, child]) =>
      ["string", "integer", "number", "boolean"].includes(schemaType(child) ?? ""),
    );
    const target = required[0] ?? typed?.[0];
    if (!target) {
      // A spec without any required or plain-typed field cannot be broken: say so, rather than pass silently.
      expect(required).toEqual([]);
      expect(typed).toBeUndefined();
      return;
    }
    const broken = { ...config };
    if (required[0]) delete broken[target];
    else broken[target] = schemaType(typed?.[1] ?? {}) === "string" ? 12345 : "not the right type";
    const errors = validateConfig(schema, toSubmitValue(schema, broken));
    expect(errors.map((e) => e.path)).toContainEqual([target]);
  });
});

// Guards the helper itself: a field the test expects must not be silently missing from the DOM.
it("the label matcher does not match a different label", () => {
  renderWithProviders(
    <label htmlFor="x">
      Host name
      <input id="x" />
    </label>,
  );
  expect(within(document.body).queryAllByLabelText(labelMatcher("Host"))).toHaveLength(0);
});
