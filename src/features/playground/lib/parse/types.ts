// What the playground's parsers make of a pasted text: a specification (and how it was read), or
// why not, with the line and column in the original text where there is one.
import type { ConnectorSpec } from "@/features/connector-form";

/** How the text was read, named for the person who pasted it. */
export type SpecShape = "specification" | "schema" | "connector-file" | "spec-output" | "spec-yaml" | "manifest";

interface OutputLog {
  /** Line of the pasted output (1-based). */
  line: number;
  level: string;
  message: string;
}

interface OutputError {
  line: number;
  message: string;
  internalMessage?: string;
  failureType?: string;
  stackTrace?: string;
}

/** What a `spec` command printed besides its SPEC message. */
export interface SpecOutput {
  logs: OutputLog[];
  errors: OutputError[];
  /** Lines that are not Airbyte protocol messages (a connector's stray prints). */
  other: { line: number; text: string }[];
}

export type ParsedSpec =
  | { kind: "empty" }
  /** YAML text while the YAML parser is being fetched (it is not in the initial bundle). */
  | { kind: "loading" }
  | { kind: "invalid"; syntax: "JSON" | "YAML"; message: string; line?: number; column?: number }
  | { kind: "not-a-spec"; message: string; output?: SpecOutput }
  | { kind: "ok"; spec: ConnectorSpec & Record<string, unknown>; shape: SpecShape; output?: SpecOutput };

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
