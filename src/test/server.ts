// The same MSW handlers as the browser mock, for Vitest (msw/node). Tests drive the mock through
// `mockControl` (faults, clock, reset to the seed; see mocks/README.md).
import { setupServer } from "msw/node";
import { mockControl, signalMockReady } from "@mocks/control";
import { handlers } from "@mocks/handlers";

export const server = setupServer(...handlers);

// Jobs in unit tests move only when a test moves the clock (mockControl.advanceClock), never
// because the machine was slow: a job just started stays pending until then.
mockControl.freezeClock();
signalMockReady();

export { mockControl };
