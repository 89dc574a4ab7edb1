// The walk over every connector spec: mocks/data/connectors and mocks/data/registry-2026 are copies
// of ../shared/fixtures/connectors and connectors-2026 (any file added there is picked up). For each
// spec: the form renders; every visible field has a labelled input (required ones announced as such),
// every secret is masked, with OAuth tokens typed by hand as an open-source server needs; an empty
// form is refused exactly when the spec needs input; sample values are accepted by the form's
// validation and by an independent ajv check of the spec as published. Expected fields and whether
// input is needed come from testing/expectations.ts, which reads the schema without the form's code.
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { createRef } from "react";
import { renderWithProviders } from "@/test/render";
import { analyzeSpec } from "./lib/analyzeSpec";
import { fieldId } from "./lib/formStore";
import type { JsonSchema } from "./lib/jsonSchema";
import { isObjectOneOf, isPlainObject, requiredList, schemaType } from "./lib/jsonSchema";
import { sampleValue } from "./lib/sampleConfig";
import { toSubmitValue } from "./lib/submitValue";
import { validateConfig } from "./lib/validateConfig";
import { expectedFields, needsInput } from "./testing/expectations";
import { FormHarness } from "./testing/FormHarness";
import type { ConnectorConfigFormHandle, ConnectorSpec } from "./types";

interface ConnectorFile {
  definition?: { name?: string };
  spec: ConnectorSpec & Record<string, unknown>;
}

const files = import.meta.glob<ConnectorFile>(["/mocks/data/connectors/*.json", "/mocks/data/registry-2026/*.json"], {
  eager: true,
  import: "default",
});
const cases = Object.entries(files).map(([path, file]) => [path.split("/").slice(-2).join("/"), file] as const);

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** What assistive technology reads as "required": the native attribute or aria-required. */
function isMarkedRequired(input: HTMLElement) {
  return (input as HTMLInputElement).required || input.getAttribute("aria-required") === "true";
}

/** A secret's input hides what is typed: a password input, or a text area masked until revealed. */
function isMasked(input: HTMLElement) {
  return input.getAttribute("type") === "password" || (input.tagName === "TEXTAREA" && input.getAttribute("data-masked") === "true");
}

/** Matches a label with or without the required marker. */
function labelMatcher(label: string) {
  return new RegExp(`^\\s*${escape(label.replace(/\s+/g, " ").trim())}\\s*\\*?\\s*$`);
}

/** Opens every optional section and chooses to type OAuth tokens by hand (no OAuth app on an open-source server). */
async function openEverything() {
  for (let round = 0; round < 20; round += 1) {
    const collapsed = screen.queryAllByRole("button", { name: /optional fields/i, expanded: false });
    const manual = screen.queryAllByRole("checkbox", { name: /enter tokens manually/i, checked: false });
    if (collapsed.length === 0 && manual.length === 0) return;
    collapsed.forEach((button) => fireEvent.click(button));
    manual.forEach((box) => fireEvent.click(box));
  }
}

/**
 * An ajv of its own (not the form's), over the spec as published. One quirk ajv cannot compile is
 * read as JSON Schema means it: a JSON null in a type list (`["number", null]`) is the type "null".
 */
function independentCheck(connectionSpecification: unknown) {
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  const { $schema: _meta, ...schema } = JSON.parse(JSON.stringify(connectionSpecification), (key, value: unknown) =>
    key === "type" && Array.isArray(value) ? value.map((t: unknown) => t ?? "null") : value,
  ) as Record<string, unknown>;
  return ajv.compile(schema);
}

it("finds the connector specs of both folders", () => {
  expect(cases.filter(([name]) => name.startsWith("connectors/")).length).toBeGreaterThan(0);
  expect(cases.filter(([name]) => name.startsWith("registry-2026/")).length).toBeGreaterThan(0);
});

describe.each(cases)("%s", (_file, connector) => {
  const analysis = analyzeSpec(connector.spec.connectionSpecification);
  const schema = analysis.schema as JsonSchema;

  it("is a usable specification", () => {
    expect(analysis.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("renders every visible field labelled, secrets masked, and refuses an empty form exactly when input is needed", async () => {
    const errors: unknown[] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((...args) => errors.push(args));
    const handle = createRef<ConnectorConfigFormHandle>();
    let latest: Record<string, unknown> = {};
    renderWithProviders(<FormHarness spec={connector.spec} handleRef={handle} onValue={(v) => (latest = v)} />);
    await waitFor(() => expect(screen.queryByText(/loading the configuration form/i)).not.toBeInTheDocument(), { timeout: 30_000 });
    expect(screen.queryByText(/cannot be shown/i)).not.toBeInTheDocument();
    // A required field is never behind "Optional fields": before anything is opened, every field the
    // first save would refuse (defaults applied, as sent) is on screen.
    const onScreen = expectedFields(connector.spec, schema as Record<string, unknown>, latest);
    const refused = validateConfig(schema, toSubmitValue(schema, latest), latest).filter((e) =>
      onScreen.some((field) => field.path.join(".") === e.path.join(".")),
    );
    for (const error of refused) {
      const input = document.getElementById(fieldId(error.path));
      expect(input !== null && input.closest("[hidden]") === null, `${error.path.join(".")} (${error.message}) is on screen`).toBe(true);
    }
    await openEverything();
    const fields = expectedFields(connector.spec, schema as Record<string, unknown>, latest, true);
    for (const field of fields) {
      const where = field.path.join(".");
      if (field.kind === "group") {
        expect(screen.getAllByRole("group", { name: labelMatcher(field.label) }).length, where).toBeGreaterThan(0);
        continue;
      }
      const inputs = screen.getAllByLabelText(labelMatcher(field.label));
      expect(inputs.length, where).toBeGreaterThan(0);
      if (field.kind === "secret") expect(inputs.some(isMasked), `${where} is masked`).toBe(true);
      if (field.required) expect(inputs.some(isMarkedRequired), `${where} is announced as required`).toBe(true);
    }
    let valid: boolean | undefined;
    act(() => {
      valid = handle.current!.validate();
    });
    expect(valid, "an empty form is accepted only when nothing is needed").toBe(!needsInput(schema as Record<string, unknown>));
    spy.mockRestore();
    expect(errors).toEqual([]);
  });

  it("accepts sample values (the form's check and an independent one) and names the field in a broken config", () => {
    const config = sampleValue(schema) as Record<string, unknown>;
    const sent = toSubmitValue(schema, config);
    expect(validateConfig(schema, sent, config)).toEqual([]);
    const independent = independentCheck(connector.spec.connectionSpecification);
    expect(independent(sent) ? [] : independent.errors).toEqual([]);

    // A required choice left out is sent as the option the form shows, so break a plain field instead.
    const required = requiredList(schema).filter((key) => {
      const child = schema.properties?.[key];
      return isPlainObject(child) && !child.airbyte_hidden && !isObjectOneOf(child);
    });
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
    const errors = validateConfig(schema, toSubmitValue(schema, broken), broken);
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
