// Public entry of the spec-driven connector configuration form. The implementation (RJSF, ajv,
// markdown) is loaded lazily, so routes that do not show a form never download it.
import { Loader, Stack, Text } from '@mantine/core';
import { forwardRef, lazy, Suspense, useImperativeHandle, useRef } from 'react';
import classes from './components/form.module.css';

/** What the form needs of a ConnectorSpecification (source or destination definition specification). */
export interface ConnectorSpec {
  connectionSpecification?: unknown;
  advancedAuth?: unknown;
  authSpecification?: unknown;
}

export interface ConnectorConfigFormProps {
  spec: ConnectorSpec;
  /** The configuration being edited (controlled). */
  value: Record<string, unknown>;
  onChange(value: Record<string, unknown>): void;
  /** 'edit': values come from a saved connector, secrets arrive masked and are kept unless replaced. */
  mode: 'create' | 'edit';
  /** Needed for the OAuth flow (advanced_auth): which connector definition, and source or destination. */
  connector?: { kind: 'source' | 'destination'; definitionId: string; workspaceId: string };
  disabled?: boolean;
  /**
   * Called once the form is on screen and can validate. Its code loads lazily: a submit before
   * then has nothing to check yet, so the caller waits for this instead of dropping the click.
   */
  onReady?(): void;
}

export interface ConnectorConfigFormHandle {
  /** Validate everything; shows errors and focuses the first invalid field when invalid. */
  validate(): boolean;
  /** The configuration to send to the API (hidden defaults applied, dropped oneOf branches removed). */
  getSubmitValue(): Record<string, unknown>;
}

const loadSpecForm = () => import('./components/SpecForm');
const SpecForm = lazy(() => loadSpecForm().then((module) => ({ default: module.SpecForm })));

/** Start downloading the form code early (e.g. when the user picks a connector). */
export function preloadConnectorConfigForm(): void {
  void loadSpecForm();
}

function FormLoading() {
  return (
    <Stack align="center" py="lg" gap="xs" role="status">
      <Loader size="sm" />
      <Text size="sm" className={classes.muted}>
        Loading the configuration form…
      </Text>
    </Stack>
  );
}

export const ConnectorConfigForm = forwardRef<ConnectorConfigFormHandle, ConnectorConfigFormProps>(function ConnectorConfigForm(props, ref) {
  const inner = useRef<ConnectorConfigFormHandle>(null);
  // The handle works even while the implementation is still loading (nothing shown yet: invalid).
  useImperativeHandle(
    ref,
    () => ({
      validate: () => inner.current?.validate() ?? false,
      getSubmitValue: () => inner.current?.getSubmitValue() ?? props.value,
    }),
    [props.value],
  );
  return (
    <Suspense fallback={<FormLoading />}>
      <SpecForm ref={inner} {...props} />
    </Suspense>
  );
});
