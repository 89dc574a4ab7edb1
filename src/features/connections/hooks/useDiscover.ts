// Run a source's discover on demand, with its stage, cancel (which stops it on the server when the
// server has the command API), elapsed time, and errors a person can act on. A discover can take
// minutes: it starts the connector, and its first use pulls the connector's image.
import { useCallback, useEffect, useRef, useState } from "react";
import { discoverSourceSchema, type CommandPhase } from "@/api/hooks/commands";
import { ApiError } from "@/api/errors";
import type { AirbyteCatalog } from "../lib/types";

export type DiscoverState =
  | { status: "idle" }
  | { status: "running"; startedAt: number; stage: CommandPhase }
  | { status: "cancelled" }
  | { status: "error"; error: Error }
  | { status: "done"; catalog: AirbyteCatalog; catalogId?: string; receivedAt: number };

export class DiscoverFailedError extends Error {
  readonly details?: string;
  constructor(message: string, details?: string) {
    super(message);
    this.name = "DiscoverFailedError";
    this.details = details;
  }
}

function explain(error: unknown): Error {
  if (error instanceof ApiError && error.kind === "timeout") {
    return new ApiError({
      kind: "timeout",
      endpoint: error.endpoint,
      message:
        "Discovering the schema took too long and was stopped. Large sources can take minutes: try again, or check that the source is reachable.",
    });
  }
  if (error instanceof ApiError && error.kind === "malformed") {
    return new ApiError({
      kind: "malformed",
      endpoint: error.endpoint,
      message: `The source's schema could not be read: ${error.message}`,
      details: error.details,
    });
  }
  return error instanceof Error ? error : new Error(String(error));
}

const IDLE: DiscoverState = { status: "idle" };

export function useDiscover(sourceId: string | undefined, connectionId?: string) {
  // The state belongs to the source it was started for: choosing another source starts idle.
  const [owned, setOwned] = useState<{ sourceId?: string; state: DiscoverState }>({ state: IDLE });
  const state = owned.sourceId === sourceId ? owned.state : IDLE;
  const setState = useCallback((next: DiscoverState) => setOwned({ sourceId, state: next }), [sourceId]);
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(() => {
    if (!sourceId) return;
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    const startedAt = Date.now();
    setState({ status: "running", startedAt, stage: "starting" });
    const onProgress = (stage: CommandPhase) => {
      if (!abort.signal.aborted)
        setOwned((current) =>
          current.sourceId === sourceId && current.state.status === "running" && current.state.stage !== stage
            ? { sourceId, state: { ...current.state, stage } }
            : current,
        );
    };
    discoverSourceSchema(sourceId, { signal: abort.signal, onProgress }, connectionId).then(
      (result) => {
        if (abort.signal.aborted) return;
        performance.mark("syncdeck:discover-received");
        if (result.jobInfo && result.jobInfo.succeeded === false) {
          const reason = result.jobInfo.failureReason;
          setState({
            status: "error",
            error: new DiscoverFailedError(
              reason?.externalMessage || "The source could not describe its schema.",
              reason?.internalMessage ?? reason?.stacktrace,
            ),
          });
          return;
        }
        if (!result.catalog) {
          setState({ status: "error", error: new DiscoverFailedError("The source finished discovery but sent no catalog.") });
          return;
        }
        setState({ status: "done", catalog: result.catalog, catalogId: result.catalogId, receivedAt: performance.now() });
      },
      (error: unknown) => {
        if (abort.signal.aborted || (error instanceof ApiError && error.kind === "aborted")) return;
        setState({ status: "error", error: explain(error) });
      },
    );
  }, [sourceId, connectionId, setState]);

  const cancel = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setState({ status: "cancelled" });
  }, [setState]);

  const reset = useCallback(() => {
    controller.current?.abort();
    setState(IDLE);
  }, [setState]);

  useEffect(() => () => controller.current?.abort(), []);

  return { state, start, cancel, reset };
}
