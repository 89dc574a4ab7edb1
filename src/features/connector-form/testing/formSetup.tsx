// Test helpers: the form with its value held in state, and waiting for its lazily loaded code.
import { screen, waitFor } from "@testing-library/react";
import { createRef } from "react";
import { renderWithProviders } from "@/test/render";
import type { ConnectorConfigFormHandle, ConnectorSpec } from "../types";
import { FormHarness } from "./FormHarness";

export async function formReady() {
  await waitFor(() => expect(screen.queryByText(/loading the configuration form/i)).not.toBeInTheDocument(), { timeout: 30_000 });
}

export function setup(spec: ConnectorSpec, options: { initial?: Record<string, unknown>; mode?: "create" | "edit" } = {}) {
  const handle = createRef<ConnectorConfigFormHandle>();
  let latest: Record<string, unknown> = options.initial ?? {};
  const view = renderWithProviders(
    <FormHarness spec={spec} initial={options.initial} mode={options.mode} handleRef={handle} onValue={(v) => (latest = v)} />,
  );
  return { handle, view, value: () => latest };
}
