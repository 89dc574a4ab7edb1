import { LevelFilter, LevelIndex } from "./levelIndex";
import { detectLevel } from "./logLevel";
import { LogStore } from "./logStore";

describe("detectLevel", () => {
  it.each([
    ["2024-05-01 10:00:00 INFO i.a.w.Worker(run):12 - started", "info"],
    ["2024-05-01 10:00:00 \u001b[33mWARN\u001b[m slow", "warn"],
    ["2024-05-01 10:00:00 source > ERROR Connection refused", "error"],
    ["[DEBUG] details", "debug"],
    ["TRACE entering", "trace"],
    ["FATAL out of memory", "error"],
  ])("reads the level of %j", (line, level) => {
    expect(detectLevel(line)).toBe(level);
  });

  it("does not mistake words inside other words or messages for levels", () => {
    expect(detectLevel("INFORMATION only")).toBeNull();
    expect(detectLevel("just a line")).toBeNull();
  });
});

describe("LevelFilter", () => {
  const store = LogStore.fromLines([
    "10:00 INFO starting",
    "10:01 ERROR boom",
    "    at com.example.Foo(Foo.java:1)",
    "10:02 DEBUG noise",
    "10:03 WARN careful",
  ]);

  it("keeps lines of the chosen levels and the continuation lines that belong to them", () => {
    const filter = new LevelFilter(store, new LevelIndex(store), ["error", "warn"], 2);
    while (!filter.done) filter.step();
    const lines = Array.from({ length: filter.count }, (_, row) => filter.lineAt(row));
    expect(lines).toEqual([1, 2, 4]);
    expect(filter.includes(3)).toBe(false);
  });

  it("never hides lines of a log that has no levels at all", () => {
    const plain = LogStore.fromLines(["a", "b"]);
    const filter = new LevelFilter(plain, new LevelIndex(plain), ["error"]);
    filter.step();
    expect(filter.count).toBe(2);
  });
});
