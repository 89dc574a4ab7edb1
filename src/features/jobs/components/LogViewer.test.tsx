import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderRoutes } from "@/test/render";
import { LogStore } from "../lib/logStore";
import { withLayout } from "../test/layout";
import { LogViewer } from "./LogViewer";

withLayout();

function renderViewer(lines: string[], path = "/logs") {
  const store = LogStore.fromLines(lines);
  return renderRoutes(
    [
      {
        path: "/logs",
        element: <LogViewer store={store} lineCount={store.lineCount} revision={store.revision} running={false} downloadName="x.log" />,
      },
    ],
    path,
  );
}

describe("LogViewer", () => {
  it("renders markup and escape sequences in lines as text, with colours as classes", async () => {
    const { container } = renderViewer([
      '<img src=x onerror="window.__hacked=1"><script>window.__hacked=1</script>',
      "2024-01-01 10:00:00 \u001b[31mERROR\u001b[0m failed",
    ]);
    expect(await screen.findByText(/<img src=x onerror=/)).toBeInTheDocument();
    expect(container.querySelector("img, script")).toBeNull();
    const error = screen.getByText("ERROR");
    expect(error).toHaveClass("ansi-red-fg");
    expect(screen.queryByText(/\[31m/)).toBeNull();
  });

  it("counts matches and moves between them", async () => {
    const user = userEvent.setup();
    renderViewer(["alpha", "beta one", "gamma", "beta two", "BETA three"]);
    await user.type(screen.getByLabelText("Search the log"), "beta{Enter}");
    expect(await screen.findByText(/1 of 3/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Next match" }));
    expect(screen.getByText(/2 of 3/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Previous match" }));
    await user.click(screen.getByRole("button", { name: "Previous match" }));
    expect(screen.getByText(/3 of 3/)).toBeInTheDocument();
    const marks = document.querySelectorAll("mark");
    expect([...marks].map((mark) => mark.textContent)).toEqual(["beta", "beta", "BETA"]);
  });

  it("says when nothing matches", async () => {
    const user = userEvent.setup();
    renderViewer(["alpha"]);
    await user.type(screen.getByLabelText("Search the log"), "zzz{Enter}");
    expect(await screen.findByText(/No matches/)).toBeInTheDocument();
  });

  it("filters by level", async () => {
    const user = userEvent.setup();
    renderViewer(["10:00 INFO started", "10:01 ERROR broke", "10:02 DEBUG detail"]);
    await user.click(screen.getByRole("checkbox", { name: "Info" }));
    await user.click(screen.getByRole("checkbox", { name: "Debug" }));
    await waitFor(() => expect(screen.queryByText(/started/)).toBeNull());
    expect(screen.getByText(/broke/)).toBeInTheDocument();
    expect(screen.queryByText(/detail/)).toBeNull();
  });

  it("truncates a 1 MB line and shows all of it on request", async () => {
    const user = userEvent.setup();
    renderViewer(["short", `start ${"x".repeat(1_000_000)} end`]);
    const more = await screen.findByRole("button", { name: /show full line/i });
    expect(screen.queryByText(/ end$/)).toBeNull();
    await user.click(more);
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText(/ end$/)).toBeInTheDocument();
  });

  it("highlights the line named in the URL hash", async () => {
    renderViewer(
      Array.from({ length: 50 }, (_, i) => `line ${i + 1}`),
      "/logs#L7",
    );
    const link = await screen.findByRole("link", { name: "Link to line 7" });
    expect(link.closest('[role="listitem"]')).toHaveAttribute("aria-current", "location");
    expect(screen.getByRole("link", { name: "Link to line 8" }).closest('[role="listitem"]')).not.toHaveAttribute("aria-current");
  });
});
