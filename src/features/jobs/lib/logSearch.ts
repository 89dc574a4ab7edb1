// Incremental search over a LogStore. The log is scanned in chunks of lines; the caller runs chunks
// within a time budget and yields to the browser between them, so typing stays responsive on a
// million lines and the first match can be shown before the scan finishes.
import { stripAnsi } from "./ansi";
import type { LogStore } from "./logStore";

export interface SearchOptions {
  caseSensitive?: boolean;
}

/** Matches are stored one entry per match (its line); beyond this only the count grows. */
const MAX_STORED_MATCHES = 1_000_000;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function buildMatcher(query: string, options: SearchOptions = {}): RegExp | null {
  if (!query) return null;
  return new RegExp(escapeRegExp(query), options.caseSensitive ? "g" : "gi");
}

/** Positions [start, end) of every match of the query in a line of plain (ANSI-free) text. */
export function findInLine(plain: string, matcher: RegExp): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const re = new RegExp(matcher.source, matcher.flags);
  let match: RegExpExecArray | null;
  while ((match = re.exec(plain)) !== null) {
    ranges.push([match.index, match.index + match[0].length]);
    if (match[0].length === 0) re.lastIndex += 1;
  }
  return ranges;
}

export class LogSearch {
  readonly matcher: RegExp | null;
  /** Line of each match, in order (first MAX_STORED_MATCHES). */
  private matchLines = new Uint32Array(1024);
  private stored = 0;
  private total = 0;
  /** Next line to scan. */
  private cursor = 0;

  constructor(
    private readonly store: LogStore,
    readonly query: string,
    options: SearchOptions = {},
    private readonly chunkLines = 20_000,
  ) {
    this.matcher = buildMatcher(query, options);
  }

  get done(): boolean {
    return !this.matcher || this.cursor >= this.store.lineCount;
  }

  /** Matches found so far. */
  get count(): number {
    return this.total;
  }

  /** Lines scanned so far. */
  get scanned(): number {
    return this.cursor;
  }

  /** Line of the n-th stored match. */
  matchLine(n: number): number | undefined {
    return n >= 0 && n < this.stored ? this.matchLines[n] : undefined;
  }

  get storedCount(): number {
    return this.stored;
  }

  /** Index of the first stored match on or after a line (for "next from here"), or -1. */
  firstMatchAtOrAfter(line: number): number {
    let low = 0;
    let high = this.stored;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.matchLines[mid] as number) < line) low = mid + 1;
      else high = mid;
    }
    return low < this.stored ? low : -1;
  }

  /** Scan one chunk of lines; returns how many matches it found. Lines appended later are scanned too. */
  step(): number {
    if (!this.matcher || this.done) return 0;
    const from = this.cursor;
    const to = Math.min(this.store.lineCount, from + this.chunkLines);
    const raw = this.store.slice(from, to);
    // Lines are separated by "\n" and contain none, so counting separators maps a hit to its line.
    const text = stripAnsi(raw);
    const re = new RegExp(this.matcher.source, this.matcher.flags);
    let line = from;
    let lineEnd = text.indexOf("\n");
    let found = 0;
    let match: RegExpExecArray | null;
    while ((match = re.exec(text)) !== null) {
      if (match[0].length === 0) {
        re.lastIndex += 1;
        continue;
      }
      while (lineEnd !== -1 && match.index > lineEnd) {
        line += 1;
        lineEnd = text.indexOf("\n", lineEnd + 1);
      }
      // A match may not span lines (the query has no newline, so it cannot).
      this.record(line);
      found += 1;
    }
    this.cursor = to;
    return found;
  }

  /** Run chunks until the budget (ms) is spent or the scan is done. */
  runFor(budgetMs: number, now: () => number = () => performance.now()): void {
    const start = now();
    do {
      this.step();
    } while (!this.done && now() - start < budgetMs);
  }

  private record(line: number): void {
    this.total += 1;
    if (this.stored >= MAX_STORED_MATCHES) return;
    if (this.stored === this.matchLines.length) {
      const next = new Uint32Array(Math.min(MAX_STORED_MATCHES, this.matchLines.length * 2));
      next.set(this.matchLines);
      this.matchLines = next;
    }
    this.matchLines[this.stored] = line;
    this.stored += 1;
  }
}
