import { useEffect, useState } from "react";

/** Something scanned in steps (a LogSearch, a LevelFilter). */
export interface Scan {
  readonly done: boolean;
  runFor(budgetMs: number): void;
}

/** Per tick of work: short enough that typing and scrolling stay smooth. */
const BUDGET_MS = 12;

/**
 * Runs a scan a slice at a time between frames until it is done, re-rendering after each slice.
 * When `size` grows (new log lines), a finished scan resumes over the new lines.
 * Returns a counter that changes with every slice, for memoised consumers.
 */
export function useIncrementalScan(scan: Scan | null, size: number): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!scan || scan.done) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const channel = typeof MessageChannel !== "undefined" ? new MessageChannel() : null;
    const schedule = (fn: () => void) => {
      // A message is faster than setTimeout(0), which browsers clamp to 4 ms after a few nestings.
      if (channel) {
        channel.port1.onmessage = fn;
        channel.port2.postMessage(null);
      } else {
        timer = setTimeout(fn, 0);
      }
    };
    const work = () => {
      if (cancelled) return;
      scan.runFor(BUDGET_MS);
      setTick((t) => t + 1);
      if (!scan.done) schedule(work);
    };
    work();
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
      if (channel) {
        channel.port1.onmessage = null;
        channel.port1.close();
      }
    };
  }, [scan, size]);
  return tick;
}
