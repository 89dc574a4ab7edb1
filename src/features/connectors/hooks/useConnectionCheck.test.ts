import { describe, expect, it } from "vitest";
import type { CheckConnectionRead } from "../lib/types";
import { logLinesOf } from "./useConnectionCheck";

const jobInfo = { id: "j", configType: "check_connection_source", createdAt: 1, endedAt: 2, succeeded: true } as const;

describe("logLinesOf", () => {
  it("reads logLines and drops terminal colour codes", () => {
    const result = {
      status: "failed",
      jobInfo: { ...jobInfo, logs: { logLines: ["2026 \u001b[31mERROR\u001b[m host not found"] } },
    } as CheckConnectionRead;
    expect(logLinesOf(result)).toEqual(["2026 ERROR host not found"]);
  });

  it("reads structured log events", () => {
    const result = {
      jobInfo: { ...jobInfo, logs: { events: [{ timestamp: 1, message: "first", level: "INFO", logSource: "platform" }] } },
    } as unknown as CheckConnectionRead;
    expect(logLinesOf(result)).toEqual(["first"]);
  });

  it("is empty without logs", () => {
    expect(logLinesOf({ jobInfo } as CheckConnectionRead)).toEqual([]);
  });
});
