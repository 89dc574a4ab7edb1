// Test helper: the form with its value held in state, as a page would hold it.
import { useState, type Ref } from "react";
import { ConnectorConfigForm } from "../ConnectorConfigForm";
import type { ConnectorConfigFormHandle, ConnectorConfigFormProps, ConnectorSpec } from "../types";

interface HarnessProps {
  spec: ConnectorSpec;
  initial?: Record<string, unknown>;
  mode?: "create" | "edit";
  handleRef?: Ref<ConnectorConfigFormHandle>;
  onValue?: (value: Record<string, unknown>) => void;
  connector?: ConnectorConfigFormProps["connector"];
}

export function FormHarness({ spec, initial = {}, mode = "create", handleRef, onValue, connector }: HarnessProps) {
  const [value, setValue] = useState(initial);
  return (
    <ConnectorConfigForm
      ref={handleRef}
      spec={spec}
      value={value}
      mode={mode}
      connector={connector}
      onChange={(next) => {
        onValue?.(next);
        setValue(next);
      }}
    />
  );
}
