// The form for a specification as the spec playground shows it: the live form (ours, or stock RJSF
// for comparison), the resulting configuration and its validation errors. Loaded lazily (index.ts).
import { Alert, Button, Code, Group, List, Stack, Switch, Text, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { lazy, Suspense, useMemo, useRef, useState } from "react";
import { SpecProblems } from "../components/SpecProblems";
import { ConnectorConfigForm } from "../ConnectorConfigForm";
import { analyzeSpec } from "../lib/analyzeSpec";
import { sampleValue } from "../lib/sampleConfig";
import { toSubmitValue } from "../lib/submitValue";
import { describeFieldError, validateConfig } from "../lib/validateConfig";
import type { ConnectorConfigFormHandle, ConnectorSpec } from "../types";

// Loaded with the preview (index.ts, loadConfigCheck): its own chunk would split the validator's code
// into one more shared chunk and the bundler's runtime helpers out of the entry into a file of their own.
export { checkConfig } from "../lib/checkConfig";

const StockRjsfForm = lazy(() => import("./StockRjsfForm").then((m) => ({ default: m.StockRjsfForm })));

export interface FormPreviewProps {
  spec: ConnectorSpec;
  stock: boolean;
  onStock(stock: boolean): void;
}

export function FormPreview({ spec, stock, onStock }: FormPreviewProps) {
  const analysis = useMemo(() => analyzeSpec(spec.connectionSpecification), [spec.connectionSpecification]);
  const [config, setConfig] = useState<Record<string, unknown>>({});
  const [generation, setGeneration] = useState(0);
  const [validated, setValidated] = useState<boolean | undefined>();
  const form = useRef<ConnectorConfigFormHandle>(null);
  // The JSON and error panels catch up once typing pauses, so each keystroke only updates the form.
  const [deferred] = useDebouncedValue(config, 250);
  const schema = analysis.schema;
  const submitValue = useMemo(() => (schema ? toSubmitValue(schema, deferred) : deferred), [schema, deferred]);
  const errors = useMemo(
    () => (schema ? validateConfig(schema, submitValue, deferred).map((e) => describeFieldError(schema, e)) : []),
    [schema, submitValue, deferred],
  );
  const warnings = analysis.problems.filter((p) => p.severity === "warning");

  const reset = (next: Record<string, unknown>) => {
    setConfig(next);
    setValidated(undefined);
    setGeneration((g) => g + 1);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Switch label="Compare with stock RJSF" checked={stock} onChange={(event) => onStock(event.currentTarget.checked)} />
        <Group gap="xs">
          <Button variant="default" size="xs" onClick={() => reset({})}>
            Reset form
          </Button>
          {schema && (
            <Button variant="default" size="xs" onClick={() => reset(sampleValue(schema) as Record<string, unknown>)}>
              Fill with sample values
            </Button>
          )}
          {!stock && (
            <Button color="indigo" size="xs" onClick={() => setValidated(form.current?.validate() ?? false)}>
              Validate
            </Button>
          )}
        </Group>
      </Group>
      {validated === true && (
        <Alert color="green" role="status">
          The configuration is valid.
        </Alert>
      )}
      {warnings.length > 0 && !analysis.blocking && <SpecProblems problems={warnings} title="Warnings in this specification" />}
      <section aria-label="Configuration form" data-testid="form-preview">
        {stock ? (
          analysis.blocking ? (
            <SpecProblems problems={analysis.problems} />
          ) : (
            <Suspense fallback={<Text size="sm">Loading stock RJSF…</Text>}>
              <StockRjsfForm key={generation} schema={spec.connectionSpecification} value={config} onChange={setConfig} />
            </Suspense>
          )
        ) : (
          <ConnectorConfigForm key={generation} ref={form} spec={spec} value={config} onChange={setConfig} mode="create" />
        )}
      </section>
      <Title order={2} size="h4">
        Resulting configuration
      </Title>
      <Code block style={{ maxHeight: 320, overflow: "auto" }} aria-label="Resulting configuration" tabIndex={0}>
        {JSON.stringify(submitValue, null, 2)}
      </Code>
      <Title order={2} size="h4">
        Validation errors
      </Title>
      {errors.length === 0 ? (
        <Text size="sm" c="dimmed">
          None.
        </Text>
      ) : (
        <List size="sm" aria-label="Validation errors">
          {errors.map((text) => (
            <List.Item key={text} style={{ overflowWrap: "anywhere" }}>
              {text}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
