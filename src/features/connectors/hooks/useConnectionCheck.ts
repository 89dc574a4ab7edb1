// Runs a connection check with its stage (starting the connector, checking), an elapsed-time
// counter and a cancel button. The check itself is passed in (new config or proposed update), so
// the same panel serves create and edit. A check can take minutes: the first use of a connector
// pulls its image on the server.
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError, describeError } from "@/api/errors";
import type { CommandPhase, ConnectorCallOptions } from "@/api/hooks/commands";
import type { CheckConnectionRead } from "../lib/types";

export type CheckState =
  | { phase: "idle" }
  | { phase: "checking"; startedAt: number; stage: CommandPhase; cancelling?: boolean }
  | { phase: "succeeded"; message?: string }
  | { phase: "failed"; message: string; logs: string[] }
  | { phase: "error"; error: unknown }
  /** `message` says whether the server stopped the check or may still finish it. */
  | { phase: "cancelled"; message?: string };

// Connector logs carry terminal colour codes (ESC [ ... m); shown as plain text they are noise.
const ANSI_SEQUENCE = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, "g");

/** The connector's log lines as plain text, whichever of the two log shapes the server sends. */
export function logLinesOf(result: CheckConnectionRead): string[] {
  const logs = result.jobInfo?.logs as unknown;
  if (!logs || typeof logs !== "object") return [];
  const record = logs as { logLines?: unknown; events?: unknown };
  let lines: string[] = [];
  if (Array.isArray(record.logLines)) lines = record.logLines.filter((line): line is string => typeof line === "string");
  else if (Array.isArray(record.events)) {
    lines = record.events
      .map((event) =>
        event && typeof event === "object" && typeof (event as { message?: unknown }).message === "string"
          ? (event as { message: string }).message
          : undefined,
      )
      .filter((line): line is string => line !== undefined);
  }
  return lines.map((line) => line.replace(ANSI_SEQUENCE, ""));
}

function failureMessage(result: CheckConnectionRead): string {
  return (
    result.message?.trim() ||
    result.jobInfo?.failureReason?.externalMessage?.trim() ||
    "The connector could not connect with this configuration. Check the values and try again."
  );
}

export function useConnectionCheck() {
  const [state, setState] = useState<CheckState>({ phase: "idle" });
  const controllerRef = useRef<AbortController | null>(null);

  useEffect(() => () => controllerRef.current?.abort(), []);

  /** Resolves true when the connector accepted the configuration. */
  const run = useCallback(async (check: (options: ConnectorCallOptions) => Promise<CheckConnectionRead>): Promise<boolean> => {
    controllerRef.current?.abort();
    const controller = new AbortController();
    controllerRef.current = controller;
    const startedAt = Date.now();
    setState({ phase: "checking", startedAt, stage: "starting" });
    const onProgress = (stage: CommandPhase) => {
      if (!controller.signal.aborted)
        setState((current) => (current.phase === "checking" && current.stage !== stage ? { ...current, stage } : current));
    };
    try {
      const result = await check({ signal: controller.signal, onProgress });
      if (controller.signal.aborted) return false;
      const succeeded = result.status ? result.status === "succeeded" : result.jobInfo?.succeeded === true;
      if (succeeded) {
        setState({ phase: "succeeded", message: result.message });
        return true;
      }
      setState({ phase: "failed", message: failureMessage(result), logs: logLinesOf(result) });
      return false;
    } catch (error) {
      if (controller.signal.aborted || (error instanceof ApiError && error.kind === "aborted")) {
        // Not when a newer check replaced this one: that one's state stands.
        if (controllerRef.current === controller)
          setState({ phase: "cancelled", message: error instanceof ApiError && error.kind === "aborted" ? error.message : undefined });
      } else {
        setState({ phase: "error", error });
      }
      return false;
    } finally {
      if (controllerRef.current === controller) controllerRef.current = null;
    }
  }, []);

  const cancel = useCallback(() => {
    // The server is told to stop the connector; until it answers, the panel says so.
    setState((current) => (current.phase === "checking" ? { ...current, cancelling: true } : current));
    controllerRef.current?.abort();
  }, []);
  const reset = useCallback(() => setState({ phase: "idle" }), []);

  return { state, run, cancel, reset, describe: describeError };
}
