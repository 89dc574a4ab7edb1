import { parseAnsi, stripAnsi } from "./ansi";

describe("parseAnsi", () => {
  it("turns colour codes into segments with class names", () => {
    const segments = parseAnsi("\u001b[31mERROR\u001b[0m done");
    expect(segments.map((s) => s.text)).toEqual(["ERROR", " done"]);
    expect(segments[0]?.classNames).toContain("ansi-red-fg");
    expect(segments[1]?.classNames).toEqual([]);
  });

  it("keeps bold and bright colours and maps 256/true colours to rgb", () => {
    const [bold] = parseAnsi("\u001b[1;92mok\u001b[0m");
    expect(bold?.classNames).toEqual(expect.arrayContaining(["ansi-bright-green-fg", "ansi-bold"]));
    expect(parseAnsi("\u001b[38;5;196mhot")[0]?.color).toMatch(/^rgb\(/);
    expect(parseAnsi("\u001b[38;2;10;20;30mtc")[0]?.color).toBe("rgb(10, 20, 30)");
  });

  it("leaves markup as literal text", () => {
    const segments = parseAnsi("<img src=x onerror=alert(1)> \u001b[32m<b>x</b>");
    expect(segments.map((s) => s.text).join("")).toBe("<img src=x onerror=alert(1)> <b>x</b>");
  });

  it("drops escape sequences it cannot style (cursor moves, titles)", () => {
    expect(stripAnsi("a\u001b[2Kb\u001b]0;title\u0007c")).toBe("abc");
    expect(
      parseAnsi("a\u001b[2Kb")
        .map((s) => s.text)
        .join(""),
    ).toBe("ab");
  });

  it("returns no segments for an empty line and one for plain text", () => {
    expect(parseAnsi("")).toEqual([]);
    expect(parseAnsi("plain")).toEqual([{ text: "plain", classNames: [] }]);
  });
});
