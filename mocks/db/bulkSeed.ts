// Many sources, destinations and connections at once (control API seedMany), for paging tests and
// benchmarks: "Source 001" ... and "Connection 0001" ..., numbered with zero padding so that name
// order is number order. They reuse the seeded connectors (so the first screen's core database
// suffices) and start with no job history and an empty catalog.
import { uuid } from "../lib/random";
import { now } from "../lib/settings";
import { cloneJson } from "../lib/catalog";
import type { ActorRecord, ConnectionRecord, Db } from "./store";

export interface BulkCounts {
  sources?: number;
  destinations?: number;
  connections?: number;
}

function numbered(label: string, index: number, count: number): string {
  return `${label} ${String(index + 1).padStart(Math.max(3, String(count).length), "0")}`;
}

function addActors(db: Db, kind: ActorRecord["kind"], count: number): ActorRecord[] {
  const store = kind === "source" ? db.sources : db.destinations;
  const templates = [...store.values()];
  if (count > 0 && templates.length === 0) throw new Error(`seedMany needs a seeded ${kind} to copy.`);
  const createdAt = Math.floor(now() / 1000);
  const added: ActorRecord[] = [];
  for (let i = 0; i < count; i++) {
    const template = templates[i % templates.length]!;
    const actor: ActorRecord = {
      ...template,
      id: uuid(),
      name: numbered(kind === "source" ? "Source" : "Destination", i, count),
      configuration: cloneJson(template.configuration),
      createdAt,
    };
    store.set(actor.id, actor);
    added.push(actor);
  }
  return added;
}

/** Add the given numbers of records. Connections use the new sources and destinations, or the existing ones when none are added. */
export function addMany(db: Db, counts: BulkCounts): void {
  const whole = (n: number | undefined) => Math.max(0, Math.floor(n ?? 0));
  const sources = addActors(db, "source", whole(counts.sources));
  const destinations = addActors(db, "destination", whole(counts.destinations));
  const from = sources.length > 0 ? sources : [...db.sources.values()];
  const to = destinations.length > 0 ? destinations : [...db.destinations.values()];
  const total = whole(counts.connections);
  if (total > 0 && (from.length === 0 || to.length === 0)) throw new Error("seedMany needs a source and a destination to connect.");
  const createdAt = Math.floor(now() / 1000);
  for (let i = 0; i < total; i++) {
    const connection: ConnectionRecord = {
      connectionId: uuid(),
      workspaceId: db.workspace.workspaceId,
      name: numbered("Connection", i, total),
      sourceId: from[i % from.length]!.id,
      destinationId: to[i % to.length]!.id,
      // Every tenth disabled, so filters have something to find.
      status: i % 10 === 9 ? "inactive" : "active",
      namespaceDefinition: "destination",
      prefix: "",
      syncCatalog: { streams: [] },
      scheduleType: "manual",
      nonBreakingChangesPreference: "ignore",
      notifySchemaChanges: true,
      notifySchemaChangesByEmail: false,
      breakingChange: false,
      createdAt,
    };
    db.connections.set(connection.connectionId, connection);
  }
}
