import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderRoutes } from "@/test/render";
import { useInstantSearchParams } from "./useInstantSearchParams";

/** A search box and a radio group bound to the URL, as the list pages bind theirs. */
function Filters() {
  const [params, setParams] = useInstantSearchParams();
  const status = params.get("status") ?? "all";
  const write = (key: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  return (
    <>
      <input aria-label="Search" value={params.get("q") ?? ""} onChange={(event) => write("q", event.currentTarget.value)} />
      {["all", "failed"].map((value) => (
        <label key={value}>
          <input type="radio" name="status" checked={status === value} onChange={() => write("status", value === "all" ? "" : value)} />
          {value}
        </label>
      ))}
    </>
  );
}

// A loader the test can hold open: the router applies a navigation only once its loaders are done,
// as on a busy browser where it lands a while after the keystroke.
let routerHeld: { promise: Promise<null>; resolve: (value: null) => void } | undefined;
function holdRouter() {
  let resolve: (value: null) => void = () => {};
  const promise = new Promise<null>((done) => (resolve = done));
  return (routerHeld = { promise, resolve });
}
const renderFilters = (path = "/list") => {
  routerHeld = undefined;
  return renderRoutes([{ path: "/list", Component: Filters, loader: () => routerHeld?.promise ?? null }], path);
};

describe("useInstantSearchParams", () => {
  it("shows each keystroke at once, before the router has applied the previous one, and the URL follows", async () => {
    const { router } = renderFilters();
    const box = await screen.findByRole("textbox", { name: "Search" });
    const held = holdRouter();
    // Three keystrokes in a row while the router has not applied any of them.
    fireEvent.change(box, { target: { value: "p" } });
    expect(box).toHaveValue("p");
    fireEvent.change(box, { target: { value: "po" } });
    fireEvent.change(box, { target: { value: "pos" } });
    expect(box).toHaveValue("pos");
    expect(router.state.location.search).toBe("");
    await act(async () => held.resolve(null));
    await waitFor(() => expect(router.state.location.search).toBe("?q=pos"));
    expect(box).toHaveValue("pos");
  });

  it("checks a clicked radio at once and keeps the other parameters", async () => {
    const { router } = renderFilters("/list?q=stripe");
    const failed = await screen.findByRole("radio", { name: "failed" });
    const held = holdRouter();
    fireEvent.click(failed);
    expect(failed).toBeChecked();
    await act(async () => held.resolve(null));
    await waitFor(() => expect(router.state.location.search).toBe("?q=stripe&status=failed"));
    expect(screen.getByRole("textbox", { name: "Search" })).toHaveValue("stripe");
  });

  it("follows the location when it moves somewhere the page did not write (Back, a link)", async () => {
    const { router } = renderFilters();
    const box = await screen.findByRole("textbox", { name: "Search" });
    fireEvent.change(box, { target: { value: "stripe" } });
    await waitFor(() => expect(router.state.location.search).toBe("?q=stripe"));
    await act(() => router.navigate("/list?q=postgres&status=failed"));
    expect(box).toHaveValue("postgres");
    expect(screen.getByRole("radio", { name: "failed" })).toBeChecked();
  });
});
