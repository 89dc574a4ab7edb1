import { useOutletContext } from "react-router";
import type { ConnectionRead } from "@/api/types";

export interface ConnectionOutletContext {
  connection: ConnectionRead;
}

export function useConnectionContext(): ConnectionOutletContext {
  return useOutletContext<ConnectionOutletContext>();
}
