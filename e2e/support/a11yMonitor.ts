// Runs axe on every page state a test reaches: after each navigation has settled (in the
// background, one check at a time) and once more at the end of the test. Each state (URL, colour
// scheme, narrow or wide) is checked once. Serious and critical violations fail the test.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import { type ApiActivity, waitForSettled } from './settle';

const FAILING_IMPACTS = new Set(['serious', 'critical']);
const SETTLE_TIMEOUT_MS = 3_000;
/** Mantine's `sm` breakpoint (48em): below it the navigation collapses behind the burger. */
const NARROW_BELOW_PX = 768;

/** What makes a page state worth its own check: URL, colour scheme, width class, an open dialog. */
function stateKeyInPage(narrowBelow: number): string {
  const scheme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  const width = innerWidth < narrowBelow ? 'narrow' : 'wide';
  const dialog = Array.from(document.querySelectorAll('[role="dialog"], [role="alertdialog"]')).some((element) => element.checkVisibility());
  return `${location.pathname}${location.search} [${scheme}, ${width}${dialog ? ', dialog open' : ''}]`;
}

function describeViolations(results: AxeResults, where: string): string[] {
  return results.violations
    .filter((violation) => FAILING_IMPACTS.has(violation.impact ?? ''))
    .map((violation) => {
      const nodes = violation.nodes.slice(0, 3).map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1, 2).join('').trim() ?? ''}`);
      const more = violation.nodes.length > 3 ? `\n    ... and ${violation.nodes.length - 3} more` : '';
      return `axe ${violation.impact} "${violation.id}" on ${where}: ${violation.help} (${violation.helpUrl})\n${nodes.join('\n')}${more}`;
    });
}

export class A11yMonitor {
  readonly violations: string[] = [];
  /** States checked, for the report. */
  readonly checked: string[] = [];
  private readonly done = new Set<string>();
  private queue: Promise<void> = Promise.resolve();
  private queued = false;

  constructor(
    private readonly page: Page,
    private readonly activity: ApiActivity,
  ) {}

  attach(): void {
    this.page.on('framenavigated', (frame) => {
      if (frame === this.page.mainFrame()) this.scheduleBackgroundCheck();
    });
  }

  /** Check the current state now (waits for it to settle); `label` separates states at one URL (e.g. a dialog open). */
  async check(label = ''): Promise<void> {
    await this.queue;
    await this.run(label, true);
  }

  /** End of test: wait for background checks, then check the final state. */
  async finish(): Promise<void> {
    await this.queue;
    if (!this.page.isClosed()) await this.run('', true);
  }

  private scheduleBackgroundCheck(): void {
    if (this.queued) return;
    this.queued = true;
    this.queue = this.queue.then(async () => {
      this.queued = false;
      await this.run('', false);
    });
  }

  private async stateKey(label: string): Promise<string | undefined> {
    try {
      const key = await this.page.evaluate(stateKeyInPage, NARROW_BELOW_PX);
      return label ? `${key} (${label})` : key;
    } catch {
      return undefined; // navigating or closed
    }
  }

  /**
   * A background check that races a navigation is simply dropped: the next navigation schedules
   * another, and the final check covers where the test ends up. A final check must not fail silently.
   * A state checked before it settled (a loader still spinning, e.g. while queries retry) is
   * reported but not marked done, so the state it settles into is checked too.
   */
  private async run(label: string, final: boolean): Promise<void> {
    if (this.page.isClosed()) return;
    const settled = await waitForSettled(this.page, this.activity, SETTLE_TIMEOUT_MS);
    const before = await this.stateKey(label);
    if (before === undefined || this.done.has(before)) return;
    let results: AxeResults;
    try {
      // Legacy mode runs axe in the page itself; the default mode opens an extra page per run to
      // merge frame results (slow, and the console has no iframes). Only violations come back:
      // serialising every pass of a large page costs seconds.
      results = await new AxeBuilder({ page: this.page }).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
    } catch (error) {
      if (final && !this.page.isClosed()) this.violations.push(`axe could not check ${before}: ${String(error).split('\n')[0]}`);
      return;
    }
    const after = await this.stateKey(label);
    if (after !== before) {
      if (final) this.violations.push(`axe check of ${before} was interrupted by a navigation to ${after ?? '(unknown)'}`);
      return;
    }
    if (settled) this.done.add(before);
    this.checked.push(settled ? before : `${before} (not settled)`);
    this.violations.push(...describeViolations(results, before));
  }
}
