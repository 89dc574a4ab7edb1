// When a connector run (a check or a discover, through the command API or the synchronous
// endpoints) starts and ends, on the mock's clock, and what a command answers meanwhile. Facts from
// airbytehq/airbyte-platform (CommandService.kt, CommandApiController.kt), read for behaviour only.
import { delay } from "msw";
import { now, resolveRange, settings } from "../lib/settings";
import { getDb, type CommandRecord } from "./store";

export type CommandStatus = "pending" | "running" | "completed" | "cancelled";

/**
 * A run of this connector: every run starts a connector pod; the first one on a node also pulls the
 * connector's image, which takes `firstCheckMs` (90 s in the browser demo). A second run while the
 * image is still being pulled waits for the same pull.
 */
export function scheduleRun(definitionId: string): { startsAt: number; endsAt: number } {
  const db = getDb();
  const t = now();
  let ready = db.imageReadyAt.get(definitionId);
  if (ready === undefined) {
    ready = t + resolveRange(settings.firstCheckMs);
    db.imageReadyAt.set(definitionId, ready);
  }
  const startsAt = Math.max(t, ready);
  return { startsAt, endsAt: startsAt + resolveRange(settings.operationMs) };
}

/**
 * Wait until the mock's clock reaches `at`: in real time on a running clock, or until a test moves
 * it on (advanceClock) when it is frozen, so a test can finish a "two-minute" check at once.
 */
export async function untilClock(at: number): Promise<void> {
  while (now() < at) await delay(Math.max(1, Math.min(250, at - now())));
}

/**
 * CommandService.getStatus: the workload's PENDING, CLAIMED and LAUNCHED are `pending` (the pod is
 * being created and its image pulled), RUNNING is `running`, SUCCESS and FAILURE are `completed`,
 * CANCELLED is `cancelled`.
 */
export function commandStatus(command: CommandRecord): CommandStatus {
  if (command.cancelledAt !== undefined) return "cancelled";
  const t = now();
  if (t < command.startsAt) return "pending";
  return t < command.endsAt ? "running" : "completed";
}

export function findCommand(id: unknown): CommandRecord | undefined {
  return typeof id === "string" ? getDb().commands.get(id) : undefined;
}

/** CommandService.cancel cancels the command's workload. A command that has ended stays as it ended. */
export function cancelCommand(id: unknown): void {
  const command = findCommand(id);
  if (command && commandStatus(command) !== "completed") command.cancelledAt = now();
}

/**
 * Why a command has no output (CommandService.getFailureReasonForMissingConnectorJobOutput): still
 * running ("try again later"), or cancelled ("Workload cancelled by api"). Undefined once it ended.
 */
export function missingOutputReason(command: CommandRecord): Record<string, unknown> | undefined {
  const status = commandStatus(command);
  if (status === "completed") return undefined;
  if (status === "cancelled") {
    return {
      failureOrigin: "airbyte_platform",
      externalMessage: "Workload cancelled by api",
      internalMessage: "cancelled from the api",
      timestamp: command.cancelledAt,
    };
  }
  return {
    failureOrigin: "airbyte_platform",
    failureType: "system_error",
    externalMessage: `${command.id} is still running, try again later.`,
    internalMessage: `${command.id} isn't in a terminal state, no output available`,
    timestamp: now(),
  };
}

/** Every command, for tests and demos (control API `commands()`). */
export function listCommands(): { id: string; type: CommandRecord["type"]; definitionId: string; status: CommandStatus }[] {
  return [...getDb().commands.values()].map((command) => ({
    id: command.id,
    type: command.type,
    definitionId: command.definitionId,
    status: commandStatus(command),
  }));
}
