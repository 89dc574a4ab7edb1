// Shared Playwright fixtures: every test imports `test` and `expect` from here (not from
// @playwright/test) so that, for every page it opens:
// - axe checks each page state it reaches (after navigations settle, and at the end): serious or
//   critical violations fail the test;
// - every Config API request body the console sends and every answer it gets is validated
//   against the vendored OpenAPI description: a mismatch fails the test naming endpoint and field;
// - console errors and uncaught page errors fail the test (known benign ones are allow-listed in
//   e2e/support/consoleMonitor.ts; a test may allow one it provokes with `checks.allowConsoleError`);
// - the mock backend answers without artificial latency (option `mockLatencyMs`), and the `mock`
//   fixture injects faults (e2e/support/mockControl.ts).
import { test as base, expect, type Page, type TestInfo } from "@playwright/test";
import { A11yMonitor } from "./support/a11yMonitor";
import { type AllowedConsoleError, ConsoleMonitor } from "./support/consoleMonitor";
import { ContractMonitor } from "./support/contractMonitor";
import { MockControl } from "./support/mockControl";
import { ApiActivity, installMutationClock } from "./support/settle";

export { withMock } from "./support/mockControl";

interface Checks {
  /** Check accessibility of the current state now, e.g. with a dialog open (`label` names the state). */
  a11y(label?: string): Promise<void>;
  /** Allow a console error this test provokes on purpose. */
  allowConsoleError(entry: AllowedConsoleError): void;
}

interface PageSession {
  contract: ContractMonitor;
  console: ConsoleMonitor;
  a11y: A11yMonitor;
  mock: MockControl;
}

interface Fixtures {
  /** Mock latency for this test: 0 (default) keeps tests fast; set e.g. [200, 600] to see loaders. */
  mockLatencyMs: number | [number, number];
  /** How long check_connection / discover_schema take in the mock: 0 by default. */
  mockOperationMs: number | [number, number];
  /** How long a connector's first check or discover waits for its image in the mock: 0 by default (the demo's is 90 s). */
  mockFirstCheckMs: number | [number, number];
  mock: MockControl;
  checks: Checks;
}

const sessions = new WeakMap<Page, PageSession>();

function startSession(page: Page): PageSession {
  const activity = new ApiActivity();
  activity.attach(page);
  const contract = new ContractMonitor();
  const session: PageSession = {
    contract,
    console: new ConsoleMonitor(),
    a11y: new A11yMonitor(page, activity),
    mock: new MockControl(page, contract),
  };
  session.contract.attach(page);
  session.console.attach(page);
  session.a11y.attach();
  sessions.set(page, session);
  return session;
}

function sessionOf(page: Page): PageSession {
  const session = sessions.get(page);
  if (!session) throw new Error("e2e fixtures: this page has no check session (use the `page` fixture from e2e/fixtures.ts)");
  return session;
}

async function finishSessions(pages: PageSession[], testInfo: TestInfo): Promise<void> {
  // After a failure the page may be in any state: report what was seen, skip the final axe run.
  const passedSoFar = testInfo.status === testInfo.expectedStatus;
  const contract: string[] = [];
  const consoleErrors: string[] = [];
  const a11y: string[] = [];
  const checkedStates: string[] = [];
  let requests = 0;
  let responses = 0;
  for (const session of pages) {
    if (passedSoFar) await session.a11y.finish();
    contract.push(...(await session.contract.finish()));
    consoleErrors.push(...session.console.violations);
    a11y.push(...session.a11y.violations);
    checkedStates.push(...session.a11y.checked);
    requests += session.contract.checkedRequests;
    responses += session.contract.checkedResponses;
  }
  await testInfo.attach("checks", {
    contentType: "text/plain",
    body: `axe checked: ${checkedStates.join(", ") || "nothing"}\nAPI contract: ${requests} request and ${responses} response bodies checked\n`,
  });
  const sections = [
    ["API contract violations", [...new Set(contract)]],
    ["Accessibility violations (serious/critical)", [...new Set(a11y)]],
    ["Console errors", [...new Set(consoleErrors)]],
  ] as const;
  const report = sections
    .filter(([, lines]) => lines.length > 0)
    .map(([title, lines]) => `${title} (${lines.length}):\n${lines.map((line) => `  - ${line}`).join("\n")}`)
    .join("\n\n");
  if (report) throw new Error(`Checks failed for "${testInfo.title}":\n\n${report}`);
}

// Fixture functions hand their value to the test through `provide` (Playwright calls it `use`; the
// other name keeps the React hooks lint rule from mistaking it for React's `use`).
export const test = base.extend<Fixtures>({
  mockLatencyMs: [0, { option: true }],
  mockOperationMs: [0, { option: true }],
  mockFirstCheckMs: [0, { option: true }],

  page: async ({ page, mockLatencyMs, mockOperationMs, mockFirstCheckMs }, provide, testInfo) => {
    await installMutationClock(page);
    const opened: PageSession[] = [startSession(page)];
    const onPage = (extra: Page) => {
      void installMutationClock(extra);
      opened.push(startSession(extra));
    };
    page.context().on("page", onPage);
    await sessionOf(page).mock.onStart({ latencyMs: mockLatencyMs, operationMs: mockOperationMs, firstCheckMs: mockFirstCheckMs });
    await provide(page);
    page.context().off("page", onPage);
    await finishSessions(opened, testInfo);
  },

  mock: async ({ page }, provide) => {
    await provide(sessionOf(page).mock);
  },

  checks: async ({ page }, provide) => {
    const session = sessionOf(page);
    await provide({
      a11y: (label) => session.a11y.check(label),
      allowConsoleError: (entry) => session.console.allow(entry),
    });
  },
});

export { expect };
