// The timeline's virtualised rows and their infinite loading. Its own component so that scrolling
// (the virtualizer renders its owner on every step) draws the rows again, not the tab around them
// with its filters and headings.
import { useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useRef } from "react";
import { VirtualListRegion } from "@/components/virtualList/VirtualListRegion";
import type { TimelineItem } from "../../lib/timelineEvents";
import { TimelineEventRow } from "./TimelineEventRow";

// The height the usual row (a job event: its heading and one line of figures) is drawn at. With the
// estimate right, a row scrolling in does not move the rows after it, which cost a second render of
// the list per scroll frame when the estimate was 3 px off.
const ROW_ESTIMATE = 64;

interface TimelineListProps {
  items: TimelineItem[];
  connectionId: string;
  /** The id of the event shown open. */
  expanded: string | null;
  onToggle: (id: string) => void;
  /** Loads the next page; called as the end of the list comes into view. */
  loadMore: (() => void) | undefined;
}

export function TimelineList({ items, connectionId, expanded, onToggle, loadMore }: TimelineListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The same function until the items change: the virtualizer lays out every loaded row again when
  // it gets a new one, and this component renders on every scroll step.
  const getItemKey = useCallback((index: number) => items[index]?.id ?? index, [items]);
  // The virtualizer is a mutable object by design; this component does not rely on the compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 3,
    initialRect: { width: 1000, height: 640 },
    getItemKey,
    // Sizes from the ResizeObserver only (see JobHistoryTab: reading offsetHeight per row forces layouts).
    measureElement: (element, entry, instance) => {
      const box = entry?.borderBoxSize?.[0];
      if (box) return Math.round(box.blockSize);
      const key = instance.options.getItemKey(instance.indexFromElement(element));
      return instance.itemSizeCache.get(key) ?? ROW_ESTIMATE;
    },
  });
  const lastIndex = virtualizer.getVirtualItems().at(-1)?.index ?? -1;
  useEffect(() => {
    if (loadMore && lastIndex >= items.length - 5) loadMore();
  }, [lastIndex, items.length, loadMore]);

  return (
    <VirtualListRegion
      virtualizer={virtualizer}
      scrollRef={scrollRef}
      items={items}
      label="Connection timeline"
      testId="timeline-list"
      renderItem={(item) => (
        <TimelineEventRow item={item} connectionId={connectionId} expanded={expanded === item.id} onToggle={onToggle} />
      )}
    />
  );
}
