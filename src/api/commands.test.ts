import { pollDelay } from "./commands";

describe("pollDelay", () => {
  it("polls every second at first, then less often as a command goes on", () => {
    expect(pollDelay(0)).toBe(1_000);
    expect(pollDelay(9_999)).toBe(1_000);
    expect(pollDelay(30_000)).toBe(2_000);
    expect(pollDelay(5 * 60_000)).toBe(5_000);
  });
});
