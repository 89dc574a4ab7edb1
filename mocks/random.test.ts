// The seeded generator's jump: stream status rows take the n-th UUID of an attempt without making
// the ones before it, so the jump must land exactly where drawing one by one does.
import { describe, expect, it } from "vitest";
import { hashString, seededRandom, seededRandomAfter, uuid, UUID_DRAWS } from "./lib/random";

describe("seededRandomAfter", () => {
  it("continues the sequence of seededRandom after the draws it skips", () => {
    const seed = hashString("1234:0");
    const sequential = seededRandom(seed);
    const drawn = Array.from({ length: 500 }, () => sequential());
    for (const skip of [0, 1, 2, 31, 62, 499]) expect(seededRandomAfter(seed, skip)()).toBe(drawn[skip]);
  });

  it("gives the n-th UUID of a sequence when skipping n UUIDs' draws", () => {
    const seed = hashString("job:attempt");
    const sequential = seededRandom(seed);
    const ids = Array.from({ length: 200 }, () => uuid(sequential));
    for (const n of [0, 1, 57, 199]) expect(uuid(seededRandomAfter(seed, n * UUID_DRAWS))).toBe(ids[n]);
  });
});
