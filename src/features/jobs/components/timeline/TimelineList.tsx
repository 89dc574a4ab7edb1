// The timeline's virtualised rows and their infinite loading. Its own component so that scrolling
// (the virtualizer renders its owner on every step) draws the rows again, not the tab around them
// with its filters and headings.
import { useEffect } from "react";
import { VirtualListRegion } from "@/components/virtualList/VirtualListRegion";
import { useVirtualListRows } from "@/components/virtualList/useVirtualListRows";
import type { TimelineItem } from "../../lib/timelineEvents";
import { TimelineEventRow } from "./TimelineEventRow";

// The height the usual row (a job event: its heading and one line of figures) is drawn at. With the
// estimate right, a row scrolling in does not move the rows after it, which cost a second render of
// the list per scroll frame when the estimate was 3 px off.
const ROW_ESTIMATE = 64;
const eventKey = (item: TimelineItem) => item.id;

interface TimelineListProps {
  items: TimelineItem[];
  connectionId: string;
  /** The id of the event shown open. */
  expanded: string | null;
  onToggle: (id: string) => void;
  /** Loads the next page, or joins the request on its way; called as the end of the list comes near. */
  loadMore: (() => unknown) | undefined;
  /** The line after the last row while more events exist. */
  endNote: string | undefined;
}

export function TimelineList({ items, connectionId, expanded, onToggle, loadMore, endNote }: TimelineListProps) {
  // Rows mount inside the scroll event's render (flushSync), so a few beyond the edge are enough;
  // each row kept beyond it is one more to render on every step.
  const { scrollRef, virtualizer } = useVirtualListRows({ items, keyOf: eventKey, estimate: ROW_ESTIMATE, overscan: 3 });
  const lastIndex = virtualizer.getVirtualItems().at(-1)?.index ?? -1;
  // On new items too, not only a new length: a page asked for while a refetch was on its way joined
  // that refetch, and is asked for again once it lands.
  useEffect(() => {
    if (loadMore && lastIndex >= items.length - 5) loadMore();
  }, [lastIndex, items, loadMore]);

  return (
    <VirtualListRegion
      virtualizer={virtualizer}
      scrollRef={scrollRef}
      items={items}
      label="Connection timeline"
      testId="timeline-list"
      endNote={endNote}
      renderItem={(item) => (
        <TimelineEventRow item={item} connectionId={connectionId} expanded={expanded === item.id} onToggle={onToggle} />
      )}
    />
  );
}
