// The replication tab's schema refresh: its progress, what went wrong, or the changes to review.
import { Alert } from "@mantine/core";
import type { ReplicationEdits } from "../hooks/useReplicationEdits";
import { DiscoverError } from "./DiscoverError";
import { DiscoverProgress } from "./DiscoverProgress";
import { SchemaChangesReview } from "./SchemaChangesReview";

export function SchemaRefresh({
  edits,
  newStreamsEnabled,
}: {
  edits: Pick<ReplicationEdits, "discover" | "review" | "applyReview">;
  newStreamsEnabled: boolean;
}) {
  const { discover, review } = edits;
  const state = discover.state;
  return (
    <>
      {state.status === "running" && (
        <DiscoverProgress sourceName="the source" startedAt={state.startedAt} stage={state.stage} onCancel={discover.cancel} />
      )}
      {state.status === "error" && <DiscoverError error={state.error} onRetry={discover.start} />}
      {review && "error" in review && <DiscoverError error={review.error} onRetry={discover.start} />}
      {review && !("error" in review) && review.changes.length === 0 && (
        <Alert color="green" title="No schema changes" withCloseButton onClose={discover.reset} closeButtonLabel="Dismiss">
          The source's schema matches this connection's streams.
        </Alert>
      )}
      {review && !("error" in review) && review.changes.length > 0 && (
        <SchemaChangesReview
          changes={review.changes}
          newStreamsEnabled={newStreamsEnabled}
          onApply={edits.applyReview}
          onDismiss={discover.reset}
        />
      )}
    </>
  );
}
