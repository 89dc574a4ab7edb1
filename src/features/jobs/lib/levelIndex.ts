// Per-line log levels for a LogStore, one byte per line, computed lazily: a visible row asks for its
// own level; the level filter scans in order (in chunks) so that lines without a level of their own
// (stack-trace lines, continuation lines) take the level of the line they continue.
import { detectLevel, levelCode, NO_LEVEL, type LogLevelName, LOG_LEVELS } from "./logLevel";
import type { LogStore } from "./logStore";

export class LevelIndex {
  private own = new Uint8Array(0);
  private effective = new Uint8Array(0);
  private effectiveUpTo = 0;
  private lastLevel = NO_LEVEL;

  constructor(private readonly store: LogStore) {}

  /** The level written on the line itself, or null. */
  ownLevel(line: number): LogLevelName | null {
    this.grow();
    if (line < 0 || line >= this.store.lineCount) return null;
    let code = this.own[line] as number;
    if (code === 0) {
      code = levelCode(detectLevel(this.store.linePrefix(line, 400)));
      this.own[line] = code;
    }
    return code === NO_LEVEL ? null : (LOG_LEVELS[code - 1] as LogLevelName);
  }

  /** Lines whose effective level has been computed. */
  get computedUpTo(): number {
    return this.effectiveUpTo;
  }

  /** Compute effective levels for lines [computedUpTo, upTo). */
  computeUpTo(upTo: number): void {
    this.grow();
    const end = Math.min(upTo, this.store.lineCount);
    for (let line = this.effectiveUpTo; line < end; line += 1) {
      const own = this.ownLevel(line);
      if (own) this.lastLevel = levelCode(own);
      this.effective[line] = this.lastLevel;
    }
    this.effectiveUpTo = Math.max(this.effectiveUpTo, end);
  }

  /** Effective level code (1..5, or NO_LEVEL) of a line already computed. */
  effectiveCode(line: number): number {
    return this.effective[line] ?? NO_LEVEL;
  }

  private grow(): void {
    const count = this.store.lineCount;
    if (this.own.length >= count) return;
    const capacity = Math.max(count, this.own.length * 2, 1024);
    const own = new Uint8Array(capacity);
    own.set(this.own);
    this.own = own;
    const effective = new Uint8Array(capacity);
    effective.set(this.effective);
    this.effective = effective;
  }
}

/**
 * The lines that pass a level filter, built incrementally. Lines with no level at all (a log that
 * never prints one) pass every filter, so filtering never hides a whole unlabelled log.
 */
export class LevelFilter {
  private lines = new Uint32Array(1024);
  private size = 0;
  private cursor = 0;
  private readonly allowed: Set<number>;

  constructor(
    private readonly store: LogStore,
    private readonly index: LevelIndex,
    levels: readonly LogLevelName[],
    private readonly chunkLines = 20_000,
  ) {
    this.allowed = new Set(levels.map((level) => levelCode(level)));
    this.allowed.add(NO_LEVEL);
  }

  get done(): boolean {
    return this.cursor >= this.store.lineCount;
  }

  get count(): number {
    return this.size;
  }

  get scanned(): number {
    return this.cursor;
  }

  /** The line shown at a filtered row. */
  lineAt(row: number): number {
    return this.lines[row] ?? 0;
  }

  /** Row showing a line, or the row of the nearest visible line after it (or the last row). */
  rowOfLine(line: number): number {
    let low = 0;
    let high = this.size;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.lines[mid] as number) < line) low = mid + 1;
      else high = mid;
    }
    return Math.min(low, Math.max(0, this.size - 1));
  }

  includes(line: number): boolean {
    const row = this.rowOfLine(line);
    return this.size > 0 && this.lines[row] === line;
  }

  step(): void {
    const from = this.cursor;
    const to = Math.min(this.store.lineCount, from + this.chunkLines);
    this.index.computeUpTo(to);
    for (let line = from; line < to; line += 1) {
      if (this.allowed.has(this.index.effectiveCode(line))) this.push(line);
    }
    this.cursor = to;
  }

  runFor(budgetMs: number, now: () => number = () => performance.now()): void {
    const start = now();
    do {
      this.step();
    } while (!this.done && now() - start < budgetMs);
  }

  private push(line: number): void {
    if (this.size === this.lines.length) {
      const next = new Uint32Array(this.lines.length * 2);
      next.set(this.lines);
      this.lines = next;
    }
    this.lines[this.size] = line;
    this.size += 1;
  }
}
