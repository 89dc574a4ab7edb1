// Left side of the playground: the specification text, an upload button and example specs.
import { Alert, FileButton, Group, NativeSelect, Button, Stack, Textarea } from "@mantine/core";
import { examples } from "../lib/examples";
import type { ParsedSpec } from "../lib/parseSpecText";

interface SpecInputProps {
  text: string;
  onText(text: string): void;
  example: string;
  onExample(id: string): void;
  parsed: ParsedSpec;
  loadError?: string;
}

export function SpecInput({ text, onText, example, onExample, parsed, loadError }: SpecInputProps) {
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect
          label="Load an example"
          value={example}
          onChange={(event) => onExample(event.currentTarget.value)}
          data={[{ value: "", label: "Choose a connector…" }, ...examples.map((e) => ({ value: e.id, label: e.id }))]}
          style={{ flex: "1 1 220px" }}
        />
        <FileButton
          accept="application/json,.json"
          onChange={(file) => {
            if (file) void file.text().then(onText);
          }}
        >
          {(props) => (
            <Button variant="default" {...props}>
              Upload a file…
            </Button>
          )}
        </FileButton>
      </Group>
      {loadError && (
        <Alert color="red" role="alert" title="Could not load the example">
          {loadError}
        </Alert>
      )}
      <Textarea
        label="Connector specification"
        description="Paste a ConnectorSpecification, or just its connectionSpecification JSON Schema."
        value={text}
        onChange={(event) => onText(event.currentTarget.value)}
        autosize={false}
        rows={24}
        spellCheck={false}
        autoComplete="off"
        styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)", fontSize: 12 } }}
        // The message (with line and column) is in the alert below; the field is only marked invalid
        // (Mantine's error state would turn the whole text an unreadable red).
        aria-invalid={parsed.kind === "invalid-json" || undefined}
        aria-describedby={parsed.kind === "invalid-json" ? "spec-json-error" : undefined}
      />
      {parsed.kind === "invalid-json" && (
        <Alert id="spec-json-error" color="red" role="alert" title="Invalid JSON">
          {parsed.line !== undefined ? `Line ${parsed.line}, column ${parsed.column}: ` : ""}
          {parsed.message}
        </Alert>
      )}
      {parsed.kind === "not-an-object" && (
        <Alert color="red" role="alert" title="Not a specification">
          {parsed.message}
        </Alert>
      )}
    </Stack>
  );
}
