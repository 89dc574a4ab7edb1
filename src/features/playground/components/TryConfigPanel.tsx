// "Try a configuration": a saved configuration (secrets masked as ********** count as present)
// checked with the form's own validator against the specification, and against the newer version:
// the fields it lacks after the upgrade. Kept in memory only: it is never stored nor put in a link.
import { Alert, List, SimpleGrid, Stack, Text, Textarea, Title } from "@mantine/core";
import { useDeferredValue, useEffect, useMemo, useState } from "react";
import { loadConfigCheck } from "@/features/connector-form";
import type { ParsedSpec } from "../lib/parseSpecText";
import { jsonErrorMessage, jsonErrorPosition } from "../lib/parse/textPosition";

type CheckConfig = Awaited<ReturnType<typeof loadConfigCheck>>;

function parseConfig(text: string): { value?: unknown; error?: string } {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null || Array.isArray(value)) return { error: "A configuration is a JSON object." };
    return { value };
  } catch (thrown) {
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    const at = jsonErrorPosition(text, message);
    return { error: `${at ? `Line ${at.line}, column ${at.column}: ` : ""}${jsonErrorMessage(message)}` };
  }
}

export function TryConfigPanel({ spec, newer }: { spec: ParsedSpec; newer: ParsedSpec }) {
  const [text, setText] = useState("");
  const deferred = useDeferredValue(text);
  const [checker, setChecker] = useState<{ checkConfig: CheckConfig }>();
  const [loadError, setLoadError] = useState<string>();
  const config = useMemo(() => (deferred.trim() === "" ? undefined : parseConfig(deferred)), [deferred]);

  useEffect(() => {
    if (!config?.value || checker) return;
    let cancelled = false;
    loadConfigCheck().then(
      (checkConfig) => !cancelled && setChecker({ checkConfig }),
      (error: unknown) => !cancelled && setLoadError(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      cancelled = true;
    };
  }, [config, checker]);

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Stack gap="xs" style={{ minWidth: 0 }}>
        <Textarea
          label="Configuration"
          description="A saved configuration as JSON; secrets masked as ********** count as filled. It stays in this tab: never stored, never in a shared link."
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          rows={12}
          spellCheck={false}
          autoComplete="off"
          styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)", fontSize: 12 } }}
          aria-invalid={config?.error ? true : undefined}
        />
        {config?.error && (
          <Alert color="red" role="alert" title="Invalid configuration">
            {config.error}
          </Alert>
        )}
        {loadError && (
          <Alert color="red" role="alert" title="The validator could not be loaded">
            {loadError}. Reload the page to try again.
          </Alert>
        )}
      </Stack>
      <Stack gap="md" style={{ minWidth: 0 }}>
        {!config?.value ? (
          <Text size="sm" c="dimmed">
            Paste a configuration to check it against the specification{newer.kind === "ok" ? " and the newer version" : ""}.
          </Text>
        ) : !checker ? (
          <Text size="sm" c="dimmed" role="status">
            Loading the validator…
          </Text>
        ) : (
          <>
            <Verdict title="Against this specification" parsed={spec} config={config.value} checker={checker} />
            {newer.kind === "ok" && (
              <Verdict title="After the upgrade (the newer version)" parsed={newer} config={config.value} checker={checker} />
            )}
          </>
        )}
      </Stack>
    </SimpleGrid>
  );
}

function Verdict({
  title,
  parsed,
  config,
  checker,
}: {
  title: string;
  parsed: ParsedSpec;
  config: unknown;
  checker: { checkConfig: CheckConfig };
}) {
  const check = useMemo(
    () => (parsed.kind === "ok" ? checker.checkConfig(parsed.spec.connectionSpecification, config) : undefined),
    [parsed, config, checker],
  );
  return (
    <section aria-label={title}>
      <Title order={3} size="h5" mb={4}>
        {title}
      </Title>
      {!check ? (
        <Text size="sm" c="dimmed">
          Fix the specification to check the configuration.
        </Text>
      ) : check.unusable ? (
        <Text size="sm">The specification cannot be checked against: {check.unusable}</Text>
      ) : check.missing.length === 0 && check.invalid.length === 0 ? (
        <Text size="sm" fw={600} role="status">
          The configuration is valid.
        </Text>
      ) : (
        <Stack gap={4}>
          <Findings label="Missing fields" items={check.missing} />
          <Findings label="Invalid values" items={check.invalid} />
        </Stack>
      )}
    </section>
  );
}

function Findings({ label, items }: { label: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <Text size="sm" fw={600}>
        {label} ({items.length})
      </Text>
      <List size="sm" aria-label={label}>
        {items.map((item) => (
          <List.Item key={item} style={{ overflowWrap: "anywhere" }}>
            {item}
          </List.Item>
        ))}
      </List>
    </>
  );
}
