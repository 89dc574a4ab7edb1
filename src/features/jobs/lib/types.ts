import type { Schemas } from "@/api/types";

export type AttemptRead = Schemas["AttemptRead"];
export type FailureReason = Schemas["FailureReason"];
