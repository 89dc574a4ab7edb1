// What every test file that runs against the mock backend shares, in jsdom (src/test/setup.ts) or in
// Node (src/test/setupMock.ts): the msw/node server with the mock's handlers, a reset to the seed
// after each test, and a test that logs to console.error or console.warn fails.
import { afterAll, afterEach, beforeAll } from "vitest";
import { failOnConsoleOutput } from "./consoleGuard";
import { mockControl, server } from "./server";

/** Registers the hooks; `cleanUp` runs first after each test (the DOM setup unmounts and clears storage there). */
export function installMockServer(cleanUp: () => void = () => {}): void {
  failOnConsoleOutput();
  beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
  // Each test starts from the seeded workspace: what one test creates never leaks into the next.
  afterEach(async () => {
    cleanUp();
    server.resetHandlers();
    await mockControl.reset();
  });
  afterAll(() => server.close());
}
