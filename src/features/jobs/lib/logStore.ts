// Compact storage for very large logs. A million lines kept as a million JS strings costs several
// hundred MB and makes every scan slow; here the lines live in one string with a Uint32Array of
// start offsets, and a line is only sliced out when something (a visible row, a search hit) needs it.

const INITIAL_CAPACITY = 1024;

export class LogStore {
  private text = "";
  /** offsets[i] is where line i starts in `text`; offsets[count] is the end of the last line + 1. */
  private offsets = new Uint32Array(INITIAL_CAPACITY + 1);
  private count = 0;
  private consumed = 0;

  static fromLines(lines: readonly string[]): LogStore {
    const store = new LogStore();
    store.append(lines);
    return store;
  }

  get lineCount(): number {
    return this.count;
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
    if (entries.length - from <= 0) return;
    let batch: readonly string[] = from === 0 ? entries : entries.slice(from);
    if (batch.some((entry) => entry.includes("\n") || entry.includes("\r"))) {
      batch = batch.flatMap((entry) => entry.split(/\r\n|\r|\n/));
    }
    const added = batch.length;
    this.ensureCapacity(this.count + added);
    let position = this.text.length;
    for (let i = 0; i < added; i += 1) {
      this.offsets[this.count + i] = position;
      position += (batch[i] as string).length + 1;
    }
    this.offsets[this.count + added] = position;
    // One join for the whole batch keeps this linear; a million concatenations would not be.
    this.text = this.text + batch.join("\n") + "\n";
    this.count += added;
    this.consumed += entries.length - from;
  }

  /**
   * Append the entries of a full snapshot that are beyond what is stored: a poll returns the whole
   * log so far, and only its tail is new. Appending by count means a retried or repeated poll never
   * duplicates lines. A snapshot shorter than what is stored (log replaced) adds nothing.
   */
  appendFrom(snapshot: readonly string[]): number {
    const before = this.count;
    if (snapshot.length > this.consumed) this.append(snapshot, this.consumed);
    return this.count - before;
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

  private ensureCapacity(lines: number): void {
    if (lines + 1 <= this.offsets.length) return;
    let capacity = this.offsets.length;
    while (capacity < lines + 1) capacity *= 2;
    const next = new Uint32Array(capacity);
    next.set(this.offsets.subarray(0, this.count + 1));
    this.offsets = next;
  }
}
