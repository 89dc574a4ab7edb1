import { Badge } from "@mantine/core";
import { STATE_COLOR, STATE_LABEL, type ConnectionState } from "../lib/connectionState";

export function ConnectionStateBadge({ state }: { state: ConnectionState }) {
  return (
    // max-content: in an auto-width table column the badge would otherwise be squeezed to "HEA…".
    <Badge color={STATE_COLOR[state]} variant="dot" radius="sm" style={{ minWidth: "max-content" }}>
      {STATE_LABEL[state]}
    </Badge>
  );
}
