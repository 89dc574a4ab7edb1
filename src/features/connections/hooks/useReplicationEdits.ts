// The replication tab's editing session over a draft of the saved catalog: the stream filter, why a
// save is blocked, the save with its summary, and a schema refresh with its review.
import { useMemo, useState } from "react";
import { useSaveConnectionCatalog } from "@/api/hooks/connections";
import type { ConnectionRead } from "@/api/types";
import { notify } from "@/shared/notify";
import { applySchemaChanges } from "../lib/applySchemaChanges";
import { CatalogDraft } from "../lib/catalogDraft";
import { diffCatalogs } from "../lib/catalogDiff";
import { describeChanges, summariseChanges, type ChangeSummary } from "../lib/changeSummary";
import type { StatusFilter } from "../lib/filterStreams";
import { MalformedCatalogError, readCatalog } from "../lib/readCatalog";
import { streamsNotReady } from "../lib/saveReadiness";
import { streamKey } from "../lib/streamKey";
import type { AirbyteCatalog, DestinationSyncMode } from "../lib/types";
import { useDiscover } from "./useDiscover";
import { useDraftVersion } from "./useDraftVersion";

/**
 * A draft of the connection's saved catalog (unselected streams included), with no edits. Unselected
 * streams carry discover's suggestion, so they start from the best pair the destination supports; a
 * saved stream's choice is the user's and is shown as it is.
 */
export function savedDraft(catalog: AirbyteCatalog, destinationModes: readonly DestinationSyncMode[]) {
  return new CatalogDraft(readCatalog(catalog, { destinationModes, fixUnsupportedModes: "unselected" }), destinationModes);
}

/**
 * What the editor starts from after a save: the server's answer, plus the unselected streams that were
 * sent (a server that answers only the selected ones would otherwise drop them from the table).
 */
function afterSave(answer: AirbyteCatalog, sent: AirbyteCatalog): AirbyteCatalog {
  const key = (entry: AirbyteCatalog["streams"][number]) => streamKey(entry.stream?.namespace, entry.stream?.name ?? "");
  const present = new Set(answer.streams.map(key));
  return { streams: [...answer.streams, ...sent.streams.filter((entry) => entry.config?.selected === false && !present.has(key(entry)))] };
}

interface Options {
  connection: ConnectionRead;
  /** The catalog as loaded for editing (web_backend/connections/get: unselected streams included). */
  savedCatalog: AirbyteCatalog;
  draft: CatalogDraft;
  destinationModes: readonly DestinationSyncMode[];
  /** Replace the draft (after a save, a discard, or applying schema changes). */
  onDraftChange(draft: CatalogDraft): void;
}

export function useReplicationEdits({ connection, savedCatalog, draft, destinationModes, onDraftChange }: Options) {
  useDraftVersion(draft);
  // The baseline of the summary and of a discard: the catalog as loaded, then as last saved.
  const [saved, setSaved] = useState(savedCatalog);
  // Set when schema changes were applied: the save then records the catalog they came from.
  const [sourceCatalogId, setSourceCatalogId] = useState<string | undefined>(undefined);
  const [summary, setSummary] = useState<ChangeSummary | null>(null);
  const [status, setStatus] = useState<StatusFilter>("all");
  const [blocking, setBlocking] = useState<string | null>(null);
  const update = useSaveConnectionCatalog();
  const discover = useDiscover(connection.sourceId, connection.connectionId);

  const review = useMemo(() => {
    if (discover.state.status !== "done") return null;
    try {
      const fresh = readCatalog(discover.state.catalog, { destinationModes });
      const current = draft.toSyncCatalog().streams.map((item) => ({ stream: item.stream!, config: item.config! }));
      return { fresh, current, changes: diffCatalogs(current, fresh), catalogId: discover.state.catalogId };
    } catch (error) {
      if (error instanceof MalformedCatalogError) return { error };
      throw error;
    }
    // The draft's version is not a dependency: the review compares against the draft as it was when the refresh finished.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [discover.state, destinationModes]);

  const askToSave = () => {
    const notReady = streamsNotReady(draft);
    if (notReady) {
      setBlocking(notReady.message);
      if (notReady.hasStreamErrors) setStatus("errors");
      return;
    }
    setBlocking(null);
    setSummary(summariseChanges(saved, draft.toSyncCatalog()));
  };

  const save = () => {
    const syncCatalog = draft.toSyncCatalog();
    const description = summary ? describeChanges(summary) : "";
    update.mutate(
      {
        connectionId: connection.connectionId,
        namespaceFormat: connection.namespaceFormat as string,
        syncCatalog,
        ...(sourceCatalogId ? { sourceCatalogId } : {}),
      },
      {
        onSuccess: (answer) => {
          const next = afterSave(answer.syncCatalog, syncCatalog);
          setSummary(null);
          setSourceCatalogId(undefined);
          setSaved(next);
          onDraftChange(savedDraft(next, destinationModes));
          notify({ color: "green", title: "Replication saved", message: description });
        },
        onError: () => setSummary(null),
      },
    );
  };

  const applyReview = () => {
    if (!review || "error" in review) return;
    const merged = applySchemaChanges(review.current, review.fresh, connection.nonBreakingChangesPreference, destinationModes);
    onDraftChange(new CatalogDraft(merged, destinationModes, true));
    setSourceCatalogId(review.catalogId);
    discover.reset();
    setStatus("all");
    notify({ color: "blue", title: "Schema changes applied", message: "Review the streams, then save to keep them." });
  };

  const discard = () => {
    setSourceCatalogId(undefined);
    onDraftChange(savedDraft(saved, destinationModes));
  };

  return {
    dirty: draft.isDirty,
    /** The catalog as last saved (what the server validates mappings against). */
    saved,
    status,
    setStatus,
    blocking,
    summary,
    closeSummary: () => setSummary(null),
    update,
    discover,
    review,
    askToSave,
    save,
    applyReview,
    discard,
  };
}

export type ReplicationEdits = ReturnType<typeof useReplicationEdits>;
