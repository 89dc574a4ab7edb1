import { MantineProvider } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { act, render, screen } from "@testing-library/react";
import { Toasts } from "./Toasts";

afterEach(() => act(() => notifications.clean()));

test("nothing is downloaded until the first toast, which then appears", async () => {
  const load = vi.fn(() => import("./ToastContainer"));
  render(
    <MantineProvider>
      <Toasts load={load} />
    </MantineProvider>,
  );
  expect(load).not.toHaveBeenCalled();
  act(() => void notifications.show({ title: "Saved", message: "Source created" }));
  expect(await screen.findByText("Source created")).toBeInTheDocument();
  expect(load).toHaveBeenCalledTimes(1);
});

test("a failed download shows nothing and breaks nothing; the next toast tries again", async () => {
  const load = vi
    .fn<() => Promise<{ default: () => React.JSX.Element }>>()
    .mockRejectedValueOnce(new TypeError("Failed to fetch dynamically imported module"));
  load.mockImplementation(() => import("./ToastContainer"));
  // React reports the caught error; it is expected here.
  const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
  render(
    <MantineProvider>
      <p>The page</p>
      <Toasts load={load} />
    </MantineProvider>,
  );
  act(() => void notifications.show({ message: "First" }));
  await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
  // Let the download fail and React handle it before the next toast.
  await act(async () => {
    await (load.mock.results[0]!.value as Promise<unknown>).catch(() => undefined);
  });
  expect(screen.getByText("The page")).toBeInTheDocument();
  expect(screen.queryByText("First")).not.toBeInTheDocument();

  act(() => void notifications.show({ message: "Second" }));
  await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(2));
  expect(await screen.findByText("Second")).toBeInTheDocument();
  expect(load).toHaveBeenCalledTimes(2);
  consoleError.mockRestore();
});
