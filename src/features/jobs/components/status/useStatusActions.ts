// The status tab's actions (sync now, cancel, clear data, refresh streams): whether each is possible
// now and why not, what each does, and the stream picker of the last two.
import { useState } from "react";
import { describeError } from "@/api/errors";
import { useDestinationVersion } from "@/api/hooks/destinations";
import { useCancelJob, useClearData, useRefreshStreams, useSyncConnection } from "@/api/hooks/jobs";
import type { JobRead } from "@/api/types";
import { notify } from "@/shared/notify";
import { connectionActions } from "../../lib/jobState";
import type { StreamActionChoice, StreamActionKind } from "../StreamActionModal";
import type { ConnectionStatus, StatusConnection } from "./useConnectionStatus";

export function useStatusActions(connection: StatusConnection, { active, recent }: Pick<ConnectionStatus, "active" | "recent">) {
  const connectionId = connection.connectionId;
  const sync = useSyncConnection(connectionId);
  const cancel = useCancelJob(connectionId);
  const clear = useClearData(connectionId);
  const refresh = useRefreshStreams(connectionId);
  const destinationVersion = useDestinationVersion(connection.destinationId);
  const [modal, setModal] = useState<StreamActionKind | null>(null);

  const states = connectionActions({
    connection,
    activeJob: active?.job,
    requestPending: sync.isPending || cancel.isPending || clear.isPending || refresh.isPending,
    statusKnown: recent.isSuccess,
    refreshSupported: destinationVersion.data?.supportsRefreshes,
  });
  // One line per reason, naming the actions it holds back.
  const reasons = new Map<string, string[]>();
  (
    [
      ["Sync now", states.syncNow],
      ["Cancel", states.cancel],
      ["Clear data", states.clear],
      ["Refresh streams", states.refresh],
    ] as const
  ).forEach(([label, state]) => {
    if (!state.enabled && state.reason) reasons.set(state.reason, [...(reasons.get(state.reason) ?? []), label]);
  });

  const onActionError = (title: string) => (error: unknown) => notify({ color: "red", title, message: describeError(error) });

  const startSync = () =>
    sync.mutate(undefined, {
      onSuccess: (info) => notify({ color: "blue", title: "Sync started", message: `Job ${info.job.id} is ${info.job.status}.` }),
      onError: onActionError("Could not start the sync"),
    });
  // Cancel asks first (CancelJobDialog); the job asked about is kept, so the answer applies to it.
  const [cancelling, setCancelling] = useState<JobRead | undefined>(undefined);
  const askToCancel = () => setCancelling(active?.job);
  const closeCancel = () => setCancelling(undefined);
  const confirmCancel = () => {
    if (!cancelling) return;
    const jobId = cancelling.id;
    cancel.mutate(jobId, {
      onSuccess: () => notify({ color: "gray", title: "Cancelling", message: `Job ${jobId} is being cancelled.` }),
      onError: onActionError("Could not cancel the job"),
      onSettled: closeCancel,
    });
  };
  const confirmStreamAction = (choice: StreamActionChoice) => {
    const refs = choice.streams?.map((s) => ({ streamName: s.name, streamNamespace: s.namespace }));
    const done = {
      onSuccess: () => {
        setModal(null);
        notify({
          color: "blue",
          title: modal === "clear" ? "Clearing data" : "Refresh started",
          message: "A job was started; follow it here.",
        });
      },
    };
    if (modal === "clear") clear.mutate(refs ?? null, done);
    else refresh.mutate({ streams: refs ?? [], mode: choice.refreshMode }, done);
  };
  const closeModal = () => {
    setModal(null);
    clear.reset();
    refresh.reset();
  };

  return {
    states,
    reasons,
    syncPending: sync.isPending,
    cancelPending: cancel.isPending,
    startSync,
    askToCancel,
    cancelling,
    confirmCancel,
    closeCancel,
    modal,
    openModal: setModal,
    modalPending: modal === "clear" ? clear.isPending : refresh.isPending,
    modalError: modal === "clear" ? clear.error : refresh.error,
    confirmStreamAction,
    closeModal,
  };
}

export type StatusActions = ReturnType<typeof useStatusActions>;
