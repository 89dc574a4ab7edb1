// A small in-memory Config API for the connector screens' tests: the real connector specs from
// mocks/data/connectors, sources and destinations that can be created, checked, updated and deleted.
// Tests install it with server.use(...) so they do not depend on how far the shared mock has got,
// and can inspect what was sent.
import { http, HttpResponse } from "msw";
import { SEED } from "@mocks/seed/ids";

type Json = Record<string, unknown>;

const files = import.meta.glob<{ kind: "source" | "destination"; definition: Json; spec: Json }>(
  "../../../../mocks/data/connectors/*.json",
  {
    eager: true,
    import: "default",
  },
);

export interface FixtureConnector {
  kind: "source" | "destination";
  definitionId: string;
  name: string;
  definition: Json;
  spec: Json;
}

function idFor(index: number): string {
  return `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`;
}

export const fixtureConnectors: FixtureConnector[] = Object.values(files).map((file, index) => ({
  kind: file.kind,
  definitionId: idFor(index + 1),
  name: String(file.definition.name),
  definition: file.definition,
  spec: file.spec,
}));

export function fixtureByName(kind: "source" | "destination", name: string): FixtureConnector {
  const found = fixtureConnectors.find((c) => c.kind === kind && c.name === name);
  if (!found) throw new Error(`no ${kind} fixture named ${name}`);
  return found;
}

function definitionRead(c: FixtureConnector): Json {
  const idKey = c.kind === "source" ? "sourceDefinitionId" : "destinationDefinitionId";
  return {
    ...c.definition,
    [idKey]: c.definitionId,
    dockerImageTag: c.definition.dockerImageTag ?? "1.0.0",
    documentationUrl: c.definition.documentationUrl ?? "https://docs.example.com",
  };
}

export interface StoredConnector {
  id: string;
  name: string;
  definitionId: string;
  configuration: Json;
}

export interface BackendState {
  sources: StoredConnector[];
  destinations: StoredConnector[];
  connections: {
    connectionId: string;
    name: string;
    sourceId: string;
    destinationId: string;
    latestSyncJobStatus?: string;
    latestSyncJobCreatedAt?: number;
  }[];
  /** Bodies received by check endpoints, in order. */
  checks: Json[];
  creates: Json[];
  deletes: string[];
}

const MASK = "**********";

function mask(spec: Json, configuration: Json): Json {
  const properties = ((spec.connectionSpecification as Json | undefined)?.properties ?? {}) as Record<string, Json>;
  const out: Json = { ...configuration };
  for (const [key, schema] of Object.entries(properties)) if (schema.airbyte_secret && key in out) out[key] = MASK;
  return out;
}

/** A failed check for recognisable bad input, as the shared mock does. */
function checkResult(configuration: Json): Json {
  const text = JSON.stringify(configuration);
  const failed = /\.invalid"/.test(text) || /"wrong"/.test(text);
  return {
    status: failed ? "failed" : "succeeded",
    message: failed ? "Could not connect: the host name could not be resolved." : undefined,
    jobInfo: {
      id: "11111111-2222-4333-8444-555555555555",
      configType: "check_connection_source",
      createdAt: 1,
      endedAt: 2,
      succeeded: !failed,
      logs: { logLines: failed ? ["INFO starting check", "ERROR UnknownHostException: db.invalid"] : ["INFO check ok"] },
    },
  };
}

export function connectorBackend(initial?: Partial<BackendState>) {
  const state: BackendState = { sources: [], destinations: [], connections: [], checks: [], creates: [], deletes: [], ...initial };
  let next = 1;
  const defs = (kind: "source" | "destination") => fixtureConnectors.filter((c) => c.kind === kind);
  const specOf = (definitionId: string) => fixtureConnectors.find((c) => c.definitionId === definitionId)!;

  const read = (kind: "source" | "destination", stored: StoredConnector): Json => {
    const def = specOf(stored.definitionId);
    return kind === "source"
      ? {
          sourceId: stored.id,
          sourceDefinitionId: stored.definitionId,
          sourceName: def.name,
          workspaceId: SEED.workspace.id,
          name: stored.name,
          createdAt: 1,
          connectionConfiguration: mask(def.spec, stored.configuration),
        }
      : {
          destinationId: stored.id,
          destinationDefinitionId: stored.definitionId,
          destinationName: def.name,
          workspaceId: SEED.workspace.id,
          name: stored.name,
          createdAt: 1,
          connectionConfiguration: mask(def.spec, stored.configuration),
        };
  };

  /** What a list says of a connector's connections: how many, their latest statuses, the last sync. */
  const usage = (kind: "source" | "destination", id: string): Json => {
    const using = state.connections.filter((c) => (kind === "source" ? c.sourceId : c.destinationId) === id);
    const statuses: Record<string, number> = {};
    for (const c of using) if (c.latestSyncJobStatus) statuses[c.latestSyncJobStatus] = (statuses[c.latestSyncJobStatus] ?? 0) + 1;
    const times = using.map((c) => c.latestSyncJobCreatedAt ?? 0).filter(Boolean);
    return { numConnections: using.length, connectionJobStatuses: statuses, ...(times.length ? { lastSync: Math.max(...times) } : {}) };
  };

  const handlers = (["source", "destination"] as const).flatMap((kind) => {
    const plural = kind === "source" ? "sources" : "destinations";
    const idKey = `${kind}Id`;
    const defKey = `${kind}DefinitionId`;
    const list = () => (kind === "source" ? state.sources : state.destinations);
    const specRead = (definitionId: string): Json => {
      const c = specOf(definitionId);
      return {
        [defKey]: c.definitionId,
        connectionSpecification: c.spec.connectionSpecification,
        advancedAuth: undefined,
        jobInfo: { id: "x", configType: "get_spec", createdAt: 1, endedAt: 1, succeeded: true },
      };
    };
    return [
      http.post(`*/api/v1/${kind}_definitions/list_for_workspace`, () =>
        HttpResponse.json({ [`${kind}Definitions`]: defs(kind).map(definitionRead) }),
      ),
      http.post(`*/api/v1/${kind}_definition_specifications/get`, async ({ request }) => {
        const body = (await request.json()) as Json;
        return HttpResponse.json(specRead(String(body[defKey])));
      }),
      // The spec of the version a stored connector runs: here always its definition's (no pins).
      http.post(`*/api/v1/${kind}_definition_specifications/get_for_${kind}`, async ({ request }) => {
        const body = (await request.json()) as Json;
        const stored = list().find((c) => c.id === body[idKey]);
        if (!stored) return HttpResponse.json({ message: "not found" }, { status: 404 });
        return HttpResponse.json(specRead(stored.definitionId));
      }),
      // Paged, searched and sorted as a 1.8+ server does (mocks/routes/actorList.ts has the details).
      http.post(`*/api/v1/${plural}/list`, async ({ request }) => {
        const body = (await request.json()) as Json;
        const term = String((body.filters as Json | undefined)?.searchTerm ?? "").toLowerCase();
        const [field, direction] = String(body.sortKey ?? "actorName_asc").split("_");
        const rows = list()
          .map((stored) => ({ ...read(kind, stored), ...usage(kind, stored.id) }))
          .filter((row) => !term || `${String(row.name)} ${String(row[`${kind}Name`])}`.toLowerCase().includes(term));
        const value = (row: Json) =>
          field === "lastSync"
            ? Number(row.lastSync ?? -1)
            : String(field === "actorDefinitionName" ? row[`${kind}Name`] : row.name).toLowerCase();
        rows.sort((a, b) => (value(a) < value(b) ? -1 : value(a) > value(b) ? 1 : 0) * (direction === "desc" ? -1 : 1));
        const pageSize = Number(body.pageSize ?? 20);
        const start = body.cursor ? rows.findIndex((row) => row[idKey] === body.cursor) + 1 : 0;
        return HttpResponse.json({ [plural]: rows.slice(start, start + pageSize), page_size: pageSize, num_connections: rows.length });
      }),
      http.post(`*/api/v1/${plural}/get`, async ({ request }) => {
        const body = (await request.json()) as Json;
        const found = list().find((s) => s.id === body[idKey]);
        return found ? HttpResponse.json(read(kind, found)) : HttpResponse.json({ message: "Not found" }, { status: 404 });
      }),
      http.post(`*/api/v1/scheduler/${plural}/check_connection`, async ({ request }) => {
        const body = (await request.json()) as Json;
        state.checks.push(body);
        return HttpResponse.json(checkResult(body.connectionConfiguration as Json));
      }),
      http.post(`*/api/v1/${plural}/check_connection_for_update`, async ({ request }) => {
        const body = (await request.json()) as Json;
        state.checks.push(body);
        return HttpResponse.json(checkResult(body.connectionConfiguration as Json));
      }),
      http.post(`*/api/v1/${plural}/create`, async ({ request }) => {
        const body = (await request.json()) as Json;
        state.creates.push(body);
        const stored = {
          id: idFor(1000 + next++),
          name: String(body.name),
          definitionId: String(body[defKey]),
          configuration: body.connectionConfiguration as Json,
        };
        list().push(stored);
        return HttpResponse.json(read(kind, stored));
      }),
      http.post(`*/api/v1/${plural}/update`, async ({ request }) => {
        const body = (await request.json()) as Json;
        const found = list().find((s) => s.id === body[idKey]);
        if (!found) return HttpResponse.json({ message: "Not found" }, { status: 404 });
        found.name = String(body.name);
        found.configuration = body.connectionConfiguration as Json;
        return HttpResponse.json(read(kind, found));
      }),
      http.post(`*/api/v1/${plural}/delete`, async ({ request }) => {
        const body = (await request.json()) as Json;
        state.deletes.push(String(body[idKey]));
        const index = list().findIndex((s) => s.id === body[idKey]);
        if (index >= 0) list().splice(index, 1);
        return new HttpResponse(null, { status: 204 });
      }),
    ];
  });

  handlers.push(
    http.post("*/api/v1/web_backend/connections/list", async ({ request }) => {
      const body = (await request.json()) as Json;
      const bySource = body.sourceId as string[] | undefined;
      const byDestination = body.destinationId as string[] | undefined;
      const shown = state.connections.filter(
        (c) => (!bySource || bySource.includes(c.sourceId)) && (!byDestination || byDestination.includes(c.destinationId)),
      );
      return HttpResponse.json({
        page_size: Number(body.pageSize ?? 20),
        num_connections: shown.length,
        connections: shown.map((c) => ({
          ...c,
          status: "active",
          isSyncing: false,
          schemaChange: "no_change",
          tags: [],
          onDemandEnabled: false,
          source: { sourceId: c.sourceId, name: "s", sourceDefinitionId: "d", sourceName: "S" },
          destination: { destinationId: c.destinationId, name: "d", destinationDefinitionId: "d", destinationName: "D" },
          sourceActorDefinitionVersion: {},
          destinationActorDefinitionVersion: {},
        })),
      });
    }),
    // An Airbyte from before the command API: checks go to the synchronous endpoints above (recorded
    // in state.checks). Tests of the command API use the shared mock.
    http.post("*/api/v1/commands/*", () => HttpResponse.json({ message: "Not Found" }, { status: 404 })),
  );

  return { state, handlers };
}
