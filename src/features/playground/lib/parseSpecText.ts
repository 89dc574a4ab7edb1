// Turns the playground's text into a ConnectorSpecification, whatever a connector author has at hand:
// a ConnectorSpecification, a bare connectionSpecification schema, a connector file ({ spec }), the
// raw JSON lines of the `spec` command, a `spec.yaml` or a whole low-code `manifest.yaml`. JSON is
// read at once; YAML needs the YAML parser, which the caller loads on first use ("loading" until then).
import { classifySpec } from "./parse/classifySpec";
import { isProtocolMessage, looksLikeSpecOutput, parseSpecOutput } from "./parse/parseSpecOutput";
import { parseYamlSpec, type YamlModule } from "./parse/parseYamlSpec";
import { jsonErrorMessage, jsonErrorPosition } from "./parse/textPosition";
import type { ParsedSpec } from "./parse/types";

export type { ParsedSpec } from "./parse/types";

/** JSON starts with { or [; anything else is read as YAML. */
export function needsYaml(text: string): boolean {
  const start = text.trimStart()[0];
  return start !== undefined && start !== "{" && start !== "[";
}

export function parseSpecText(text: string, yaml?: YamlModule): ParsedSpec {
  if (text.trim() === "") return { kind: "empty" };
  if (needsYaml(text)) return yaml ? parseYamlSpec(text, yaml) : { kind: "loading" };
  // One parse of the whole text first: a JSON document (the common case) is read once, not tried as
  // JSON lines too (for a spec on one line, that was a second parse of all of it).
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (thrown) {
    if (looksLikeSpecOutput(text)) return parseSpecOutput(text);
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    return { kind: "invalid", syntax: "JSON", message: jsonErrorMessage(message), ...jsonErrorPosition(text, message) };
  }
  // The output of a spec command that printed nothing but its SPEC line.
  if (isProtocolMessage(value)) return parseSpecOutput(text);
  return classifySpec(value, "JSON");
}
