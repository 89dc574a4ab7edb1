import { describe, expect, it } from "vitest";
import { toServerColor, validateTagDraft } from "./tagInput";

describe("tag drafts", () => {
  it("stores colours as six hex digits without '#'", () => {
    expect(toServerColor("#75dcff")).toBe("75DCFF");
    expect(toServerColor("75DCFF")).toBe("75DCFF");
    expect(toServerColor("#fff")).toBeUndefined();
    expect(toServerColor("rgb(1, 2, 3)")).toBeUndefined();
  });

  it("asks for a name of 1 to 30 characters not used by another tag", () => {
    expect(validateTagDraft({ name: "  ", color: "#000000" }).name).toBe("Give the tag a name.");
    expect(validateTagDraft({ name: "x".repeat(31), color: "#000000" }, []).name).toMatch(/at most 30/);
    expect(validateTagDraft({ name: "x".repeat(30), color: "#000000" }, [])).toEqual({});
    expect(validateTagDraft({ name: "ops", color: "#000000" }, ["ops"]).name).toMatch(/Another tag/);
    expect(validateTagDraft({ name: "Ops", color: "#000000" }, ["ops"])).toEqual({});
    expect(validateTagDraft({ name: "ops", color: "#00" }, []).color).toMatch(/six hex digits/);
  });
});
