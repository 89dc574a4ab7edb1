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

/** The kind's rows as picker options, searched on the server; only the kind's own list is fetched. */
function usePickerOptions(kind: "source" | "destination", workspaceId: string, searched: string): PagedList<ActorOption> {
  const sources = useOptions(useSources(workspaceId, { search: searched }, { enabled: kind === "source" }), sourceOption);
  const destinations = useOptions(
    useDestinations(workspaceId, { search: searched }, { enabled: kind === "destination" }),
    destinationOption,
  );
  return kind === "source" ? sources : destinations;
}

function Picker({ kind, workspaceId, onChoose, createHref }: PickerProps & { kind: "source" | "destination" }) {
  const [search, setSearch] = useState("");
  const searched = useDebouncedValue(search.trim(), SEARCH_PAUSE_MS);
  const options = usePickerOptions(kind, workspaceId, searched);
  return (
    <ActorPicker
      kind={kind}
      options={options}
      search={search}
      onSearch={setSearch}
      searched={searched}
      onChoose={onChoose}
      createHref={createHref}
    />
  );
}

export function SourcePicker(props: PickerProps) {
  return <Picker kind="source" {...props} />;
}

export function DestinationPicker(props: PickerProps) {
  return <Picker kind="destination" {...props} />;
}
