// The stream table's controls: search and filters, and the bulk actions over the rows shown. Both
// are memoised so toggling a stream does not re-render them.
import { Button, Group, NativeSelect, SegmentedControl, TextInput } from "@mantine/core";
import { IconSearch } from "@tabler/icons-react";
import { memo } from "react";
import type { StatusFilter } from "../lib/filterStreams";
import { pairId, pairLabel, type SyncModePair } from "../lib/syncModes";

const STATUS_OPTIONS = [
  { value: "all", label: "All" },
  { value: "enabled", label: "Enabled" },
  { value: "disabled", label: "Disabled" },
  { value: "errors", label: "Has errors" },
];

interface StreamFiltersProps {
  query: string;
  onQuery: (query: string) => void;
  namespace: string | null;
  onNamespace: (namespace: string | null) => void;
  namespaces: readonly string[];
  status: StatusFilter;
  onStatus: (status: StatusFilter) => void;
}

/** Search and filters; memoised so toggling a stream does not re-render them. */
export const StreamFilters = memo(function StreamFilters({
  query,
  onQuery,
  namespace,
  onNamespace,
  namespaces,
  status,
  onStatus,
}: StreamFiltersProps) {
  return (
    <Group gap="sm" wrap="wrap" align="flex-end">
      <TextInput
        aria-label="Search streams"
        placeholder="Search by stream or namespace"
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        value={query}
        onChange={(event) => onQuery(event.currentTarget.value)}
        style={{ flex: "1 1 220px" }}
      />
      {namespaces.length > 1 && (
        <NativeSelect
          aria-label="Namespace"
          value={namespace ?? ""}
          onChange={(event) => onNamespace(event.currentTarget.value || null)}
          data={[{ value: "", label: "All namespaces" }, ...namespaces.map((n) => ({ value: n, label: n }))]}
        />
      )}
      <SegmentedControl
        aria-label="Show streams"
        size="xs"
        data={STATUS_OPTIONS}
        value={status}
        onChange={(value) => onStatus(value as StatusFilter)}
      />
    </Group>
  );
});

interface BulkActionsProps {
  all: boolean;
  empty: boolean;
  onSelect: (selected: boolean) => void;
  /** The pairs the destination and at least one of the streams support. */
  pairs: readonly SyncModePair[];
  onPair: (pairId: string) => void;
}

/** Bulk actions over the rows shown; memoised so a toggle does not re-render them. */
export const BulkActions = memo(function BulkActions({ all, empty, pairs, onSelect, onPair }: BulkActionsProps) {
  const scope = all ? "all" : "shown";
  return (
    <Group gap="xs" wrap="wrap">
      <Button size="xs" variant="default" onClick={() => onSelect(true)} disabled={empty}>
        Enable {scope}
      </Button>
      <Button size="xs" variant="default" onClick={() => onSelect(false)} disabled={empty}>
        Disable {scope}
      </Button>
      <NativeSelect
        size="xs"
        aria-label={`Set sync mode for ${scope} streams`}
        value=""
        disabled={empty || pairs.length === 0}
        onChange={(event) => onPair(event.currentTarget.value)}
        data={[{ value: "", label: "Set sync mode…" }, ...pairs.map((p) => ({ value: pairId(p), label: pairLabel(p) }))]}
      />
    </Group>
  );
});
