// Runs axe on every page state a test reaches: after each navigation has settled (in the
// background, one check at a time) and once more at the end of the test. Each state (URL, colour
// scheme, narrow or wide) is checked once. Serious and critical violations fail the test.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { type ApiActivity, waitForSettled } from "./settle";

type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;

const FAILING_IMPACTS = new Set(["serious", "critical"]);
/** A background check waits this long for its state to settle, then gives way (the final check covers the end). */
const BACKGROUND_SETTLE_MS = 3_000;
/** A final check waits longer (a busy machine), then checks the state as it is. */
const FINAL_SETTLE_MS = 15_000;
/** A final check whose page kept changing while axe looked is run again, this many times in all. */
const FINAL_ATTEMPTS = 3;
/** Mantine's `sm` breakpoint (48em): below it the navigation collapses behind the burger. */
const NARROW_BELOW_PX = 768;

/**
 * What makes a page state worth its own check (URL, colour scheme, width class, an open dialog), and
 * when the DOM last changed (the clock `installMutationClock` keeps), read in one go.
 */
function stateInPage(narrowBelow: number): { key: string; lastMutation: number } {
  const scheme = matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  const width = innerWidth < narrowBelow ? "narrow" : "wide";
  const dialog = Array.from(document.querySelectorAll('[role="dialog"], [role="alertdialog"]')).some((element) =>
    element.checkVisibility(),
  );
  const key = `${location.pathname}${location.search} [${scheme}, ${width}${dialog ? ", dialog open" : ""}]`;
  return { key, lastMutation: (window as unknown as { __e2eLastMutation?: number }).__e2eLastMutation ?? 0 };
}

function describeViolations(results: AxeResults, where: string): string[] {
  return results.violations
    .filter((violation) => FAILING_IMPACTS.has(violation.impact ?? ""))
    .map((violation) => {
      const nodes = violation.nodes
        .slice(0, 3)
        .map((node) => `    ${node.target.join(" ")}: ${node.failureSummary?.split("\n").slice(1, 2).join("").trim() ?? ""}`);
      const more = violation.nodes.length > 3 ? `\n    ... and ${violation.nodes.length - 3} more` : "";
      return `axe ${violation.impact} "${violation.id}" on ${where}: ${violation.help} (${violation.helpUrl})\n${nodes.join("\n")}${more}`;
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
    this.page.on("framenavigated", (frame) => {
      if (frame === this.page.mainFrame()) this.scheduleBackgroundCheck();
    });
  }

  /** Check the current state now (waits for it to settle); `label` separates states at one URL (e.g. a dialog open). */
  async check(label = ""): Promise<void> {
    await this.queue;
    await this.run(label, true);
  }

  /** End of test: wait for background checks, then check the final state. */
  async finish(): Promise<void> {
    await this.queue;
    if (!this.page.isClosed()) await this.run("", true);
  }

  private scheduleBackgroundCheck(): void {
    if (this.queued) return;
    this.queued = true;
    this.queue = this.queue.then(async () => {
      this.queued = false;
      await this.run("", false);
    });
  }

  /**
   * Axe looks at one moment of the page, so a check counts only when the page held still while it
   * ran: the state key (URL, scheme, width, dialog) and the DOM-mutation clock are read before and
   * after. Otherwise (a dialog fading in or out, a navigation) the results would describe a
   * half-drawn page, with misleading colours.
   * - A background check whose page changed is dropped: the next navigation schedules another, and
   *   the final check covers where the test ends up.
   * - A state that did not settle (a loader still spinning while queries retry) is still checked and
   *   reported as "(not settled)", but not marked done, so the state it settles into is checked too.
   *   A background check of it leaves out colour contrast: an element fading in or out has colours
   *   no user reads, and animations do not show on the mutation clock.
   * - A final check must not fail silently: it waits longer, and is run again when the page changed
   *   under it.
   */
  private async run(label: string, final: boolean): Promise<void> {
    for (let attempt = 1; attempt <= (final ? FINAL_ATTEMPTS : 1); attempt += 1) {
      if (this.page.isClosed()) return;
      const settled = await waitForSettled(this.page, this.activity, final ? FINAL_SETTLE_MS : BACKGROUND_SETTLE_MS);
      const before = await this.snapshot(label);
      if (before === undefined || this.done.has(before.key)) return;
      let results: AxeResults;
      try {
        // Legacy mode runs axe in the page itself; the default mode opens an extra page per run to
        // merge frame results (slow, and the console has no iframes). Only violations come back:
        // serialising every pass of a large page costs seconds.
        const axe = new AxeBuilder({ page: this.page }).setLegacyMode(true).options({ resultTypes: ["violations"] });
        results = await (settled || final ? axe : axe.disableRules(["color-contrast"])).analyze();
      } catch (error) {
        if (final && !this.page.isClosed()) this.violations.push(`axe could not check ${before.key}: ${String(error).split("\n")[0]}`);
        return;
      }
      const after = await this.snapshot(label);
      if (after?.key !== before.key) {
        if (final) this.violations.push(`axe check of ${before.key} was interrupted by a navigation to ${after?.key ?? "(unknown)"}`);
        return;
      }
      const changedWhileChecking = after.lastMutation !== before.lastMutation;
      if (changedWhileChecking) {
        if (!final) return;
        if (attempt < FINAL_ATTEMPTS) continue;
      }
      if (settled) this.done.add(before.key);
      this.checked.push(settled && !changedWhileChecking ? before.key : `${before.key} (not settled)`);
      this.violations.push(...describeViolations(results, before.key));
      return;
    }
  }

  private async snapshot(label: string): Promise<{ key: string; lastMutation: number } | undefined> {
    try {
      const state = await this.page.evaluate(stateInPage, NARROW_BELOW_PX);
      return label ? { ...state, key: `${state.key} (${label})` } : state;
    } catch {
      return undefined; // navigating or closed
    }
  }
}
