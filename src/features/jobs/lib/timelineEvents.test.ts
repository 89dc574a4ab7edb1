import { describe, expect, it } from "vitest";
import { readTimelineEvent } from "./timelineEvents";

const base = { id: "9f0c7e52-9d43-4a39-9d0e-0c1c2f8e1b11", connectionId: "c0ffee00-0000-4000-8000-000000000001", createdAt: 1_764_633_600 };

describe("readTimelineEvent", () => {
  it("reads a finished sync: title, status, job, figures and duration", () => {
    const item = readTimelineEvent({
      ...base,
      eventType: "SYNC_SUCCEEDED",
      summary: {
        jobId: 42,
        startTimeEpochSeconds: 1_764_633_000,
        endTimeEpochSeconds: 1_764_633_600,
        recordsLoaded: 1200,
        bytesLoaded: 5_000_000,
        attemptsCount: 2,
      },
    });
    expect(item).toMatchObject({ title: "Sync succeeded", status: "succeeded", group: "sync", jobId: 42, records: 1200, attempts: 2 });
    expect(item.durationMs).toBe(600_000);
    expect(item.createdAtMs).toBe(1_764_633_600_000);
    expect(item.raw).toBeUndefined();
  });

  it("reads a clear that failed with its failure message", () => {
    const item = readTimelineEvent({
      ...base,
      eventType: "CLEAR_FAILED",
      summary: { jobId: 7, failureReason: { externalMessage: "Destination refused the truncate." } },
    });
    expect(item.title).toBe("Clear failed");
    expect(item.failure).toBe("Destination refused the truncate.");
  });

  it("shows a settings change as before and after, schedules in words, an unset value as not set", () => {
    const item = readTimelineEvent({
      ...base,
      eventType: "CONNECTION_SETTINGS_UPDATE",
      summary: {
        patches: {
          name: { from: "Old", to: "New" },
          scheduleData: {
            from: { basicSchedule: { units: 24, timeUnit: "hours" } },
            to: { cron: { cronExpression: "0 0 6 * * ?", cronTimeZone: "UTC" } },
          },
          prefix: { from: null, to: "raw_" },
          someNewField: { from: false, to: true },
        },
      },
    });
    expect(item.changes).toEqual([
      { field: "name", label: "Name", from: "Old", to: "New" },
      { field: "scheduleData", label: "Schedule", from: "Every 24 hours", to: "Cron 0 0 6 * * ? (UTC)" },
      { field: "prefix", label: "Stream prefix", from: "(not set)", to: "raw_" },
      { field: "someNewField", label: "someNewField", from: "No", to: "Yes" },
    ]);
  });

  it("shows an event type it does not know by its name, with what the server sent", () => {
    const item = readTimelineEvent({ ...base, eventType: "MAPPING_ADDED", summary: { mapper: "hashing" } });
    expect(item.known).toBe(false);
    expect(item.title).toBe("Event: MAPPING_ADDED");
    expect(item.raw).toContain('"mapper": "hashing"');
  });

  it("never throws on missing or wrong fields: no id, no type, no time, a summary that is not an object", () => {
    for (const event of [null, undefined, "text", 42, [], {}, { eventType: 5, summary: "x", createdAt: "yesterday" }]) {
      const item = readTimelineEvent(event, 3);
      expect(item.id).toBe("event-3");
      expect(item.title).toBe("Other event");
      expect(item.createdAtMs).toBeUndefined();
      expect(item.changes).toEqual([]);
    }
    const partial = readTimelineEvent({ ...base, eventType: "SYNC_FAILED", summary: { jobId: "12", recordsLoaded: "many", patches: 3 } });
    expect(partial.title).toBe("Sync failed");
    expect(partial.jobId).toBeUndefined();
    expect(partial.records).toBeUndefined();
  });

  it("names the streams of a schema change and the versions of a connector update", () => {
    const schema = readTimelineEvent({
      ...base,
      eventType: "SCHEMA_CONFIG_UPDATE",
      summary: {
        airbyteCatalogDiff: {
          catalogConfigDiff: {
            streamsEnabled: [{ streamName: "users", streamNamespace: "public" }],
            streamsDisabled: [{ streamName: "orders" }],
          },
        },
      },
    });
    expect(schema.notes).toEqual(["Streams enabled: public.users", "Streams disabled: orders"]);
    const connector = readTimelineEvent({
      ...base,
      eventType: "CONNECTOR_UPDATE",
      summary: { fromVersion: "3.1.0", toVersion: "4.0.0", connectorType: "SOURCE", connectorName: "Postgres", triggeredBy: "USER" },
    });
    expect(connector.notes).toEqual(["Postgres upgraded from 3.1.0 to 4.0.0"]);
  });

  it("names an upgraded connector by its name, not by connectorType (the server sends SOURCE for a destination too)", () => {
    // As ActorDefinitionVersionUpdater.upgradeActorVersion writes it for a destination.
    const item = readTimelineEvent({
      ...base,
      eventType: "CONNECTOR_UPDATE",
      summary: {
        fromVersion: "0.3.14",
        toVersion: "1.9.7",
        connectorType: "SOURCE",
        connectorName: "Data lake S3",
        triggeredBy: "BREAKING_CHANGE_MANUAL",
      },
    });
    expect(item.title).toBe("Connector version changed");
    expect(item.notes).toEqual(["Data lake S3 upgraded from 0.3.14 to 1.9.7", "Upgraded by a user, accepting its breaking changes"]);
    expect(item.notes.join(" ")).not.toMatch(/source/i);
    const nameless = readTimelineEvent({ ...base, eventType: "CONNECTOR_UPDATE", summary: { toVersion: "2.0.0" } });
    expect(nameless.notes).toEqual(["Connector upgraded to 2.0.0"]);
  });
});
