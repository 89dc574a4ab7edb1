// Connector drafts expire: a configuration left half-filled does not stay in the browser for good.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { draftKey, loadDraft, saveDraft } from "./drafts";

const DAY = 24 * 60 * 60 * 1000;
const spec = { type: "object", properties: { host: { type: "string" } } };

beforeEach(() => {
  localStorage.clear();
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-03-02T09:00:00Z"));
});
afterEach(() => {
  vi.useRealTimers();
  localStorage.clear();
});

describe("connector drafts", () => {
  it("come back the next day", () => {
    saveDraft("source", "def-a", spec, { name: "Orders", configuration: { host: "db.example.com" } });
    vi.setSystemTime(new Date("2026-03-03T09:00:00Z"));
    expect(loadDraft("source", "def-a")?.configuration).toEqual({ host: "db.example.com" });
  });

  it("are gone after a week, and so are other connectors' expired drafts", () => {
    saveDraft("source", "def-a", spec, { name: "Orders", configuration: { host: "db.example.com" } });
    saveDraft("destination", "def-b", spec, { name: "Warehouse", configuration: { host: "wh.example.com" } });
    vi.setSystemTime(new Date(Date.now() + 7 * DAY));
    expect(loadDraft("source", "def-a")).toBeUndefined();
    // Reading one draft cleared the other expired one too, though its form was never opened again.
    expect(localStorage.getItem(draftKey("source", "def-a"))).toBeNull();
    expect(localStorage.getItem(draftKey("destination", "def-b"))).toBeNull();
  });

  it("dated in the future (a clock set back) are not trusted", () => {
    localStorage.setItem(
      draftKey("source", "def-a"),
      JSON.stringify({ version: 1, savedAt: Date.now() + 30 * DAY, name: "x", configuration: { host: "h" } }),
    );
    expect(loadDraft("source", "def-a")).toBeUndefined();
  });
});
