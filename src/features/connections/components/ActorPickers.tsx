// The new-connection flow's pickers: the workspace's sources or destinations, searched on the
// server (the lists are paged, so a search among the rows loaded so far would miss most of them).
import { useMemo, useState } from "react";
import { useDestinations, useSources } from "@/api/hooks/connections";
import type { PagedList } from "@/api/hooks/pagedList";
import { useDebouncedValue } from "@/shared/useDebouncedValue";
import { ActorPicker, type ActorOption } from "./ActorPicker";

const SEARCH_PAUSE_MS = 150;

interface PickerProps {
  workspaceId: string;
  onChoose(id: string): void;
  createHref: string;
}

function useOptions<T>(list: PagedList<T>, toOption: (item: T) => ActorOption): PagedList<ActorOption> {
  const items = useMemo(() => list.items.map(toOption), [list.items, toOption]);
  return { ...list, items };
}

const sourceOption = (s: { sourceId: string; name: string; sourceName: string; icon?: string }): ActorOption => ({
  id: s.sourceId,
  name: s.name,
  connectorName: s.sourceName,
  icon: s.icon,
});
const destinationOption = (d: { destinationId: string; name: string; destinationName: string; icon?: string }): ActorOption => ({
  id: d.destinationId,
  name: d.name,
  connectorName: d.destinationName,
  icon: d.icon,
});

export function SourcePicker({ workspaceId, onChoose, createHref }: PickerProps) {
  const [search, setSearch] = useState("");
  const searched = useDebouncedValue(search.trim(), SEARCH_PAUSE_MS);
  const options = useOptions(useSources(workspaceId, { search: searched }), sourceOption);
  return (
    <ActorPicker
      kind="source"
      options={options}
      search={search}
      onSearch={setSearch}
      searched={searched}
      onChoose={onChoose}
      createHref={createHref}
    />
  );
}

export function DestinationPicker({ workspaceId, onChoose, createHref }: PickerProps) {
  const [search, setSearch] = useState("");
  const searched = useDebouncedValue(search.trim(), SEARCH_PAUSE_MS);
  const options = useOptions(useDestinations(workspaceId, { search: searched }), destinationOption);
  return (
    <ActorPicker
      kind="destination"
      options={options}
      search={search}
      onSearch={setSearch}
      searched={searched}
      onChoose={onChoose}
      createHref={createHref}
    />
  );
}
