import { LogStore } from "./logStore";

describe("LogStore", () => {
  it("gives back each line it was given, by index", () => {
    const store = LogStore.fromLines(["first", "", "third line"]);
    expect(store.lineCount).toBe(3);
    expect([0, 1, 2].map((i) => store.line(i))).toEqual(["first", "", "third line"]);
    expect(store.lineLength(2)).toBe("third line".length);
    expect(store.line(3)).toBe("");
  });

  it("splits an entry with embedded line breaks into display lines", () => {
    const store = LogStore.fromLines(["a", "b\nc\r\nd", "e"]);
    expect(store.lineCount).toBe(5);
    expect(store.line(3)).toBe("d");
    expect(store.sourceCount).toBe(3);
  });

  it("appends only the new tail of a snapshot, so repeated polls never duplicate lines", () => {
    const store = new LogStore();
    store.appendFrom(["1", "2"]);
    store.appendFrom(["1", "2"]);
    store.appendFrom(["1", "2", "3", "4"]);
    // A poll answered with an older, shorter snapshot (after a network drop) adds nothing.
    store.appendFrom(["1"]);
    expect(store.lineCount).toBe(4);
    expect(store.toText()).toBe("1\n2\n3\n4\n");
  });

  it("grows past its initial capacity and finds the line of an offset", () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `line ${i}`);
    const store = LogStore.fromLines(lines);
    expect(store.line(4999)).toBe("line 4999");
    const offset = store.lineStart(1234) + 3;
    expect(store.lineAtOffset(offset)).toBe(1234);
  });

  it("reads a prefix of a very long line without the rest", () => {
    const long = "x".repeat(1_000_000);
    const store = LogStore.fromLines(["short", long]);
    expect(store.linePrefix(1, 10)).toBe("xxxxxxxxxx");
    expect(store.lineLength(1)).toBe(1_000_000);
  });
});
