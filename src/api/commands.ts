// Connector commands: a check or a discover starts a connector pod on the server, and the first use
// of a connector also pulls its image, so one can take minutes. Airbyte's command API
// (CommandApiController.kt: `commands/run/check|discover`, `commands/status`, `commands/output/*`,
// `commands/cancel`) starts one and answers at once; the console then polls its status and reads
// its output when it is `completed`. Servers without that API answer 404 (or 405) to `run/*`: the
// caller then falls back to the synchronous endpoints, with a time limit of its own.
import { ApiError, isMissingEndpoint } from "./errors";

/**
 * - `starting`: the command waits for its pod (CommandService.getStatus maps the workload's PENDING,
 *   CLAIMED and LAUNCHED to `pending`: pulling the image happens here);
 * - `running`: the connector runs;
 * - `waiting`: a synchronous call, whose stage the server does not tell.
 */
export type CommandPhase = "starting" | "running" | "waiting";

export interface ConnectorCallOptions {
  signal: AbortSignal;
  onProgress?(phase: CommandPhase): void;
}

/**
 * Time limit of a synchronous check or discover (the fallback): as long as Syncdeck's own server
 * waits for Airbyte (server/proxy.ts), since a first check can pull an image for many minutes.
 */
export const CONNECTOR_CALL_TIMEOUT_MS = 30 * 60_000;

/** How long to wait before the next status poll: often at first (most checks end in seconds), then less. */
export function pollDelay(elapsedMs: number): number {
  if (elapsedMs < 10_000) return 1_000;
  if (elapsedMs < 60_000) return 2_000;
  return 5_000;
}

/** Thrown when the server has no command API (`run/*` answered 404 or 405): fall back to the synchronous call. */
class CommandApiMissing extends Error {
  constructor() {
    super("The server has no command API.");
    this.name = "CommandApiMissing";
  }
}

/** A command id (the server's idempotency key); crypto.randomUUID needs a secure context, getRandomValues does not. */
function newCommandId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function abortError(endpoint: string, message: string): ApiError {
  return new ApiError({ kind: "aborted", endpoint, message });
}

function sleep(ms: number, signal: AbortSignal, endpoint: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortError(endpoint, "Cancelled."));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(endpoint, "Cancelled."));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

/** What one command needs from the API layer; `what` names it for people ("connection test"). */
export interface CommandSteps<T> {
  what: string;
  start(id: string): Promise<unknown>;
  status(id: string, signal: AbortSignal): Promise<{ status?: string }>;
  output(id: string): Promise<T>;
  cancel(id: string): Promise<unknown>;
}

/**
 * The server no longer knows the command. CommandApiController refuses an unknown id with 403 (it
 * finds no workspace to check the caller's role in: the caller, who just started it, has that role);
 * older versions answered without a status; a proxy or another server may answer 404.
 */
function commandVanished(endpoint: string, what: string): ApiError {
  return new ApiError({
    kind: "http",
    status: 404,
    endpoint,
    message: `The server no longer knows this ${what}: it may have restarted or cleaned it up. Nothing you typed is lost: run it again.`,
  });
}

/** Start a command, poll until it ends, return its output. Aborting `signal` cancels it on the server. */
export async function runCommand<T>(steps: CommandSteps<T>, options: ConnectorCallOptions): Promise<T> {
  const id = newCommandId();
  options.onProgress?.("starting");
  try {
    // Not aborted with the signal: a run the server received would go on. It is cancelled below instead.
    await steps.start(id);
  } catch (error) {
    if (isMissingEndpoint(error)) throw new CommandApiMissing();
    throw error;
  }
  const startedAt = Date.now();
  try {
    for (let first = true; ; first = false) {
      // The first poll at once: on a warm server a check can be over before the first second.
      if (!first) await sleep(pollDelay(Date.now() - startedAt), options.signal, "/v1/commands/status");
      let answer: { status?: string };
      try {
        answer = await steps.status(id, options.signal);
      } catch (error) {
        if (error instanceof ApiError && (error.status === 403 || error.status === 404))
          throw commandVanished("/v1/commands/status", steps.what);
        throw error;
      }
      if (!answer.status) throw commandVanished("/v1/commands/status", steps.what);
      if (answer.status === "completed") return await steps.output(id);
      if (answer.status === "cancelled") {
        throw new ApiError({
          kind: "http",
          endpoint: "/v1/commands/status",
          message: `The ${steps.what} was cancelled on the server (by someone else, or by the server itself). Nothing you typed is lost: run it again.`,
        });
      }
      options.onProgress?.(answer.status === "running" ? "running" : "starting");
    }
  } catch (error) {
    if (!options.signal.aborted) throw error;
    // The user cancelled: stop the connector too, not just the waiting (CommandService.cancel cancels its workload).
    try {
      await steps.cancel(id);
    } catch {
      throw abortError(
        "/v1/commands/cancel",
        `Stopped waiting. The server could not be told to stop the ${steps.what}; it may still finish in the background.`,
      );
    }
    throw abortError("/v1/commands/cancel", `The ${steps.what} was stopped on the server.`);
  }
}

/**
 * A synchronous check or discover (`waiting`): cancelling only stops the waiting, the server has no
 * way to be told to stop it.
 */
export async function runSynchronously<T>(what: string, call: () => Promise<T>, options: ConnectorCallOptions): Promise<T> {
  options.onProgress?.("waiting");
  try {
    return await call();
  } catch (error) {
    if (!options.signal.aborted) throw error;
    throw abortError(
      error instanceof ApiError ? error.endpoint : "",
      `Stopped waiting. This server cannot be told to stop a ${what}: it may still finish in the background.`,
    );
  }
}

/** The command API when the server has it, else the synchronous call. */
export async function withCommandFallback<T>(
  what: string,
  viaCommand: () => Promise<T>,
  synchronously: () => Promise<T>,
  options: ConnectorCallOptions,
): Promise<T> {
  try {
    return await viaCommand();
  } catch (error) {
    if (!(error instanceof CommandApiMissing)) throw error;
  }
  return runSynchronously(what, synchronously, options);
}
