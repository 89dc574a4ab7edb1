import { fireEvent, render } from "@testing-library/react";
import { ConnectorIcon } from "./ConnectorIcon";

describe("ConnectorIcon", () => {
  it("draws initials when the definition has no icon", () => {
    const { container } = render(<ConnectorIcon name="Google Analytics" />);
    expect(container.textContent).toBe("GA");
    expect(container.querySelector("img")).toBeNull();
  });

  it("shows an SVG icon only as an image, so markup in it never runs in the page", () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    const { container } = render(<ConnectorIcon name="Evil" icon={svg} />);
    const img = container.querySelector("img");
    expect(img?.getAttribute("src")).toMatch(/^data:image\/svg\+xml/);
    expect(container.querySelector("script")).toBeNull();
  });

  it("ignores icon values that are neither SVG nor https URLs", () => {
    const { container } = render(<ConnectorIcon name="Postgres" icon="javascript:alert(1)" />);
    expect(container.querySelector("img")).toBeNull();
    expect(container.textContent).toBe("PO");
  });

  it("shows an icon served by this origin (the embedded mock's), but not one on a protocol-relative host", () => {
    const local = render(<ConnectorIcon name="Postgres" icon="/assets/postgresql.svg" />);
    expect(local.container.querySelector("img")).toHaveAttribute("src", "/assets/postgresql.svg");
    const elsewhere = render(<ConnectorIcon name="Postgres" icon="//evil.example/x.svg" />);
    expect(elsewhere.container.querySelector("img")).toBeNull();
  });

  it("falls back to the initials when an icon URL cannot be loaded (an air-gapped install)", () => {
    const { container } = render(
      <ConnectorIcon
        name="Google Sheets"
        icon="https://connectors.airbyte.com/files/metadata/airbyte/source-google-sheets/latest/icon.svg"
      />,
    );
    const image = container.querySelector("img")!;
    expect(image).toHaveAttribute("src", expect.stringMatching(/^https:\/\/connectors\.airbyte\.com\//));
    fireEvent.error(image);
    expect(container.querySelector("img")).toBeNull();
    expect(container).toHaveTextContent("GS");
  });
});
