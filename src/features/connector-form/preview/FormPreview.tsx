// The form for a specification as the spec playground shows it: the live form (ours, or stock RJSF
// for comparison), the resulting configuration and its validation errors. Loaded lazily (index.ts).
import { Alert, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { lazy, startTransition, Suspense, useCallback, useMemo, useRef, useState } from "react";
import { SpecProblems } from "../components/SpecProblems";
import { ConnectorConfigForm } from "../ConnectorConfigForm";
import { analyzeSpec } from "../lib/analyzeSpec";
import { sampleValue } from "../lib/sampleConfig";
import { toSubmitValue } from "../lib/submitValue";
import { describeFieldError, validateConfig } from "../lib/validateConfig";
import type { ConnectorConfigFormHandle, ConnectorSpec } from "../types";
import { PreviewControls } from "./PreviewControls";
import { PreviewOutput } from "./PreviewOutput";
import classes from "../components/form.module.css";

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
  const warnings = useMemo(() => analysis.problems.filter((p) => p.severity === "warning"), [analysis]);

  const reset = useCallback((next: Record<string, unknown>) => {
    setConfig(next);
    setValidated(undefined);
    setGeneration((g) => g + 1);
  }, []);
  const resetEmpty = useCallback(() => reset({}), [reset]);
  const fillSample = useMemo(() => (schema ? () => reset(sampleValue(schema) as Record<string, unknown>) : undefined), [schema, reset]);
  const validate = useCallback(() => setValidated(form.current?.validate() ?? false), []);
  // Our form shows what is typed itself and does not need its value back each key (SpecForm skips a
  // value it emitted), so this page's copy, which only feeds the debounced panels, follows in a
  // transition: the keystroke renders the form alone. Stock RJSF would re-derive its state from a
  // stale value handed back later, so it keeps the plain setter.
  const followConfig = useCallback((next: Record<string, unknown>) => startTransition(() => setConfig(next)), []);

  return (
    // A plain stack: this re-renders on every keystroke in the form.
    <div className={classes.stackMd}>
      <PreviewControls stock={stock} onStock={onStock} onReset={resetEmpty} onFillSample={fillSample} onValidate={validate} />
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
          <ConnectorConfigForm key={generation} ref={form} spec={spec} value={config} onChange={followConfig} mode="create" />
        )}
      </section>
      <PreviewOutput submitValue={submitValue} errors={errors} />
    </div>
  );
}
