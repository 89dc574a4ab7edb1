import { act, fireEvent, screen } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import postgres from "@mocks/data/connectors/source-postgres.json";
import { renderWithProviders } from "@/test/render";
import { sourceApi } from "../lib/connectorApi";
import { ConnectorSetupForm, type ConnectorFormValues } from "./ConnectorSetupForm";

// The configuration form's code arrives only when the test releases it, as on a slow network.
const formCode = vi.hoisted(() => {
  let release: () => void = () => undefined;
  const arrived = new Promise<void>((done) => (release = done));
  return { arrived, release: () => release() };
});
vi.mock("./LazyConnectorConfigForm", async () => {
  const { lazy } = await import("react");
  return {
    LazyConnectorConfigForm: lazy(async () => {
      await formCode.arrived;
      return { default: (await import("@/features/connector-form")).ConnectorConfigForm };
    }),
  };
});

function Harness({ check }: { check: () => Promise<never> }) {
  const [values, setValues] = useState<ConnectorFormValues>({ name: "", configuration: {} });
  return (
    <ConnectorSetupForm
      api={sourceApi}
      mode="create"
      definitionId="decd338e-5647-4c0b-adf4-da0e75f5a750"
      workspaceId="workspace"
      spec={postgres.spec}
      values={values}
      onValuesChange={setValues}
      check={check}
      save={async () => undefined}
    />
  );
}

describe("ConnectorSetupForm", () => {
  it('"Test and save" pressed while the form is still loading runs once it can validate, instead of doing nothing', async () => {
    const check = vi.fn(() => new Promise<never>(() => undefined));
    renderWithProviders(<Harness check={check} />);
    fireEvent.change(screen.getByRole("textbox", { name: /Source name/ }), { target: { value: "Warehouse" } });
    expect(screen.getByRole("status", { name: "Loading the configuration form" })).toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: "Test and save" }));
    await act(async () => formCode.release());

    // The empty required fields are reported (the submit was validated), and nothing was sent.
    expect((await screen.findAllByText("Enter a value")).length).toBeGreaterThan(0);
    expect(check).not.toHaveBeenCalled();
    expect(screen.getByRole("textbox", { name: /Source name/ })).toHaveValue("Warehouse");
    expect(screen.getByRole("button", { name: "Test and save" })).toBeEnabled();
  });
});
