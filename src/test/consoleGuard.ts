// A test fails when anything is logged with console.error or console.warn (React's warnings, a
// failed prop type, an unhandled request...), as an e2e test fails on a console error. A test that
// provokes one on purpose replaces the method with its own spy (vi.spyOn(console, 'error')) for it.
// Registered before any other hook of a setup file, so its check runs after their clean-up (Vitest
// runs after-hooks in reverse order): what a clean-up logs counts too.
import { format } from "node:util";
import { afterEach, beforeEach } from "vitest";

export function failOnConsoleOutput(): void {
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

  afterEach(() => {
    console.error = originalConsole.error;
    console.warn = originalConsole.warn;
    if (consoleOutput.length > 0) {
      throw new Error(`The test logged to the console (tests fail on console.error and console.warn):\n${consoleOutput.join("\n")}`);
    }
  });
}
