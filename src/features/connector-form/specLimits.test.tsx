// Specifications the form cannot read as they are: nested thousands of levels deep, too large,
// property names that are not valid Unicode, bounds no value can meet. Each gets a clear message
// naming the problem, never a crash. The hostile parts are grafted onto a real spec (source-faker).
import { screen } from "@testing-library/react";
import faker from "@mocks/data/connectors/source-faker.json";
import type { ConnectorSpec } from "./types";
import { formReady, setup } from "./testing/formSetup";
import { analyzeSpec } from "./lib/analyzeSpec";

type Schema = Record<string, unknown>;

/** source-faker's connectionSpecification with `properties` extended or changed. */
function fakerWith(properties: Record<string, unknown>): Schema {
  const spec = structuredClone(faker.spec.connectionSpecification) as Schema & { properties: Schema };
  return { ...spec, properties: { ...spec.properties, ...properties } };
}

function nested(levels: number): Schema {
  let node: Schema = { type: "string" };
  for (let i = 0; i < levels; i++) node = { type: "object", properties: { deeper: node } };
  return node;
}

describe("specifications beyond what the form reads", () => {
  it("a spec nested 2,000 levels deep: a message saying so, no stack overflow", async () => {
    setup({ connectionSpecification: fakerWith({ deep: nested(2000) }) } as ConnectorSpec);
    await formReady();
    expect(await screen.findByRole("alert")).toHaveTextContent(/nests more than 100 levels deep/);
  });

  it("a property name with half a surrogate pair: named as broken Unicode, not 'URI malformed'", async () => {
    setup({ connectionSpecification: fakerWith({ ["api\uD800key"]: { type: "string" } }) } as ConnectorSpec);
    await formReady();
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(/is not valid Unicode/);
    expect(alert).not.toHaveTextContent(/URI malformed/);
  });

  it("a spec with 40,000 fields: too large, said before anything else reads it (compiling it took seconds)", () => {
    const many: Schema = {};
    for (let i = 0; i < 40_000; i++) many[`field_${i}`] = { type: "string", title: `Field ${i}` };
    const analysis = analyzeSpec(fakerWith(many));
    expect(analysis.blocking).toBe(true);
    expect(analysis.problems.map((p) => p.message).join(" ")).toMatch(/specification is too large/);
  });

  it("a 5 MB description: the field is shown with the start of its help and how much is left out", async () => {
    const text = "lorem ipsum ".repeat(440_000);
    setup({
      connectionSpecification: fakerWith({ notes: { title: "Notes", type: "string", always_show: true, description: text } }),
    } as ConnectorSpec);
    await formReady();
    const input = await screen.findByRole("textbox", { name: "Notes" });
    const help = document.getElementById(input.getAttribute("aria-describedby")?.split(" ")[0] ?? "");
    expect(help).toHaveTextContent(/^lorem ipsum lorem/);
    expect(help).toHaveTextContent(`${(text.length - 10_000).toLocaleString("en-US")} more characters not shown`);
    expect(help?.textContent?.length ?? 0).toBeLessThan(11_000);
  });

  it("minimum above maximum: a warning naming both bounds", () => {
    const spec = fakerWith({ count: { title: "Count", type: "integer", minimum: 10, maximum: 5 } });
    const analysis = analyzeSpec(spec);
    expect(analysis.problems).toContainEqual(
      expect.objectContaining({
        severity: "warning",
        path: "/properties/count",
        message: expect.stringMatching(/"minimum" \(10\) is greater than "maximum" \(5\)/),
      }),
    );
  });

  it("a real spec has none of these problems", () => {
    expect(analyzeSpec(faker.spec.connectionSpecification).problems).toEqual([]);
  });
});
