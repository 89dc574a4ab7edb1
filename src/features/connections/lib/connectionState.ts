// A connection's state for lists, from its latest job: running, failed, healthy or never synced.
import type { JobStatus } from "@/api/types";

export type ConnectionState = "running" | "failed" | "healthy" | "cancelled" | "never";

export function connectionState(latestJobStatus: JobStatus | undefined): ConnectionState {
  switch (latestJobStatus) {
    case "running":
    case "pending":
    case "incomplete":
    case "queued":
      return "running";
    case "failed":
      return "failed";
    case "succeeded":
      return "healthy";
    case "cancelled":
      return "cancelled";
    default:
      return "never";
  }
}

export const STATE_LABEL: Record<ConnectionState, string> = {
  running: "Running",
  failed: "Failed",
  healthy: "Healthy",
  cancelled: "Cancelled",
  never: "Never synced",
};

export const STATE_COLOR: Record<ConnectionState, string> = {
  running: "blue",
  failed: "red",
  healthy: "green",
  cancelled: "gray",
  never: "gray",
};
