import { describe, expect, it } from "vitest";
import { cssColor, textColorOn } from "./TagBadge";

describe("tag colours", () => {
  it("puts black text on light colours and white on dark ones", () => {
    expect(textColorOn("FFFF00")).toBe("#000000");
    expect(textColorOn("75DCFF")).toBe("#000000");
    expect(textColorOn("000080")).toBe("#ffffff");
    expect(textColorOn("8B0000")).toBe("#ffffff");
  });

  it("keeps at least 4.5:1 contrast for any grey", () => {
    for (let v = 0; v < 256; v += 5) {
      const hex = v.toString(16).padStart(2, "0").repeat(3);
      const c = v / 255;
      const l = c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      const ratio = textColorOn(hex) === "#000000" ? (l + 0.05) / 0.05 : 1.05 / (l + 0.05);
      expect(ratio, hex).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("shows a colour that is not six hex digits as grey instead of breaking the style", () => {
    expect(cssColor("75dcff")).toBe("#75dcff");
    expect(cssColor("#75dcff")).toBe("#868e96");
    expect(cssColor("red")).toBe("#868e96");
  });
});
