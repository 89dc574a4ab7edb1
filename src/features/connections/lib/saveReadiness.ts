// Whether the streams of a catalog draft can be saved, as one message for the user; shared by
// the new-connection flow and the replication tab so both refuse a save for the same reasons.

import { fieldLimitProblem } from "./fieldLimit";

interface DraftCounts {
  enabledCount(): number;
  selectedFieldCount(): number;
  indexesWithIssues(): readonly number[];
}

export type StreamsNotReady = { message: string; hasStreamErrors: boolean };

export function streamsNotReady(draft: DraftCounts): StreamsNotReady | null {
  if (draft.enabledCount() === 0) return { message: "Enable at least one stream to sync.", hasStreamErrors: false };
  const tooMany = fieldLimitProblem(draft.selectedFieldCount());
  if (tooMany) return { message: tooMany, hasStreamErrors: false };
  const withIssues = draft.indexesWithIssues().length;
  if (withIssues === 0) return null;
  return {
    message: `${withIssues.toLocaleString()} enabled ${withIssues === 1 ? "stream needs" : "streams need"} a cursor, a primary key or another fix before saving.`,
    hasStreamErrors: true,
  };
}
