// A scrollable region with a virtualised list of rows of varying height, and the "Load more" footer
// of an infinite list: the shape the job history and the timeline share. The caller keeps the
// virtualizer (it scrolls to a row, measures, loads the next page as the end comes near).
import { Button, Group } from "@mantine/core";
import type { Virtualizer } from "@tanstack/react-virtual";
import type { ReactNode, RefObject } from "react";
import { ErrorAlert } from "../ErrorAlert";

interface VirtualListRegionProps<T> {
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  scrollRef: RefObject<HTMLDivElement | null>;
  items: readonly T[];
  /** The row of one item; null skips it (an item the list cannot show). */
  renderItem(item: T): ReactNode;
  label: string;
  testId: string;
}

export function VirtualListRegion<T>({ virtualizer, scrollRef, items, renderItem, label, testId }: VirtualListRegionProps<T>) {
  return (
    <div
      ref={scrollRef}
      style={{ height: "min(70vh, 640px)", overflow: "auto" }}
      data-testid={testId}
      aria-label={label}
      role="region"
      tabIndex={0}
    >
      <div role="list" style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
        {virtualizer.getVirtualItems().map((virtualItem) => {
          const item = items[virtualItem.index];
          const row = item === undefined ? null : renderItem(item);
          if (row === null) return null;
          return (
            <div
              key={virtualItem.key}
              role="listitem"
              data-index={virtualItem.index}
              ref={virtualizer.measureElement}
              style={{ position: "absolute", top: 0, left: 0, width: "100%", transform: `translateY(${virtualItem.start}px)` }}
            >
              {row}
            </div>
          );
        })}
      </div>
    </div>
  );
}

interface LoadMoreFooterProps {
  show: boolean;
  loading: boolean;
  onLoadMore(): void;
  /** The error of a failed next page, with what could not be loaded ("Could not load more jobs"). */
  failed?: { title: string; error: unknown };
}

export function LoadMoreFooter({ show, loading, onLoadMore, failed }: LoadMoreFooterProps) {
  return (
    <>
      {show && (
        <Group justify="center" p="sm">
          <Button variant="default" onClick={onLoadMore} loading={loading}>
            Load more
          </Button>
        </Group>
      )}
      {failed && <ErrorAlert title={failed.title} error={failed.error} onRetry={onLoadMore} />}
    </>
  );
}
