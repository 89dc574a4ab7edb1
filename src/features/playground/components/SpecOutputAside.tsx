// What a connector printed besides its specification: TRACE errors as errors (message, failure type,
// internal message and stack trace on request), LOG lines and stray prints aside, each with its line.
import { Alert, Code, Stack, Text } from "@mantine/core";
import type { SpecOutput } from "../lib/parse/types";

export function SpecOutputAside({ output }: { output: SpecOutput }) {
  const lines = [
    ...output.logs.map((log) => ({ line: log.line, text: `${log.level} ${log.message}` })),
    ...output.other.map((other) => ({ line: other.line, text: other.text })),
  ].sort((a, b) => a.line - b.line);
  return (
    <Stack gap="xs">
      {output.errors.map((error) => (
        <Alert key={error.line} color="red" role="alert" title={`The connector reported an error (line ${error.line})`}>
          <Text size="sm" style={{ overflowWrap: "anywhere" }}>
            {error.message}
          </Text>
          {error.failureType && <Text size="xs">Failure type: {error.failureType}</Text>}
          {(error.internalMessage || error.stackTrace) && (
            <details>
              <summary>Details</summary>
              <Code block>{[error.internalMessage, error.stackTrace].filter(Boolean).join("\n\n")}</Code>
            </details>
          )}
        </Alert>
      ))}
      {lines.length > 0 && (
        <details>
          <summary>
            <Text span size="sm">
              Connector output: {lines.length} other line{lines.length === 1 ? "" : "s"}
            </Text>
          </summary>
          <Code block style={{ maxHeight: 240, overflow: "auto" }} aria-label="Connector output" tabIndex={0}>
            {lines.map((line) => `${line.line}: ${line.text}`).join("\n")}
          </Code>
        </details>
      )}
    </Stack>
  );
}
