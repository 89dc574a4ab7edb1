// Turns the playground's text into a ConnectorSpecification: accepts a full ConnectorSpecification,
// a bare connectionSpecification schema, or a connector file ({ spec: {...} }). Invalid JSON gives
// the line and column of the problem.
import type { ConnectorSpec } from "@/features/connector-form";

export type ParsedSpec =
  | { kind: "empty" }
  | { kind: "invalid-json"; message: string; line?: number; column?: number }
  | { kind: "not-an-object"; message: string }
  | { kind: "ok"; spec: ConnectorSpec & Record<string, unknown>; shape: "specification" | "schema" | "connector-file" };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Line and column (1-based) of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split("\n");
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

function locate(text: string, message: string): { line?: number; column?: number } {
  const lineCol = /line (\d+) column (\d+)/i.exec(message);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  const position = /position (\d+)/i.exec(message);
  if (position) return lineAndColumn(text, Number(position[1]));
  // "Unexpected end of JSON input": the problem is at the very end.
  if (/end of (JSON )?input/i.test(message)) return lineAndColumn(text, text.length);
  return {};
}

export function parseSpecText(text: string): ParsedSpec {
  if (text.trim() === "") return { kind: "empty" };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (thrown) {
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    return {
      kind: "invalid-json",
      message: message.replace(/\s*\(line \d+ column \d+\)/i, "").replace(/ in JSON at position \d+/i, ""),
      ...locate(text, message),
    };
  }
  if (!isObject(value)) return { kind: "not-an-object", message: "The specification must be a JSON object." };
  if (isObject(value.spec) && "connectionSpecification" in value.spec) return { kind: "ok", spec: value.spec, shape: "connector-file" };
  if ("connectionSpecification" in value) return { kind: "ok", spec: value, shape: "specification" };
  return { kind: "ok", spec: { connectionSpecification: value }, shape: "schema" };
}
