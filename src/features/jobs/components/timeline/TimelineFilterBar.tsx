import { Button, Card, Group, MultiSelect, TextInput } from "@mantine/core";
import { memo } from "react";
import { useDropdownOnOpen } from "@/components/controls/useDropdownOnOpen";
import { GROUP_LABEL, STATUS_LABEL, type TimelineGroup, type TimelineStatus } from "../../lib/timelineEvents";
import { isFiltered, TIMELINE_GROUPS, TIMELINE_STATUSES, type TimelineFilters } from "../../lib/timelineFilters";

/** Type, status and date range of the timeline (kept in the URL by the tab). */
export const TimelineFilterBar = memo(function TimelineFilterBar({
  filters,
  onChange,
}: {
  filters: TimelineFilters;
  onChange: (next: TimelineFilters) => void;
}) {
  // The two lists' options exist only while open (a closed list mounted costs a layout on the first screen).
  const dropdown = useDropdownOnOpen();
  return (
    <Card withBorder padding="md">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <MultiSelect
          label="Event type"
          placeholder={filters.groups.length === 0 ? "Any type" : undefined}
          data={TIMELINE_GROUPS.map((group) => ({ value: group, label: GROUP_LABEL[group] }))}
          value={filters.groups}
          onChange={(value) => onChange({ ...filters, groups: value as TimelineGroup[] })}
          clearable
          {...dropdown}
          w={{ base: "100%", sm: 280 }}
        />
        <MultiSelect
          label="Status"
          description={filters.statuses.length > 0 ? "Syncs, refreshes and clears only" : undefined}
          placeholder={filters.statuses.length === 0 ? "Any status" : undefined}
          data={TIMELINE_STATUSES.map((status) => ({ value: status, label: STATUS_LABEL[status] }))}
          value={filters.statuses}
          onChange={(value) => onChange({ ...filters, statuses: value as TimelineStatus[] })}
          clearable
          {...dropdown}
          w={{ base: "100%", sm: 240 }}
        />
        <TextInput
          type="date"
          label="From"
          value={filters.from ?? ""}
          max={filters.to}
          onChange={(event) => onChange({ ...filters, from: event.currentTarget.value || undefined })}
        />
        <TextInput
          type="date"
          label="To"
          value={filters.to ?? ""}
          min={filters.from}
          onChange={(event) => onChange({ ...filters, to: event.currentTarget.value || undefined })}
        />
        {isFiltered(filters) && (
          <Button variant="subtle" onClick={() => onChange({ groups: [], statuses: [] })}>
            Clear filters
          </Button>
        )}
      </Group>
    </Card>
  );
});
