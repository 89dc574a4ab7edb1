// Public entry of the spec-driven connector configuration form. The implementation (RJSF, ajv,
// markdown) is loaded lazily, so routes that do not show a form never download it.
import { Loader, Stack, Text } from "@mantine/core";
import { forwardRef, lazy, Suspense, useImperativeHandle, useRef } from "react";
import classes from "./components/form.module.css";
import type { ConnectorConfigFormHandle, ConnectorConfigFormProps } from "./types";

const SpecForm = lazy(() => import("./components/SpecForm").then((module) => ({ default: module.SpecForm })));

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

export const ConnectorConfigForm = forwardRef<ConnectorConfigFormHandle, ConnectorConfigFormProps>(
  function ConnectorConfigForm(props, ref) {
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
  },
);
