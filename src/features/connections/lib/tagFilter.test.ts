import { describe, expect, it } from "vitest";
import { tagIdsFromParams, withTagIds } from "./tagFilter";

const a = "7f1c0000-0000-4000-8000-000000000001";
const b = "7f1c0000-0000-4000-8000-000000000002";

describe("tag filter in the URL", () => {
  it("reads tag ids, each once, and ignores what is not an id", () => {
    expect(tagIdsFromParams(new URLSearchParams(`tag=${a}&tag=${b}&tag=${a}&tag=finance&tag=`))).toEqual([a, b]);
    expect(tagIdsFromParams(new URLSearchParams("q=x"))).toEqual([]);
  });

  it("writes the ids and keeps the other parameters", () => {
    const next = withTagIds(new URLSearchParams(`q=shop&tag=${a}`), [b]);
    expect(next.toString()).toBe(`q=shop&tag=${b}`);
    expect(withTagIds(next, []).toString()).toBe("q=shop");
  });
});
