// Compact storage for very large logs. A million lines kept as a million JS strings costs several
// hundred MB and makes every scan slow; here the lines live in one string with a Uint32Array of
// start offsets, and a line is only sliced out when something (a visible row, a search hit) needs it.

const INITIAL_CAPACITY = 1024;
const LINE_BREAK = /\r\n|\r|\n/;

function hasLineBreak(entry: string): boolean {
  return entry.includes("\n") || entry.includes("\r");
}

/** `array` if it has room for `size` items, else a copy at least twice as large keeping its first `keep`. */
function withRoom(array: Uint32Array<ArrayBuffer>, size: number, keep: number): Uint32Array<ArrayBuffer> {
  if (size <= array.length) return array;
  let capacity = array.length;
  while (capacity < size) capacity *= 2;
  const next = new Uint32Array(capacity);
  next.set(array.subarray(0, keep));
  return next;
}

export class LogStore {
  private text = "";
  /** offsets[i] is where line i starts in `text`; offsets[count] is the end of the last line + 1. */
  private offsets = new Uint32Array(INITIAL_CAPACITY + 1);
  private count = 0;
  private consumed = 0;
  /** entryStarts[i] is the first display line of source entry i (an entry may span several lines). */
  private entryStarts = new Uint32Array(INITIAL_CAPACITY + 1);
  private replacements = 0;
  private lastReplacedFrom: number | undefined;

  static fromLines(lines: readonly string[]): LogStore {
    const store = new LogStore();
    store.append(lines);
    return store;
  }

  get lineCount(): number {
    return this.count;
  }

  /** Changes whenever stored lines are replaced (not when lines are only added): indexes over the lines start again. */
  get revision(): number {
    return this.replacements;
  }

  /** The first display line the latest replacement rewrote (undefined: lines were only ever added). */
  get replacedFrom(): number | undefined {
    return this.lastReplacedFrom;
  }

  /** Total characters held (lines plus one separator each). */
  get size(): number {
    return this.text.length;
  }

  /** Source entries consumed so far (a source entry with embedded newlines becomes several lines). */
  get sourceCount(): number {
    return this.consumed;
  }

  /**
   * Add source entries [from, end) at the end. An entry with embedded line breaks (a stack trace in
   * one event) becomes several display lines, so one line of `text` is always one row on screen.
   */
  append(entries: readonly string[], from = 0): void {
    const taken = entries.length - from;
    if (taken <= 0) return;
    let batch: readonly string[] = from === 0 ? entries : entries.slice(from);
    this.entryStarts = withRoom(this.entryStarts, this.consumed + taken + 1, this.consumed + 1);
    if (batch.some(hasLineBreak)) {
      // Each entry is split once, noting the display line it starts at.
      const lines: string[] = [];
      batch.forEach((entry, i) => {
        this.entryStarts[this.consumed + i] = this.count + lines.length;
        lines.push(...entry.split(LINE_BREAK));
      });
      batch = lines;
    } else {
      for (let i = 0; i < taken; i += 1) this.entryStarts[this.consumed + i] = this.count + i;
    }
    const added = batch.length;
    this.entryStarts[this.consumed + taken] = this.count + added;
    this.offsets = withRoom(this.offsets, this.count + added + 1, this.count + 1);
    let position = this.text.length;
    for (let i = 0; i < added; i += 1) {
      this.offsets[this.count + i] = position;
      position += (batch[i] as string).length + 1;
    }
    this.offsets[this.count + added] = position;
    // One join for the whole batch keeps this linear; a million concatenations would not be.
    this.text = this.text + batch.join("\n") + "\n";
    this.count += added;
    this.consumed += taken;
  }

  /**
   * Take in a poll's full snapshot of the log. A real server returns every file of the attempt,
   * sorted by timestamp (LogClient.kt), so a batch uploaded late can sort into the middle: the store
   * keeps the longest prefix it shares with the snapshot and replaces the rest, so no line is
   * duplicated or missed whatever the order. The usual case (new lines only at the end) costs one
   * comparison per stored entry and appends the tail. `changedFrom` is the first display line that
   * was replaced (undefined when only lines were added).
   */
  merge(snapshot: readonly string[]): { added: number; changedFrom: number | undefined } {
    const before = this.count;
    const shared = Math.min(this.consumed, snapshot.length);
    let common = 0;
    while (common < shared && this.entryMatches(common, snapshot[common] as string)) common += 1;
    if (common === this.consumed) {
      this.append(snapshot, common);
      return { added: this.count - before, changedFrom: undefined };
    }
    const changedFrom = this.entryStarts[common] as number;
    this.lastReplacedFrom = changedFrom;
    this.truncateEntries(common);
    this.append(snapshot, common);
    return { added: this.count - before, changedFrom };
  }

  line(index: number): string {
    if (index < 0 || index >= this.count) return "";
    return this.text.slice(this.offsets[index], (this.offsets[index + 1] as number) - 1);
  }

  lineLength(index: number): number {
    if (index < 0 || index >= this.count) return 0;
    return (this.offsets[index + 1] as number) - 1 - (this.offsets[index] as number);
  }

  /** A prefix of a line, without slicing the whole of a very long one. */
  linePrefix(index: number, maxLength: number): string {
    if (index < 0 || index >= this.count) return "";
    const start = this.offsets[index] as number;
    const end = Math.min((this.offsets[index + 1] as number) - 1, start + maxLength);
    return this.text.slice(start, end);
  }

  /** Start offset of a line in the joined text (for chunked scans). */
  lineStart(index: number): number {
    return this.offsets[Math.max(0, Math.min(index, this.count))] as number;
  }

  /** The joined text of lines [from, to), each followed by "\n". */
  slice(from: number, to: number): string {
    return this.text.slice(this.lineStart(from), this.lineStart(to));
  }

  /** The line containing a character offset of the joined text (binary search). */
  lineAtOffset(offset: number): number {
    let low = 0;
    let high = this.count - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if ((this.offsets[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** Whole log as text (for download). */
  toText(): string {
    return this.text;
  }

  /** Whether stored entry `index` is `entry` (compared as stored: line breaks normalised to "\n"). */
  private entryMatches(index: number, entry: string): boolean {
    const start = this.offsets[this.entryStarts[index] as number] as number;
    const end = (this.offsets[this.entryStarts[index + 1] as number] as number) - 1;
    const expected = entry.includes("\r") ? entry.replace(/\r\n|\r/g, "\n") : entry;
    // startsWith at an offset compares in place: no copy of a million lines per poll.
    return end - start === expected.length && this.text.startsWith(expected, start);
  }

  /** Keep only the first `entries` source entries. */
  private truncateEntries(entries: number): void {
    const lines = this.entryStarts[entries] as number;
    this.text = this.text.slice(0, this.offsets[lines] as number);
    this.count = lines;
    this.consumed = entries;
    this.replacements += 1;
  }
}
