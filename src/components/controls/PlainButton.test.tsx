import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { renderRoutes } from "@/test/render";
import { PlainButton } from "./PlainButton";

/** A button that is busy for as long as the test holds the page it asked for. */
function LoadMore({ onLoad }: { onLoad: () => Promise<void> }) {
  const [loading, setLoading] = useState(false);
  const [pages, setPages] = useState(1);
  return (
    <>
      <p>{pages} pages</p>
      <PlainButton
        variant="default"
        loading={loading}
        onClick={() => {
          setLoading(true);
          void onLoad().then(() => {
            setPages((count) => count + 1);
            setLoading(false);
          });
        }}
      >
        Load more
      </PlainButton>
    </>
  );
}

it("a busy button says so, ignores more presses and keeps the keyboard focus that pressed it", async () => {
  const user = userEvent.setup();
  const answers: (() => void)[] = [];
  const onLoad = () => new Promise<void>((resolve) => answers.push(resolve));
  renderRoutes([{ path: "/", element: <LoadMore onLoad={onLoad} /> }], "/");

  const button = await screen.findByRole("button", { name: "Load more" });
  button.focus();
  await user.keyboard("{Enter}");
  expect(button).toHaveAttribute("aria-busy", "true");
  await user.keyboard("{Enter}");
  await user.click(button);
  // Only the first press asked for a page; the button kept its name and the focus.
  expect(answers).toHaveLength(1);
  expect(button).toHaveFocus();
  expect(button).toHaveAccessibleName("Load more");

  answers[0]!();
  expect(await screen.findByText("2 pages")).toBeInTheDocument();
  expect(button).not.toHaveAttribute("aria-busy");
  await user.keyboard("{Enter}");
  expect(answers).toHaveLength(2);
});

it("a button with a destination is a link that goes there", async () => {
  const user = userEvent.setup();
  renderRoutes(
    [
      { path: "/", element: <PlainButton to="/connections/new">New connection</PlainButton> },
      { path: "/connections/new", element: <h1>New connection page</h1> },
    ],
    "/",
  );
  const link = await screen.findByRole("link", { name: "New connection" });
  expect(link).toHaveAttribute("href", "/connections/new");
  await user.click(link);
  expect(await screen.findByRole("heading", { name: "New connection page" })).toBeInTheDocument();
});
