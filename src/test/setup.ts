import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { format } from "node:util";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { mockControl, server } from "./server";

// findBy*/waitFor wait on visible state; the limit is sized for a slow, busy 2-core machine (lazy form
// code can take seconds to load there), not for a fast laptop. A passing wait returns as soon as it can.
configure({ asyncUtilTimeout: 15_000 });

// jsdom lacks these browser APIs that Mantine and virtualised lists rely on.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
if (!("ResizeObserver" in globalThis)) {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => {};

// A test fails when anything is logged with console.error or console.warn (React's warnings, a
// failed prop type, an unhandled request...), as an e2e test fails on a console error. A test that
// provokes one on purpose replaces the method with its own spy (vi.spyOn(console, 'error')) for it.
const originalConsole = { error: console.error, warn: console.warn };
let consoleOutput: string[] = [];

beforeEach(() => {
  consoleOutput = [];
  for (const level of ["error", "warn"] as const) {
    console[level] = (...args: unknown[]) => {
      consoleOutput.push(`console.${level}: ${format(...args)}`);
      originalConsole[level](...args);
    };
  }
});

beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
// Each test starts from the seeded workspace: what one test creates never leaks into the next.
afterEach(async () => {
  cleanup();
  server.resetHandlers();
  localStorage.clear();
  await mockControl.reset();
  console.error = originalConsole.error;
  console.warn = originalConsole.warn;
  if (consoleOutput.length > 0) {
    throw new Error(`The test logged to the console (tests fail on console.error and console.warn):\n${consoleOutput.join("\n")}`);
  }
});
afterAll(() => server.close());
