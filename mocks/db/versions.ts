// The connector version an actor runs, version pins and upgrades, as Airbyte's server keeps them.
// Evidence, all in airbytehq/airbyte-platform:
// - A pin is a scoped configuration (ConnectorVersionKey, scope ACTOR) with an origin
//   (ConfigOriginType: user, breaking_change, connector_rollout, private_link). When a new default
//   version with breaking changes arrives, ActorDefinitionVersionUpdater.updateDefaultVersion pins the
//   actors that have not opted in to their current version, origin breaking_change.
// - ActorDefinitionVersionHandler.createActorDefinitionVersionRead answers the version an actor runs
//   (`get_for_source` / `get_for_destination`): its tag, `isVersionOverrideApplied` (a pin applies),
//   its support state, and `breakingChanges` (ActorDefinitionHandlerHelper.getVersionBreakingChanges):
//   the definition's breaking changes after the actor's version up to the default version, oldest
//   first (ActorDefinitionServiceJooqImpl.listBreakingChangesForActorDefinitionVersion), with the
//   earliest deadline and that change's deadline action (`disable` unless it says auto_upgrade).
// - SupportStateUpdater.calcVersionSupportState: a version older than a breaking change whose
//   deadline has passed is `unsupported`; older than one still to come, `deprecated`.
// - ActorDefinitionVersionUpdater.upgradeActorVersion (sources|destinations/upgrade_version, 204 in
//   SourceApiController/DestinationApiController): no pin, nothing happens; a pin of another origin
//   throws IllegalStateException; a breaking-change pin is deleted and a ConnectorUpdate event
//   (ConnectorUpdate.kt) is written to every connection of the actor.
import { notFound, uncaughtError } from "../lib/errors";
import { recordConnectorUpdate } from "../jobs/timeline";
import { compareVersions, type BreakingChange, type Definition } from "./definitions";
import { getDb, type ActorRecord } from "./store";
import type { S } from "../lib/types";

/** ConfigOriginType of a pin, as the server spells it. */
export type PinOrigin = "user" | "breaking_change" | "connector_rollout" | "private_link";

export interface VersionPin {
  origin: PinOrigin;
  /** The version the actor is held on: the definition as that (older) connector file describes it. */
  version: Definition;
}

/** The definition's default version (what ./actors.ts definitionById finds; not imported from there, which imports this). */
function defaultVersionOf(actor: ActorRecord): Definition {
  const found = getDb().definitions.find((d) => d.kind === actor.kind && d.id === actor.definitionId);
  if (!found)
    throw notFound(actor.kind === "source" ? "STANDARD_SOURCE_DEFINITION" : "STANDARD_DESTINATION_DEFINITION", actor.definitionId);
  return found;
}

/** The definition's default version, and the version the actor runs (its pin's, or the default). */
export function actorVersion(actor: ActorRecord): { version: Definition; defaultVersion: Definition; pin?: VersionPin } {
  const defaultVersion = defaultVersionOf(actor);
  const pin = getDb().versionPins.get(actor.id);
  return { version: pin?.version ?? defaultVersion, defaultVersion, pin };
}

/** The default version's breaking changes after `tag`, oldest first. */
function breakingChangesAfter(tag: string, defaultVersion: Definition): BreakingChange[] {
  return defaultVersion.breakingChanges.filter(
    (change) => compareVersions(change.version, tag) > 0 && compareVersions(defaultVersion.dockerImageTag, change.version) >= 0,
  );
}

/** YYYY-MM-DD of the mock's clock (deadlines are dates). */
function today(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}

function supportState(tag: string, defaultVersion: Definition, now: number): S["SupportState"] {
  const newer = breakingChangesAfter(tag, defaultVersion);
  if (newer.some((change) => change.upgradeDeadline < today(now))) return "unsupported";
  return newer.length > 0 ? "deprecated" : "supported";
}

/** `breakingChanges` of an ActorDefinitionVersionRead, or undefined when none lies ahead. */
function versionBreakingChanges(tag: string, defaultVersion: Definition): S["ActorDefinitionVersionBreakingChanges"] | undefined {
  const upcoming = breakingChangesAfter(tag, defaultVersion);
  if (upcoming.length === 0) return undefined;
  const first = upcoming.reduce((a, b) => (b.upgradeDeadline < a.upgradeDeadline ? b : a));
  return {
    upcomingBreakingChanges: upcoming,
    minUpgradeDeadline: first.upgradeDeadline,
    deadlineAction: first.deadlineAction === "auto_upgrade" ? "auto_upgrade" : "disable",
  };
}

/** The version an actor runs as the Config API describes it (ActorDefinitionVersionRead). */
export function actorVersionRead(actor: ActorRecord, now: number): S["ActorDefinitionVersionRead"] {
  const { version, defaultVersion, pin } = actorVersion(actor);
  const breakingChanges = versionBreakingChanges(version.dockerImageTag, defaultVersion);
  return {
    dockerRepository: version.dockerRepository,
    dockerImageTag: version.dockerImageTag,
    supportsRefreshes: version.supportsRefreshes,
    isVersionOverrideApplied: pin !== undefined,
    ...(version.supportLevel ? { supportLevel: version.supportLevel } : {}),
    supportState: supportState(version.dockerImageTag, defaultVersion, now),
    ...(breakingChanges ? { breakingChanges } : {}),
    supportsFileTransfer: false,
    supportsDataActivation: false,
  };
}

/** sources|destinations/upgrade_version: ActorDefinitionVersionUpdater.upgradeActorVersion. */
export function upgradeActorVersion(actor: ActorRecord, now: number): void {
  const db = getDb();
  const pin = db.versionPins.get(actor.id);
  if (!pin) return;
  if (pin.origin !== "breaking_change") {
    // IllegalStateException("This %s is manually pinned to a version, and therefore cannot be
    // upgraded.") reaches UncaughtExceptionHandler: a 500 whose body is only an errorId (the message
    // stays in the server's log since airbyte-platform #17953).
    throw uncaughtError();
  }
  db.versionPins.delete(actor.id);
  const fromVersion = pin.version.dockerImageTag;
  const toVersion = defaultVersionOf(actor).dockerImageTag;
  for (const connection of db.connections.values()) {
    if ((actor.kind === "source" ? connection.sourceId : connection.destinationId) !== actor.id) continue;
    recordConnectorUpdate(db, connection.connectionId, now, {
      fromVersion,
      toVersion,
      // The server passes ConnectorType.SOURCE for a destination too (upgradeActorVersion never reads
      // actorType for it). Reproduced: the console meets what a real server sends, and names the
      // connector by `connectorName` rather than by this field.
      connectorType: "SOURCE",
      connectorName: actor.name,
      triggeredBy: "BREAKING_CHANGE_MANUAL",
    });
  }
}

/** Hold an actor on `version` (the seed's breaking-change pin; the control API's pins for tests). */
export function pinVersion(actor: ActorRecord, origin: PinOrigin, version: Definition): void {
  getDb().versionPins.set(actor.id, { origin, version });
}
