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

  it("takes in repeated full snapshots without duplicating a line", () => {
    const store = new LogStore();
    expect(store.merge(["1", "2"])).toEqual({ added: 2, changedFrom: undefined });
    expect(store.merge(["1", "2"])).toEqual({ added: 0, changedFrom: undefined });
    expect(store.merge(["1", "2", "3", "4"])).toEqual({ added: 2, changedFrom: undefined });
    expect(store.toText()).toBe("1\n2\n3\n4\n");
  });

  it("a batch that sorts into the middle replaces the lines after it, in the server's order", () => {
    const store = new LogStore();
    store.merge(["10:00 a", "10:02 c", "10:03 d"]);
    // A file uploaded late holds 10:01: the server sorts it between a and c.
    const result = store.merge(["10:00 a", "10:01 b", "10:02 c", "10:03 d", "10:04 e"]);
    expect(result).toEqual({ added: 2, changedFrom: 1 });
    expect(store.toText()).toBe("10:00 a\n10:01 b\n10:02 c\n10:03 d\n10:04 e\n");
    expect(store.lineCount).toBe(5);
  });

  it("a log that shrinks is shown as the server now has it, and says from where it changed", () => {
    const store = LogStore.fromLines(["1", "2", "3"]);
    expect(store.merge(["1", "x"])).toEqual({ added: -1, changedFrom: 1 });
    expect(store.toText()).toBe("1\nx\n");
  });

  it("compares multi-line entries as stored, and replaces from the first line of a changed one", () => {
    const store = new LogStore();
    store.merge(["start", "trace\r\n  at a\r\n  at b", "end"]);
    expect(store.lineCount).toBe(5);
    expect(store.merge(["start", "trace\r\n  at a\r\n  at b", "end", "more"])).toEqual({ added: 1, changedFrom: undefined });
    expect(store.merge(["start", "trace\n  at a", "end"])).toEqual({ added: -2, changedFrom: 1 });
    expect(store.toText()).toBe("start\ntrace\n  at a\nend\n");
    expect(store.sourceCount).toBe(3);
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
