// Schema changes applied without the user, as a real server does at the start of each sync: the
// sync's refresh-schema step discovers the source and calls SchedulerHandler.applySchemaChangeForSource,
// which runs ConnectionsHandler.applySchemaChange for every connection of that source. A connection
// whose non-breaking preference is propagate_columns or propagate_fully takes a non-breaking diff
// (ApplySchemaChangeHelper.shouldAutoPropagate): field changes of its streams always, added and
// removed streams only with propagate_fully, added streams enabled (getUpdatedSchema). The part
// applied is written to the timeline as a SCHEMA_UPDATE event (ConnectionTimelineEventHelper.
// logSchemaChangeAutoPropagationEventInConnectionTimeline; none when nothing was applied).
import { actorById } from "./actors";
import { catalogForEditing } from "./connectionCatalog";
import { discoverCatalog } from "./connections";
import { getDb, type ConnectionRecord } from "./store";
import { recordSchemaUpdate } from "../jobs/timeline";
import { cloneJson, diffCatalogs, streamKey } from "../lib/catalog";
import type { ApiCatalog, S } from "../lib/types";

type Transform = S["StreamTransform"];

const keyOf = (descriptor: S["StreamDescriptor"]) => streamKey({ name: descriptor.name, namespace: descriptor.namespace ?? undefined });

/** The saved catalog with the chosen transforms applied from the fresh discover. */
function applyTransforms(saved: ApiCatalog, fresh: ApiCatalog, transforms: readonly Transform[]): ApiCatalog {
  const streams = new Map(saved.streams.map((entry) => [streamKey(entry.stream), cloneJson(entry)]));
  const discovered = new Map(fresh.streams.map((entry) => [streamKey(entry.stream), entry]));
  for (const transform of transforms) {
    const key = keyOf(transform.streamDescriptor);
    const next = discovered.get(key);
    if (transform.transformType === "remove_stream") streams.delete(key);
    else if (transform.transformType === "add_stream" && next)
      streams.set(key, { stream: cloneJson(next.stream), config: { ...cloneJson(next.config), selected: true } });
    else if (transform.transformType === "update_stream" && next) {
      const entry = streams.get(key);
      if (!entry) continue;
      entry.stream = cloneJson(next.stream);
      // With field selection on, new top-level fields are selected too (getUpdatedSchema).
      if (entry.config.fieldSelectionEnabled) {
        const selected = new Set((entry.config.selectedFields ?? []).map((field) => field.fieldPath?.[0]));
        for (const field of transform.updateStream?.fieldTransforms ?? [])
          if (field.transformType === "add_field" && field.fieldName.length === 1 && !selected.has(field.fieldName[0]))
            entry.config.selectedFields = [...(entry.config.selectedFields ?? []), { fieldPath: [field.fieldName[0]!] }];
      }
    }
  }
  return { streams: [...streams.values()] };
}

async function propagateTo(c: ConnectionRecord, fresh: ApiCatalog, level: number, at: number): Promise<void> {
  const { catalogDiff, breakingChange } = diffCatalogs(await catalogForEditing(c), fresh);
  if (breakingChange) return;
  const fully = c.nonBreakingChangesPreference === "propagate_fully";
  const applied = catalogDiff.transforms.filter((t) => fully || t.transformType === "update_stream");
  // The connection now follows the source's current schema, applied or not (the server updates its
  // source catalog id); only what was applied is told on the timeline.
  const latest = getDb().connections.get(c.connectionId) ?? c;
  getDb().connections.set(c.connectionId, {
    ...latest,
    syncCatalog: applyTransforms(latest.syncCatalog, fresh, applied),
    schemaLevel: level,
  });
  if (applied.length > 0) recordSchemaUpdate(getDb(), c.connectionId, at, { transforms: applied });
}

/** At the start of a sync of one of its connections: apply the source's schema changes where the preference allows. */
export async function propagateSchemaChanges(sourceId: string, at: number): Promise<void> {
  const db = getDb();
  const level = db.schemaEvolution.get(sourceId) ?? 0;
  const candidates = [...db.connections.values()].filter(
    (c) =>
      c.sourceId === sourceId &&
      (c.schemaLevel ?? 0) < level &&
      (c.nonBreakingChangesPreference === "propagate_columns" || c.nonBreakingChangesPreference === "propagate_fully"),
  );
  if (candidates.length === 0) return;
  // One discover of the source, applied to each of its connections (as applySchemaChangeForSource does).
  const fresh = await discoverCatalog(actorById("source", sourceId));
  for (const c of candidates) await propagateTo(c, fresh, level, at);
}
