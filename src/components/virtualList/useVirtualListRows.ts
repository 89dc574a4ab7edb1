// The virtualizer behind VirtualListRegion (job history, timeline): rows of varying height in a
// scrolling region, keyed by their item and sized by the ResizeObserver.
import { useVirtualizer, type Virtualizer } from "@tanstack/react-virtual";
import { useCallback, useRef, type Key } from "react";

/**
 * Row sizes from the ResizeObserver only (batched, after layout): the virtualizer's default also reads
 * offsetHeight as each row mounts, which forces a layout of the whole page per row. Before a row's
 * first observation: the size last known for its key, else `fallback`.
 */
export function measureByResizeObserver<S extends Element, E extends Element>(fallback: number) {
  return (element: E, entry: ResizeObserverEntry | undefined, instance: Virtualizer<S, E>): number => {
    const box = entry?.borderBoxSize?.[0];
    if (box) return Math.round(box.blockSize);
    return instance.itemSizeCache.get(instance.options.getItemKey(instance.indexFromElement(element))) ?? fallback;
  };
}

interface VirtualListRowsOptions<T> {
  items: readonly T[];
  /** An item's key (its index when it has none). A module-level function: see getItemKey below. */
  keyOf: (item: T) => Key | undefined;
  /** The height the usual row is drawn at: with it right, a row coming into view moves no other. */
  estimate: number;
  /** Rows rendered beyond each edge of the region. */
  overscan: number;
}

export function useVirtualListRows<T>({ items, keyOf, estimate, overscan }: VirtualListRowsOptions<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The same function until the items change: the virtualizer lays out every loaded row again when
  // it gets a new one, and its owner renders on every scroll step.
  const getItemKey = useCallback(
    (index: number) => {
      const item = items[index];
      return (item === undefined ? undefined : keyOf(item)) ?? index;
    },
    [items, keyOf],
  );
  // The virtualizer is a mutable object by design; its owners do not rely on the compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimate,
    overscan,
    initialRect: { width: 1000, height: 640 },
    getItemKey,
    measureElement: measureByResizeObserver(estimate),
  });
  return { scrollRef, virtualizer };
}
