import { findInLine, LogSearch, buildMatcher } from "./logSearch";
import { LogStore } from "./logStore";

function runToEnd(search: LogSearch) {
  while (!search.done) search.step();
  return Array.from({ length: search.storedCount }, (_, i) => search.matchLine(i));
}

describe("LogSearch", () => {
  const store = LogStore.fromLines(["Alpha beta", "nothing", "BETA and beta", "\u001b[31mbe\u001b[0mta split by colour", "last"]);

  it("finds every match, case-insensitively by default, with the line of each", () => {
    const search = new LogSearch(store, "beta", {}, 2);
    expect(runToEnd(search)).toEqual([0, 2, 2, 3]);
    expect(search.count).toBe(4);
  });

  it("respects case sensitivity", () => {
    const search = new LogSearch(store, "BETA", { caseSensitive: true });
    expect(runToEnd(search)).toEqual([2]);
  });

  it("treats the query as text, not a pattern", () => {
    const special = LogStore.fromLines(["a.b", "axb", "(x)"]);
    expect(runToEnd(new LogSearch(special, "a.b"))).toEqual([0]);
    expect(runToEnd(new LogSearch(special, "(x)"))).toEqual([2]);
  });

  it("scans in chunks and picks up lines appended later", () => {
    const growing = LogStore.fromLines(["x"]);
    const search = new LogSearch(growing, "x", {}, 1);
    search.step();
    expect(search.done).toBe(true);
    growing.append(["nope", "x again"]);
    expect(search.done).toBe(false);
    expect(runToEnd(search)).toEqual([0, 2]);
  });

  it("finds the first match at or after a line", () => {
    const search = new LogSearch(store, "beta");
    runToEnd(search);
    expect(search.firstMatchAtOrAfter(1)).toBe(1);
    expect(search.matchLine(search.firstMatchAtOrAfter(3))).toBe(3);
    expect(search.firstMatchAtOrAfter(4)).toBe(-1);
  });

  it("does nothing for an empty query", () => {
    const search = new LogSearch(store, "");
    expect(search.done).toBe(true);
    expect(search.count).toBe(0);
  });
});

describe("findInLine", () => {
  it("gives the ranges of each match in a line", () => {
    expect(findInLine("abcabc", buildMatcher("BC")!)).toEqual([
      [1, 3],
      [4, 6],
    ]);
  });
});
