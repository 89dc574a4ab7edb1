// The playground's readers, on what connector authors actually have: real connector files, the JSON
// lines a real `spec` command prints (built from a real spec with LOG and TRACE lines in the Airbyte
// protocol's shape), a low-code manifest.yaml whose `spec:` block holds a real spec, and broken text.
import * as YAML from "yaml";
import github from "@mocks/data/registry-2026/source-github.json";
import intercom from "@mocks/data/registry-2026/source-intercom.json";
import postgres from "@mocks/data/registry-2026/source-postgres.json";
import { parseSpecText } from "./parseSpecText";

const yaml = { parseDocument: YAML.parseDocument };

function ok(result: ReturnType<typeof parseSpecText>) {
  if (result.kind !== "ok") throw new Error(`expected a specification, got ${JSON.stringify(result)}`);
  return result;
}

describe("JSON", () => {
  it("a connector file, its ConnectorSpecification and its bare schema each give the same form", () => {
    const file = ok(parseSpecText(JSON.stringify(postgres)));
    expect(file.shape).toBe("connector-file");
    expect(file.spec).toEqual(postgres.spec);
    const spec = ok(parseSpecText(JSON.stringify(postgres.spec, null, 2)));
    expect(spec.shape).toBe("specification");
    expect(spec.spec.connectionSpecification).toEqual(postgres.spec.connectionSpecification);
    const schema = ok(parseSpecText(JSON.stringify(postgres.spec.connectionSpecification)));
    expect(schema.shape).toBe("schema");
    expect(schema.spec.connectionSpecification).toEqual(postgres.spec.connectionSpecification);
  });

  it("broken JSON gives the line and column of the problem", () => {
    // Line 3 holds the stray comma, right after "properties": {
    const result = parseSpecText('{\n  "type": "object",\n  "properties": {,}\n}');
    expect(result).toMatchObject({ kind: "invalid", syntax: "JSON", line: 3, column: 18 });
  });

  it("a list is not a specification, and says what it got", () => {
    expect(parseSpecText("[1, 2]")).toMatchObject({ kind: "not-a-spec", message: expect.stringContaining("a list") });
  });
});

describe("the output of the `spec` command", () => {
  const log = (level: string, message: string) => JSON.stringify({ type: "LOG", log: { level, message } });
  const specLine = JSON.stringify({ type: "SPEC", spec: github.spec });

  it("the SPEC message gives the spec; LOG lines and stray prints are kept aside with their line", () => {
    const output = [
      log("INFO", "Starting syncing SourceGithub"),
      "Unable to find image 'airbyte/source-github:latest' locally",
      log("WARN", "Deprecated option"),
      specLine,
      "",
    ].join("\n");
    const result = ok(parseSpecText(output));
    expect(result.shape).toBe("spec-output");
    expect(result.spec).toEqual(github.spec);
    expect(result.output?.logs).toEqual([
      { line: 1, level: "INFO", message: "Starting syncing SourceGithub" },
      { line: 3, level: "WARN", message: "Deprecated option" },
    ]);
    expect(result.output?.other).toEqual([{ line: 2, text: "Unable to find image 'airbyte/source-github:latest' locally" }]);
  });

  it("a TRACE error is reported as an error; with no SPEC message, that is what the page says", () => {
    const trace = JSON.stringify({
      type: "TRACE",
      trace: {
        type: "ERROR",
        emitted_at: 1733100000000,
        error: { message: "Something went wrong in the connector.", internal_message: "KeyError: 'spec'", failure_type: "system_error" },
      },
    });
    const result = parseSpecText([log("INFO", "Starting"), trace].join("\n"));
    expect(result).toMatchObject({ kind: "not-a-spec", message: expect.stringContaining("failed before printing its specification") });
    if (result.kind !== "not-a-spec") return;
    expect(result.output?.errors).toEqual([
      {
        line: 2,
        message: "Something went wrong in the connector.",
        internalMessage: "KeyError: 'spec'",
        failureType: "system_error",
        stackTrace: undefined,
      },
    ]);
  });

  it("a SPEC line cut short is an error at its line", () => {
    const result = parseSpecText([log("INFO", "Starting"), specLine.slice(0, 200)].join("\n"));
    expect(result).toMatchObject({ kind: "invalid", syntax: "JSON", line: 2 });
  });

  it("one SPEC message on its own is read as the spec", () => {
    expect(ok(parseSpecText(specLine)).spec).toEqual(github.spec);
  });
});

describe("YAML", () => {
  // A low-code manifest as authors write it, its `spec:` block holding Intercom's real specification
  // in the declarative component's snake_case names.
  const manifest = [
    'version: "6.5.0"',
    "type: DeclarativeSource",
    "check:",
    "  type: CheckStream",
    "  stream_names: [admins]",
    "streams: []",
    YAML.stringify({
      spec: {
        type: "Spec",
        documentation_url: "https://docs.airbyte.com/integrations/sources/intercom",
        connection_specification: intercom.spec.connectionSpecification,
        advanced_auth: intercom.spec.advanced_auth,
      },
    }),
  ].join("\n");

  it("a low-code manifest.yaml: its spec block, in the protocol's names", () => {
    const result = ok(parseSpecText(manifest, yaml));
    expect(result.shape).toBe("manifest");
    expect(result.spec).toEqual({
      documentationUrl: "https://docs.airbyte.com/integrations/sources/intercom",
      connectionSpecification: intercom.spec.connectionSpecification,
      advanced_auth: intercom.spec.advanced_auth,
    });
  });

  it("a spec.yaml (camelCase, as Python connectors keep it)", () => {
    const result = ok(parseSpecText(YAML.stringify(postgres.spec), yaml));
    expect(result.shape).toBe("spec-yaml");
    expect(result.spec).toEqual(postgres.spec);
  });

  it("waits for the YAML parser rather than reading YAML as broken JSON", () => {
    expect(parseSpecText(manifest)).toEqual({ kind: "loading" });
  });

  it("a duplicated key is an error at its line and column", () => {
    const text = "spec:\n  type: Spec\n  connection_specification:\n    type: object\n    type: string\n";
    expect(parseSpecText(text, yaml)).toMatchObject({ kind: "invalid", syntax: "YAML", line: 5, column: 5 });
  });

  it("a tab used for indentation is an error at its line and column", () => {
    const text = "spec:\n  type: Spec\n  connection_specification:\n\ttype: object\n";
    expect(parseSpecText(text, yaml)).toMatchObject({ kind: "invalid", syntax: "YAML", line: 4, column: 1 });
  });

  it("an alias bomb is refused, not expanded", () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x, x]",
      ...Array.from({ length: 8 }, (_, i) => {
        const name = String.fromCharCode(98 + i);
        const previous = String.fromCharCode(97 + i);
        return `${name}: &${name} [${Array(10).fill(`*${previous}`).join(", ")}]`;
      }),
    ].join("\n");
    expect(parseSpecText(bomb, yaml)).toMatchObject({ kind: "invalid", syntax: "YAML" });
  });
});
