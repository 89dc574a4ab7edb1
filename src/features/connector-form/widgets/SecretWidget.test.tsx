// Secrets typed into the form stay out of the DOM's attributes: a controlled React input mirrors its
// value into the `value` attribute, where CSS attribute selectors, extensions and DOM dumps read it.
// Checked on a real spec (source-postgres: a password, and an SSH key in its tunnel options).
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import postgres from "@mocks/data/connectors/source-postgres.json";
import type { ConnectorSpec } from "../types";
import { formReady, setup } from "../testing/formSetup";

/** Every attribute in the page that contains `text`, as "tag[name]". */
function attributesContaining(text: string): string[] {
  return [...document.querySelectorAll("*")].flatMap((element) =>
    [...element.attributes].filter((a) => a.value.includes(text)).map((a) => `${element.tagName.toLowerCase()}[${a.name}]`),
  );
}

describe("secret inputs", () => {
  it("keep what is typed out of every attribute, while the form still gets it", async () => {
    const user = userEvent.setup();
    const { value } = setup(postgres.spec as ConnectorSpec);
    await formReady();
    const password = screen.getByLabelText(/^Password/);
    await user.type(password, "hunter2-secret");
    expect(password).toHaveValue("hunter2-secret");
    expect(value().password).toBe("hunter2-secret");
    expect(attributesContaining("hunter2")).toEqual([]);

    // The SSH key of the tunnel's key option, among the optional fields.
    for (const toggle of screen.queryAllByRole("button", { name: /optional fields/i, expanded: false })) await user.click(toggle);
    await user.selectOptions(screen.getByRole("combobox", { name: /^SSH Tunnel Method/ }), "SSH Key Authentication");
    const key = await screen.findByLabelText(/^SSH Private Key/);
    await user.type(key, "ssh-private-material");
    await waitFor(() => expect((value().tunnel_method as Record<string, unknown>).ssh_key).toBe("ssh-private-material"));
    expect(attributesContaining("ssh-private")).toEqual([]);
    // A multi-line secret is a text area: its text content (what React copies a controlled value into) stays empty too.
    expect(document.body.textContent).not.toContain("ssh-private");
  });

  it("show a value set from outside (a kept draft, Keep the saved value) without an attribute", async () => {
    const { value } = setup(postgres.spec as ConnectorSpec, { initial: { password: "from-draft-secret" } });
    await formReady();
    expect(screen.getByLabelText(/^Password/)).toHaveValue("from-draft-secret");
    expect(value().password).toBe("from-draft-secret");
    expect(attributesContaining("from-draft")).toEqual([]);
  });
});
