// Layout checks a person would make by eye.
import { expect, type Locator } from "@playwright/test";

/** `cover` (e.g. a toast) does not lie over `target` (e.g. the button that was just pressed). */
export async function expectNotCovering(cover: Locator, target: Locator): Promise<void> {
  await expect(cover).toBeVisible();
  const [a, b] = await Promise.all([cover.boundingBox(), target.boundingBox()]);
  expect(a, "the covering element has a box").not.toBeNull();
  expect(b, "the target has a box").not.toBeNull();
  const overlap = a!.x < b!.x + b!.width && b!.x < a!.x + a!.width && a!.y < b!.y + b!.height && b!.y < a!.y + a!.height;
  expect(overlap, `${JSON.stringify(a)} lies over ${JSON.stringify(b)}`).toBe(false);
}
