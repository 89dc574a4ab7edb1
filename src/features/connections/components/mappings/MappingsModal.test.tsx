import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SEED } from "@mocks/seed/ids";
import { mockControl } from "@mocks/control";
import { apiPost } from "@/api/client";
import type { Schemas } from "@/api/types";
import { renderWithProviders } from "@/test/render";
import { MappingsModal } from "./MappingsModal";

beforeEach(() => mockControl.reset());

const connectionId = SEED.connections.postgresToS3.id;

async function organization() {
  const { syncCatalog } = await apiPost("/v1/connections/get", { connectionId });
  return syncCatalog.streams.find((s) => s.stream?.name === "organization")!;
}

test("adds a hashing mapping, previews the fields the server answers, and applies it", async () => {
  const user = userEvent.setup();
  const { stream, config } = await organization();
  const applied: Schemas["ConfiguredStreamMapper"][][] = [];
  renderWithProviders(
    <MappingsModal
      connectionId={connectionId}
      stream={stream!}
      config={config!}
      savedEnabled
      onApply={(m) => applied.push(m)}
      onClose={() => {}}
    />,
  );
  expect(await screen.findByText("This stream has no mappings.")).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Add mapping: Hash a field" }));
  await user.selectOptions(screen.getByRole("combobox", { name: "Mapping 1: field to hash" }), "email");
  const preview = await screen.findByRole("region", { name: "Fields after the mappings" });
  expect(await within(preview).findByText("email_hashed")).toBeInTheDocument();
  expect(within(preview).queryByText("email")).not.toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Apply mappings" }));
  expect(applied).toEqual([
    [{ type: "hashing", mapperConfiguration: { targetField: "email", method: "SHA-256", fieldNameSuffix: "_hashed" } }],
  ]);
});

test("shows the server's error at the mapping it belongs to", async () => {
  const user = userEvent.setup();
  const { stream, config } = await organization();
  renderWithProviders(
    <MappingsModal connectionId={connectionId} stream={stream!} config={config!} savedEnabled onApply={() => {}} onClose={() => {}} />,
  );
  await user.click(await screen.findByRole("button", { name: "Add mapping: Rename a field" }));
  await user.selectOptions(screen.getByRole("combobox", { name: "Mapping 1: field to rename" }), "name");
  await user.type(screen.getByRole("textbox", { name: "Mapping 1: new name" }), "email");
  const item = screen.getByRole("listitem", { name: /Mapping 1/ });
  expect(await within(item).findByText("Field email already exists in stream fields")).toBeInTheDocument();
  expect(screen.getByRole("textbox", { name: "Mapping 1: new name" })).toHaveValue("email");
});

test("a mapping type the console does not know is shown plainly and applied unchanged", async () => {
  const user = userEvent.setup();
  const { stream, config } = await organization();
  const future = {
    type: "field-splitting",
    mapperConfiguration: { targetField: "name", on: " " },
  } as unknown as Schemas["ConfiguredStreamMapper"];
  const applied: unknown[] = [];
  renderWithProviders(
    <MappingsModal
      connectionId={connectionId}
      stream={stream!}
      config={{ ...config!, mappers: [future] }}
      savedEnabled={false}
      onApply={(m) => applied.push(m)}
      onClose={() => {}}
    />,
  );
  expect(await screen.findByText(/does not know this kind of mapping/)).toBeInTheDocument();
  expect(screen.getByText("field-splitting", { exact: false })).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Apply mappings" }));
  expect(applied).toEqual([[future]]);
});
