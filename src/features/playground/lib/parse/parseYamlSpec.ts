// A `spec.yaml` or a low-code `manifest.yaml`, with the `yaml` package (passed in: the page loads it
// only when YAML is pasted, so it stays out of the initial bundle). Errors carry the line and column
// the parser reports; anchors and aliases are capped by the parser (maxAliasCount) against alias bombs.
import type * as Yaml from "yaml";
import { classifySpec } from "./classifySpec";
import type { ParsedSpec } from "./types";

export type YamlModule = Pick<typeof Yaml, "parseDocument">;

export function parseYamlSpec(text: string, yaml: YamlModule): ParsedSpec {
  const document = yaml.parseDocument(text);
  const [error] = document.errors;
  if (error) {
    const at = error.linePos?.[0];
    // The message repeats the position and quotes the text; both are shown apart.
    const message = error.message.split(/ at line \d+, column \d+/)[0] ?? error.message;
    return { kind: "invalid", syntax: "YAML", message, line: at?.line, column: at?.col };
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 });
  } catch (thrown) {
    return { kind: "invalid", syntax: "YAML", message: thrown instanceof Error ? thrown.message : String(thrown) };
  }
  return classifySpec(value, "YAML");
}
