import { Button, Group, Paper, Stack, TextInput } from "@mantine/core";
import { Suspense, useCallback, useLayoutEffect, useRef, useState, type ReactNode, type SyntheticEvent } from "react";
import type { ConnectorConfigFormHandle, ConnectorSpec } from "@/features/connector-form";
import { ErrorAlert } from "@/components/ErrorAlert";
import { PageLoader } from "@/components/PageLoader";
import { useConnectionCheck } from "../hooks/useConnectionCheck";
import type { ConnectorApi } from "../lib/connectorApi";
import type { ConnectorCallOptions } from "@/api/hooks/commands";
import type { CheckConnectionRead } from "../lib/types";
import { isUserEdit } from "../lib/userEdit";
import { LazyConnectorConfigForm } from "./LazyConnectorConfigForm";
import { TestConnectionPanel } from "./TestConnectionPanel";

export interface ConnectorFormValues {
  name: string;
  configuration: Record<string, unknown>;
}

interface ConnectorSetupFormProps {
  api: ConnectorApi;
  mode: "create" | "edit";
  definitionId: string;
  workspaceId: string;
  spec: ConnectorSpec;
  values: ConnectorFormValues;
  /**
   * Receives an updater, not a value: the name and the configuration change independently (the
   * form may report a change later than the render it came from), so each must apply to the latest
   * state, never to a stale copy that would undo the other.
   */
  onValuesChange(update: (previous: ConnectorFormValues) => ConnectorFormValues): void;
  /**
   * The user changed something themselves (typing, picking): as opposed to the form applying
   * defaults. Called in the capture phase of the event, before the value changes: it must only
   * set a ref, never state (a render then would reset the controlled input and lose the keystroke).
   */
  onUserEdit?(): void;
  /** Editing: the saved connector's id (OAuth then lets the server resolve its stored, masked secrets). */
  actorId?: string;
  /** Test the values: can take minutes (progress and cancel through `options`). */
  check(values: ConnectorFormValues, options: ConnectorCallOptions): Promise<CheckConnectionRead>;
  /** Save after a passed check; throwing keeps the form as it is and shows the error. */
  save(values: ConnectorFormValues): Promise<void>;
  /** Shown left of the submit button (e.g. a cancel link). */
  secondaryActions?: ReactNode;
}

/**
 * Name + connector configuration + "Test and save". Every value stays in the parent's state, so
 * a failed validation, check or save never loses what the user typed.
 */
export function ConnectorSetupForm(props: ConnectorSetupFormProps) {
  const { api, mode, definitionId, workspaceId, actorId, spec, values, onValuesChange, onUserEdit, check, save, secondaryActions } = props;
  const formRef = useRef<ConnectorConfigFormHandle>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const [nameError, setNameError] = useState<string | undefined>();
  const [saveError, setSaveError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const lastSubmitted = useRef<ConnectorFormValues | null>(null);
  const connectionCheck = useConnectionCheck();
  // "Test and save" pressed while the configuration form's code is still loading runs as soon as
  // the form can validate, rather than finding nothing to check and doing nothing.
  const [formReady, setFormReady] = useState(false);
  const [submitWaiting, setSubmitWaiting] = useState(false);
  // The latest render's values, for the ready callback (stable, so the form is not re-rendered).
  const latest = useRef({ submitWaiting, testAndSave });
  useLayoutEffect(() => {
    latest.current = { submitWaiting, testAndSave };
  });
  const markFormReady = useCallback(() => {
    setFormReady(true);
    if (!latest.current.submitWaiting) return;
    setSubmitWaiting(false);
    // The form reports ready from an effect; validating renders its errors synchronously (flushSync),
    // which React cannot do while it is still committing: run the submit right after, not inside it.
    queueMicrotask(() => void latest.current.testAndSave());
  }, []);
  const busy = saving || submitWaiting || connectionCheck.state.phase === "checking";

  function markUserEdit(event: SyntheticEvent) {
    if (onUserEdit && !busy && isUserEdit(event)) onUserEdit();
  }

  async function testAndSave() {
    setSaveError(undefined);
    connectionCheck.reset();
    const name = values.name.trim();
    const nameProblem = name ? undefined : `Give the ${api.words.singular} a name.`;
    setNameError(nameProblem);
    const configValid = formRef.current ? formRef.current.validate() : false;
    if (nameProblem) {
      nameRef.current?.focus();
      return;
    }
    if (!configValid || !formRef.current) return; // the form shows its errors and focuses the first one
    const submitted: ConnectorFormValues = { name, configuration: formRef.current.getSubmitValue() };
    const passed = await connectionCheck.run((options) => check(submitted, options));
    if (!passed) return;
    lastSubmitted.current = submitted;
    await saveChecked(submitted);
  }

  async function saveChecked(submitted: ConnectorFormValues) {
    setSaveError(undefined);
    setSaving(true);
    try {
      await save(submitted);
    } catch (error) {
      setSaveError(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      noValidate
      aria-label={`${api.words.Singular} settings`}
      onSubmit={(event) => {
        event.preventDefault();
        if (busy) return;
        // A missing name is reported at once; otherwise a form still loading is waited for.
        if (formReady || !values.name.trim()) {
          void testAndSave();
        } else {
          setSubmitWaiting(true);
        }
      }}
      // Capture phase: the user-edit mark is set before the field's own change handler runs.
      onInputCapture={markUserEdit}
      onChangeCapture={markUserEdit}
      onClickCapture={markUserEdit}
      onKeyDownCapture={markUserEdit}
    >
      <Stack gap="lg">
        <Paper withBorder p="md" radius="md">
          <TextInput
            ref={nameRef}
            label={`${api.words.Singular} name`}
            description={`A name to recognise this ${api.words.singular} by in lists and connections.`}
            required
            maxLength={255}
            value={values.name}
            error={nameError}
            disabled={busy}
            onChange={(event) => {
              const name = event.currentTarget.value;
              if (nameError && name.trim()) setNameError(undefined);
              onValuesChange((previous) => ({ ...previous, name }));
            }}
          />
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Suspense fallback={<PageLoader label="Loading the configuration form" />}>
            <LazyConnectorConfigForm
              ref={formRef}
              spec={spec}
              value={values.configuration}
              onChange={(configuration) => onValuesChange((previous) => ({ ...previous, configuration }))}
              mode={mode}
              connector={{ kind: api.kind, definitionId, workspaceId, actorId }}
              disabled={busy}
              onReady={markFormReady}
            />
          </Suspense>
        </Paper>
        <TestConnectionPanel
          state={connectionCheck.state}
          onCancel={connectionCheck.cancel}
          onRetry={busy ? undefined : () => void testAndSave()}
        />
        {saveError !== undefined && (
          <ErrorAlert
            title={`The connection test passed, but the ${api.words.singular} could not be saved`}
            error={saveError}
            onRetry={() => {
              if (lastSubmitted.current) void saveChecked(lastSubmitted.current);
            }}
          />
        )}
        <Group justify="flex-end" gap="sm">
          {secondaryActions}
          <Button type="submit" loading={busy} disabled={busy}>
            Test and save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
