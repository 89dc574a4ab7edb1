// One specification text of the playground: typed, pasted, uploaded or dropped (JSON, JSON lines
// from the `spec` command, or YAML), with what the parser made of it: how it was read, the error with
// its line and column, and what the connector printed besides its spec (SpecOutputAside).
import { Alert, Button, FileButton, Group, Paper, Stack, Text, Textarea } from "@mantine/core";
import { useId, useState, type ClipboardEvent, type DragEvent, type ReactNode } from "react";
import type { Replaced } from "../hooks/useSpecText";
import type { ParsedSpec } from "../lib/parseSpecText";
import type { SpecShape } from "../lib/parse/types";
import { LARGE_TEXT_CHARS, textSize } from "../lib/textLimits";
import { SpecOutputAside } from "./SpecOutputAside";

const SHAPES: Record<SpecShape, string> = {
  specification: "a ConnectorSpecification",
  schema: "a bare connection schema",
  "connector-file": "a connector file (its spec)",
  "spec-output": "the output of the spec command (its SPEC message)",
  "spec-yaml": "a spec.yaml",
  manifest: "a low-code manifest (its spec block)",
};

const ACCEPT = ".json,.jsonl,.yaml,.yml,.txt,.log,application/json,application/yaml,text/yaml,text/plain";

interface SpecInputProps {
  label: string;
  text: string;
  onType(text: string): void;
  onFile(text: string, name: string): void;
  parsed: ParsedSpec;
  replaced?: Replaced;
  onUndo(): void;
  /** More controls beside the upload button (the examples). */
  controls?: ReactNode;
}

export function SpecInput({ label, text, onType, onFile, parsed, replaced, onUndo, controls }: SpecInputProps) {
  const errorId = useId();
  const [fileError, setFileError] = useState<string>();
  const [dragging, setDragging] = useState(false);

  const read = (file: File | null) => {
    if (!file) return;
    setFileError(undefined);
    file.text().then(
      (content) => onFile(content, file.name),
      (error: unknown) => setFileError(`${file.name} could not be read: ${error instanceof Error ? error.message : String(error)}`),
    );
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    read(event.dataTransfer.files[0] ?? null);
  };
  const invalid = parsed.kind === "invalid" || parsed.kind === "not-a-spec";
  // A huge paste is taken from the clipboard event and never put in the text box (see textLimits).
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = event.clipboardData.getData("text");
    const area = event.currentTarget;
    const next = text.slice(0, area.selectionStart) + pasted + text.slice(area.selectionEnd);
    if (next.length <= LARGE_TEXT_CHARS) return;
    event.preventDefault();
    onType(next);
  };
  const large = text.length > LARGE_TEXT_CHARS;

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" wrap="wrap">
        {controls}
        <FileButton accept={ACCEPT} onChange={read}>
          {(props) => (
            <Button variant="default" {...props}>
              Upload a file…
            </Button>
          )}
        </FileButton>
      </Group>
      {fileError && (
        <Alert color="red" role="alert" title="Could not read the file">
          {fileError}
        </Alert>
      )}
      {replaced && (
        <Alert color="blue" role="status" title={`Replaced by ${replaced.by}`}>
          <Group gap="sm" justify="space-between">
            <Text size="sm">The text you had is kept until you type.</Text>
            <Button size="xs" variant="default" onClick={onUndo}>
              Bring back the previous text
            </Button>
          </Group>
        </Alert>
      )}
      {large ? (
        <Paper withBorder p="md" role="group" aria-label={label} onDragOver={(event) => event.preventDefault()} onDrop={onDrop}>
          <Stack gap="xs" align="flex-start">
            <Text fw={600} size="sm">
              {label}: {textSize(text)}
            </Text>
            <Text size="sm">
              Too large to edit here without freezing the page: it is read in full, and its form is shown. Edit it in a file and upload or
              drop it again, or clear it.
            </Text>
            <Button size="xs" variant="default" onClick={() => onType("")}>
              Clear the text
            </Button>
          </Stack>
        </Paper>
      ) : (
        <Textarea
          label={label}
          description="JSON or YAML: a ConnectorSpecification, its connectionSpecification schema, a connector file, the output of the spec command, a spec.yaml or a manifest.yaml. Or drop a file here."
          value={text}
          onChange={(event) => onType(event.currentTarget.value)}
          onDragOver={(event) => {
            if (!event.dataTransfer.types.includes("Files")) return;
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          onPaste={onPaste}
          autosize={false}
          rows={20}
          spellCheck={false}
          autoComplete="off"
          styles={{
            input: {
              fontFamily: "var(--mantine-font-family-monospace)",
              fontSize: 12,
              outline: dragging ? "2px dashed var(--mantine-color-indigo-6)" : undefined,
            },
          }}
          // The message (with line and column) is in the alert below; the field is only marked invalid
          // (Mantine's error state would turn the whole text an unreadable red).
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId : undefined}
        />
      )}
      <ParseStatus parsed={parsed} errorId={errorId} />
      {(parsed.kind === "ok" || parsed.kind === "not-a-spec") && parsed.output && <SpecOutputAside output={parsed.output} />}
    </Stack>
  );
}

function ParseStatus({ parsed, errorId }: { parsed: ParsedSpec; errorId: string }) {
  switch (parsed.kind) {
    case "loading":
      return (
        <Text size="sm" c="dimmed" role="status">
          Loading the YAML reader…
        </Text>
      );
    case "invalid":
      return (
        <Alert id={errorId} color="red" role="alert" title={`Invalid ${parsed.syntax}`}>
          {parsed.line !== undefined ? `Line ${parsed.line}${parsed.column !== undefined ? `, column ${parsed.column}` : ""}: ` : ""}
          {parsed.message}
        </Alert>
      );
    case "not-a-spec":
      return (
        <Alert id={errorId} color="red" role="alert" title="Not a specification">
          {parsed.message}
        </Alert>
      );
    case "ok":
      return (
        <Text size="sm" c="dimmed" role="status">
          Read as {SHAPES[parsed.shape]}.
        </Text>
      );
    default:
      return null;
  }
}
