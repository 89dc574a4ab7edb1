// The edit page of a connector held on an older version (the seeded Stripe source, pinned by the mock
// to mocks/data/connectors/source-stripe.json while its definition's default is
// mocks/data/registry-2026/source-stripe.json): its form is built from the spec of the version it
// runs, which the server validates its updates against, and from the new one after an upgrade.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import pinned from "@mocks/data/connectors/source-stripe.json";
import current from "@mocks/data/registry-2026/source-stripe.json";
import { mockControl } from "@mocks/control";
import { SEED } from "@mocks/seed/ids";
import { renderConnectorRoutes } from "../test/renderConnectorRoutes";

const SLOW = { timeout: 30_000 };
const stripe = SEED.sources.stripe;

interface FieldSchema {
  title?: string;
  airbyte_hidden?: boolean;
}

/** The titles of a spec's top-level fields a person sees. */
function titles(file: { spec: { connectionSpecification: { properties?: Record<string, FieldSchema> } } }): string[] {
  return Object.values(file.spec.connectionSpecification.properties ?? {})
    .filter((field) => field.title && !field.airbyte_hidden)
    .map((field) => field.title!);
}

const pinnedTitles = titles(pinned);
const currentTitles = titles(current);
const onlyPinned = pinnedTitles.filter((title) => !currentTitles.includes(title));
const onlyCurrent = currentTitles.filter((title) => !pinnedTitles.includes(title));
const shared = pinnedTitles.find((title) => currentTitles.includes(title))!;

// A field's label is its title, with " *" when required.
const asTitle = { normalizer: (text: string) => text.replace(/\s*\*\s*$/, "").trim() };

/** Opens every "Optional fields" section, so all of the form's fields are on screen. */
async function showAllFields(user: ReturnType<typeof userEvent.setup>) {
  const form = screen.getByRole("button", { name: "Test and save" }).closest("form") ?? document.body;
  for (const toggle of within(form as HTMLElement).queryAllByRole("button", { name: /Optional fields/, expanded: false }))
    await user.click(toggle);
}

async function expectFieldsOf(user: ReturnType<typeof userEvent.setup>, shown: string[], absent: string[]) {
  await waitFor(() => expect(screen.getByLabelText(shared, asTitle)).toBeInTheDocument(), SLOW);
  await showAllFields(user);
  for (const title of shown) expect(await screen.findByLabelText(title, asTitle, SLOW)).toBeInTheDocument();
  for (const title of absent) expect(screen.queryByLabelText(title, asTitle)).not.toBeInTheDocument();
}

describe("edit page of a connector held on an older version", () => {
  it("the two Stripe specs differ in their fields (what the tests below tell apart)", () => {
    expect(onlyPinned.length).toBeGreaterThan(0);
    expect(onlyCurrent.length).toBeGreaterThan(0);
    expect(shared).toBeDefined();
  });

  it("shows the fields of the version the source runs, then the new version's after an upgrade, keeping what was typed", async () => {
    const user = userEvent.setup();
    renderConnectorRoutes(`/sources/${stripe.id}`);
    expect(await screen.findByRole("heading", { level: 1, name: stripe.name }, SLOW)).toBeInTheDocument();
    await expectFieldsOf(user, onlyPinned, onlyCurrent);

    const field = screen.getByLabelText(shared, asTitle);
    await user.clear(field);
    await user.type(field, "typed before the upgrade");

    const notice = screen.getByTestId("breaking-change-notice");
    await user.click(within(notice).getByRole("button", { name: /^Upgrade to / }));
    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Upgrade" }));
    await waitFor(() => expect(screen.queryByTestId("breaking-change-notice")).not.toBeInTheDocument(), SLOW);

    await waitFor(() => expect(screen.queryByLabelText(onlyPinned[0]!, asTitle)).not.toBeInTheDocument(), SLOW);
    await expectFieldsOf(user, onlyCurrent, onlyPinned);
    expect(screen.getByLabelText(shared, asTitle)).toHaveValue("typed before the upgrade");
  }, 120_000);

  it("keeps the form and what was typed when the spec cannot be fetched again after an upgrade", async () => {
    const user = userEvent.setup();
    renderConnectorRoutes(`/sources/${stripe.id}`);
    await expectFieldsOf(user, onlyPinned, onlyCurrent);
    const field = screen.getByLabelText(shared, asTitle);
    await user.clear(field);
    await user.type(field, "typed before the upgrade");

    mockControl.fault("/v1/source_definition_specifications/get_for_source", { status: 500, body: { message: "Internal Server Error" } });
    await user.click(within(screen.getByTestId("breaking-change-notice")).getByRole("button", { name: /^Upgrade to / }));
    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Upgrade" }));
    expect(await screen.findByText(/the form shows the ones loaded before/, undefined, SLOW)).toBeInTheDocument();
    expect(screen.getByLabelText(shared, asTitle)).toHaveValue("typed before the upgrade");
  }, 120_000);

  it("falls back to the definition's spec on a server without the source's own (404)", async () => {
    mockControl.fault("/v1/source_definition_specifications/get_for_source", { status: 404, body: { message: "Page Not Found" } });
    const user = userEvent.setup();
    renderConnectorRoutes(`/sources/${stripe.id}`);
    expect(await screen.findByRole("heading", { level: 1, name: stripe.name }, SLOW)).toBeInTheDocument();
    await expectFieldsOf(user, onlyCurrent, onlyPinned);
  }, 120_000);
});
