import { describe, expect, it } from "vitest";
import type { ActorDefinitionVersionRead } from "@/api/types";
import { versionNotice } from "./versionNotice";

// The shape get_for_source answers for a source pinned by breaking changes (ActorDefinitionVersionHandler).
const pinned: ActorDefinitionVersionRead = {
  dockerRepository: "airbyte/source-stripe",
  dockerImageTag: "0.1.37",
  supportsRefreshes: false,
  supportState: "deprecated",
  isVersionOverrideApplied: true,
  supportsFileTransfer: false,
  supportsDataActivation: false,
  breakingChanges: {
    minUpgradeDeadline: "2023-09-14",
    deadlineAction: "disable",
    upcomingBreakingChanges: [
      {
        version: "4.0.0",
        message: "Cursors change.",
        upgradeDeadline: "2023-09-14",
        migrationDocumentationUrl: "https://docs.example.com/m#4",
      },
      { version: "5.0.0", message: "Fixes.", upgradeDeadline: "not a date", migrationDocumentationUrl: "javascript:alert(1)" },
    ],
  },
};

describe("versionNotice", () => {
  it("reads the pinned version, its deadline as a local calendar day, and only web links as guides", () => {
    const notice = versionNotice(pinned)!;
    expect(notice.heldOn).toBe("0.1.37");
    expect(notice.supportState).toBe("deprecated");
    expect([notice.deadline?.getFullYear(), notice.deadline?.getMonth(), notice.deadline?.getDate()]).toEqual([2023, 8, 14]);
    expect(notice.changes.map((c) => c.version)).toEqual(["4.0.0", "5.0.0"]);
    expect(notice.changes[0]?.guideUrl).toBe("https://docs.example.com/m#4");
    expect(notice.changes[1]?.guideUrl).toBeUndefined();
    expect(notice.changes[1]?.deadline).toBeUndefined();
  });

  it("is undefined for a connector that no pin holds back, or a pin without breaking changes ahead", () => {
    expect(versionNotice(undefined)).toBeUndefined();
    expect(versionNotice({ ...pinned, isVersionOverrideApplied: false })).toBeUndefined();
    expect(versionNotice({ ...pinned, breakingChanges: undefined })).toBeUndefined();
    expect(versionNotice({ ...pinned, breakingChanges: { ...pinned.breakingChanges!, upcomingBreakingChanges: [] } })).toBeUndefined();
  });
});
