// The raw output of a connector's `spec` command: Airbyte protocol messages, one JSON object a line
// ({"type": "LOG", "log": {level, message}}, {"type": "TRACE", "trace": {"type": "ERROR", "error":
// {message, internal_message, failure_type, stack_trace}}}, then {"type": "SPEC", "spec": {...}}).
// As the platform does, lines that are not protocol messages are kept as the connector's own output.
import { jsonErrorMessage, jsonErrorPosition } from "./textPosition";
import { isObject, type ParsedSpec, type SpecOutput } from "./types";

const MESSAGE_TYPES = new Set(["SPEC", "LOG", "TRACE", "CONNECTION_STATUS", "CATALOG", "RECORD", "STATE", "CONTROL"]);

/** An Airbyte protocol message: an object whose `type` is one of the message types. */
export function isProtocolMessage(value: unknown): value is Record<string, unknown> {
  return isObject(value) && typeof value.type === "string" && MESSAGE_TYPES.has(value.type);
}

function protocolMessage(line: string): Record<string, unknown> | undefined {
  if (!line.trimStart().startsWith("{")) return undefined;
  try {
    const value: unknown = JSON.parse(line);
    return isProtocolMessage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The first line with something on it, found without splitting the whole text. */
function firstLine(text: string): string | undefined {
  for (let start = 0; start < text.length;) {
    const end = text.indexOf("\n", start);
    const line = text.slice(start, end === -1 ? text.length : end);
    if (line.trim() !== "") return line;
    if (end === -1) break;
    start = end + 1;
  }
  return undefined;
}

/**
 * True when the text is JSON lines whose first is a protocol message (a whole JSON document is not).
 * Read after the text failed to parse as one JSON document, so the first line is not the whole text.
 */
export function looksLikeSpecOutput(text: string): boolean {
  const first = firstLine(text);
  return first !== undefined && protocolMessage(first) !== undefined;
}

const text = (value: unknown) => (typeof value === "string" ? value : undefined);

export function parseSpecOutput(source: string): ParsedSpec {
  const output: SpecOutput = { logs: [], errors: [], other: [] };
  let spec: Record<string, unknown> | undefined;
  let brokenSpec: { line: number; message: string; column?: number } | undefined;
  source.split("\n").forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "") return;
    const message = protocolMessage(raw);
    if (!message) {
      // A SPEC message cut short (a copy that missed its end) is the error to show, with its place.
      if (/^\s*\{\s*"type"\s*:\s*"SPEC"/.test(raw) && !brokenSpec) {
        try {
          JSON.parse(raw);
        } catch (thrown) {
          const why = thrown instanceof Error ? thrown.message : String(thrown);
          brokenSpec = { line, message: jsonErrorMessage(why), column: jsonErrorPosition(raw, why)?.column };
        }
      }
      output.other.push({ line, text: raw });
      return;
    }
    if (message.type === "SPEC" && isObject(message.spec)) spec ??= message.spec;
    else if (message.type === "LOG" && isObject(message.log)) {
      output.logs.push({ line, level: text(message.log.level) ?? "INFO", message: text(message.log.message) ?? "" });
    } else if (message.type === "TRACE" && isObject(message.trace) && message.trace.type === "ERROR" && isObject(message.trace.error)) {
      const error = message.trace.error;
      output.errors.push({
        line,
        message: text(error.message) ?? "The connector reported an error without a message.",
        internalMessage: text(error.internal_message),
        failureType: text(error.failure_type),
        stackTrace: text(error.stack_trace),
      });
    } else output.other.push({ line, text: raw });
  });
  if (spec) return { kind: "ok", spec, shape: "spec-output", output };
  if (brokenSpec) return { kind: "invalid", syntax: "JSON", ...brokenSpec };
  return {
    kind: "not-a-spec",
    message:
      output.errors.length > 0
        ? "The connector failed before printing its specification: see its errors below."
        : 'The output has no SPEC message (a line {"type": "SPEC", "spec": {...}}).',
    output,
  };
}
