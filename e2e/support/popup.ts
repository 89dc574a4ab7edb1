// Popups (the OAuth provider's consent page) as a test drives them.
import type { Locator, Page } from "@playwright/test";
import { COLD_START } from "./waits";

/**
 * Click a button that makes the popup close itself. The wait for "close" starts before the click:
 * on a busy machine the popup can be gone before the click call returns, and an event that has
 * already fired is never seen by a wait that starts later.
 */
export async function clickAndWaitForClose(popup: Page, button: Locator): Promise<void> {
  const closed = popup.waitForEvent("close", COLD_START);
  // The click may report the closed page: what counts is that the popup closed.
  await button.click().catch((error: unknown) => {
    if (!popup.isClosed()) throw error;
  });
  await closed;
}
