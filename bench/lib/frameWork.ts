// The work the page's main thread does in each frame while a list scrolls, read from a Chromium
// trace. A frame's work: every main-thread task from the start of the task that ran the frame's
// animation callbacks (the scroll handler, React, style, layout, paint) to the start of the next
// frame's. The slowest gap between two animation frames is reported too, but it cannot tell the
// page's work from the machine's: in headless Chromium the gaps are at least 16.7 ms, and on a busy
// 2-core machine the compositor and raster threads stretch them whatever the page does.
import type { Browser, Locator, Page } from "@playwright/test";

const FRAME_MARK = "syncdeck-bench-frame";

interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
}

export interface ScrollFrames {
  /** The most main-thread work (ms, wall clock) done in one frame. */
  slowestFrameWorkMs: number;
  /** The same, counted in the main thread's CPU time (time it was descheduled left out). */
  slowestFrameCpuMs: number;
  /** The longest gap (ms) between two animation frames. */
  slowestFrameIntervalMs: number;
  /** How many frames did more than 16.7 ms of main-thread work. */
  framesOverBudget: number;
  frames: number;
}

/** The gaps (ms) between `frames` animation frames, each marked for the trace, scrolling `list` by `step` px a frame. */
async function frameGaps(list: Locator, frames: number, step: number): Promise<number[]> {
  return list.evaluate(
    async (element, [count, by, mark]) => {
      const gaps: number[] = [];
      let last = performance.now();
      for (let i = 0; i < count; i += 1) {
        await new Promise((done) => requestAnimationFrame(done));
        performance.mark(mark);
        const now = performance.now();
        if (i > 0) gaps.push(now - last);
        last = now;
        element.scrollTop += by;
      }
      return gaps;
    },
    [frames, step, FRAME_MARK] as const,
  );
}

/** Scrolls `list` down by `step` px per animation frame for `frames` frames, traced. */
export async function traceScrollFrames(
  browser: Browser,
  page: Page,
  list: Locator,
  { frames = 60, step = 400 }: { frames?: number; step?: number } = {},
): Promise<ScrollFrames> {
  await browser.startTracing(page, { categories: ["toplevel", "blink.user_timing"] });
  const gaps = await frameGaps(list, frames, step);
  const trace = JSON.parse((await browser.stopTracing()).toString("utf8")) as { traceEvents: TraceEvent[] };
  const work = frameWork(trace.traceEvents);
  return { ...work, slowestFrameIntervalMs: Math.max(...gaps) };
}

/** The slowest gap (ms) between two of `frames` animation frames while the page does nothing asked of it (`list` stays put). */
export async function idleFrameInterval(list: Locator, frames = 60): Promise<number> {
  return Math.max(...(await frameGaps(list, frames, 0)));
}

function isTopLevelTask(event: TraceEvent): boolean {
  return event.ph === "X" && event.cat === "toplevel" && event.dur !== undefined;
}

/** Per-frame work on the thread that recorded the frame marks. */
function frameWork(events: readonly TraceEvent[]): Omit<ScrollFrames, "slowestFrameIntervalMs"> {
  const marks = events.filter((event) => event.name === FRAME_MARK).sort((a, b) => a.ts - b.ts);
  const first = marks[0];
  if (!first) throw new Error("the trace has no frame marks: is the blink.user_timing category traced?");
  // Outermost tasks only: a task can run nested tasks (a microtask checkpoint, a forced frame).
  const tasks: TraceEvent[] = [];
  let end = -Infinity;
  for (const event of events.filter((e) => e.pid === first.pid && e.tid === first.tid && isTopLevelTask(e)).sort((a, b) => a.ts - b.ts)) {
    if (event.ts < end) continue;
    tasks.push(event);
    end = event.ts + event.dur!;
  }
  // A frame starts with the task that ran its animation callbacks (or at its mark, when the trace
  // holds no task around it).
  const frameStarts = marks.map((mark) => tasks.find((task) => task.ts <= mark.ts && mark.ts <= task.ts + task.dur!)?.ts ?? mark.ts);
  let slowestFrameWorkMs = 0;
  let slowestFrameCpuMs = 0;
  let framesOverBudget = 0;
  const starts = [...new Set(frameStarts)];
  for (let i = 0; i + 1 < starts.length; i += 1) {
    const inFrame = tasks.filter((task) => task.ts >= starts[i]! && task.ts < starts[i + 1]!);
    const wallMs = inFrame.reduce((sum, task) => sum + task.dur!, 0) / 1000;
    const cpuMs = inFrame.reduce((sum, task) => sum + (task.tdur ?? task.dur!), 0) / 1000;
    slowestFrameWorkMs = Math.max(slowestFrameWorkMs, wallMs);
    slowestFrameCpuMs = Math.max(slowestFrameCpuMs, cpuMs);
    if (wallMs > 1000 / 60) framesOverBudget += 1;
  }
  return { slowestFrameWorkMs, slowestFrameCpuMs, framesOverBudget, frames: starts.length - 1 };
}
