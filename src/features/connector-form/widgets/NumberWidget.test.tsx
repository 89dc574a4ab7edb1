// Number fields keep what is typed when a JavaScript number cannot hold it exactly, and say why.
// On a real spec: source-faker's Count and Seed (integers).
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import faker from "@mocks/data/connectors/source-faker.json";
import type { ConnectorSpec } from "../types";
import { formReady, setup } from "../testing/formSetup";

async function typeInto(label: RegExp, text: string) {
  const user = userEvent.setup();
  const view = setup(faker.spec as ConnectorSpec);
  await formReady();
  for (const toggle of screen.queryAllByRole("button", { name: /optional fields/i, expanded: false })) await user.click(toggle);
  const input = screen.getByLabelText(label);
  await user.clear(input);
  await user.type(input, text);
  return { input, value: view.value };
}

describe("number fields", () => {
  it("keep an integer beyond 2^53 as typed and say it cannot be kept exactly", async () => {
    const { input, value } = await typeInto(/^Count/, "9007199254740993");
    expect(input).toHaveValue("9007199254740993");
    expect(value().count).toBe("9007199254740993");
    expect(screen.getByText(/Whole numbers can be at most 9007199254740991/)).toBeInTheDocument();
  });

  it("keep 25 digits as typed, never 1e+24 or Infinity", async () => {
    const digits = "1234567890123456789012345";
    const { input } = await typeInto(/^Seed/, digits);
    expect(input).toHaveValue(digits);
    expect(screen.getByText(/Whole numbers can be at most/)).toBeInTheDocument();
  });

  it("store an ordinary number as a number, with no message", async () => {
    const { input, value } = await typeInto(/^Count/, "250");
    expect(input).toHaveValue("250");
    expect(value().count).toBe(250);
    expect(screen.queryByText(/can be at most|significant digits|too large/)).not.toBeInTheDocument();
  });

  it("keep a sign or a decimal point on screen while the rest is typed", async () => {
    const { input, value } = await typeInto(/^Seed/, "-");
    expect(input).toHaveValue("-");
    await userEvent.setup().type(input, "12.");
    expect(input).toHaveValue("-12.");
    expect(value().seed).toBe(-12);
  });
});
