// What the "held on an older version" notice says, from the version an actor runs
// (ActorDefinitionVersionRead). Pure, so the rules are tested without a page.
import type { ActorDefinitionVersionRead } from "@/api/types";

interface HeldChange {
  version: string;
  message: string;
  /** The upgrade deadline as a local calendar day, when it is a date. */
  deadline?: Date;
  /** The migration guide, only when it is a web address. */
  guideUrl?: string;
}

export interface VersionNotice {
  /** The version the connector is held on. */
  heldOn: string;
  /** unsupported: a deadline has passed; deprecated: one is still ahead. */
  supportState: ActorDefinitionVersionRead["supportState"];
  /** The earliest upgrade deadline. */
  deadline?: Date;
  changes: HeldChange[];
}

/** "2023-09-14" as that day in the browser's zone (Date.parse would take UTC midnight, the day before west of UTC). */
function calendarDay(text: string | undefined): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? "");
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : undefined;
}

/**
 * The notice to show, or undefined: only a connector that a pin holds back (isVersionOverrideApplied)
 * with breaking changes ahead of it; a pin without breaking changes is someone's choice, not a notice.
 */
export function versionNotice(version: ActorDefinitionVersionRead | undefined): VersionNotice | undefined {
  const upcoming = version?.breakingChanges?.upcomingBreakingChanges ?? [];
  if (!version?.isVersionOverrideApplied || upcoming.length === 0) return undefined;
  return {
    heldOn: version.dockerImageTag,
    supportState: version.supportState,
    deadline: calendarDay(version.breakingChanges?.minUpgradeDeadline),
    changes: upcoming.map((change) => ({
      version: change.version,
      message: change.message,
      deadline: calendarDay(change.upgradeDeadline),
      guideUrl: /^https?:\/\//.test(change.migrationDocumentationUrl) ? change.migrationDocumentationUrl : undefined,
    })),
  };
}
