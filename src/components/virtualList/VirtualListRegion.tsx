// A scrollable region with a virtualised list of rows of varying height, and the "Load more" footer
// of an infinite list: the shape the job history and the timeline share. The caller keeps the
// virtualizer (it scrolls to a row, measures, loads the next page as the end comes near).
import { Group } from "@mantine/core";
import type { Virtualizer } from "@tanstack/react-virtual";
import { useState, type ReactNode, type RefObject } from "react";
import { ErrorAlert } from "../ErrorAlert";
import { PlainButton } from "../controls/PlainButton";
import classes from "./VirtualListRegion.module.css";

interface VirtualListRegionProps<T> {
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  scrollRef: RefObject<HTMLDivElement | null>;
  items: readonly T[];
  /** The row of one item; null skips it (an item the list cannot show). */
  renderItem(item: T): ReactNode;
  label: string;
  testId: string;
  /**
   * A line after the last row while more pages exist ("Loading more events…"). The next page is asked
   * for a few rows before the end, so by the time this line scrolls into view it is on its way. Text
   * that is always there needs no render as a page starts loading, which would land in a scroll frame.
   */
  endNote?: string | undefined;
}

export function VirtualListRegion<T>({ virtualizer, scrollRef, items, renderItem, label, testId, endNote }: VirtualListRegionProps<T>) {
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
      {endNote && <p className={classes.endNote}>{endNote}</p>}
    </div>
  );
}

interface LoadMoreFooterProps {
  show: boolean;
  /** Loads the next page (or joins the request already on its way); settles when it has come. */
  onLoadMore(): Promise<unknown>;
  /** The error of a failed next page, with what could not be loaded ("Could not load more jobs"). */
  failed?: { title: string; error: unknown } | undefined;
}

/**
 * The "Load more" button below an infinite list, for keyboards and screen readers (scrolling loads
 * pages too). It shows a page as loading from its own click until the page comes: following the
 * query's fetching state instead would render it as every page starts loading while the list scrolls.
 */
export function LoadMoreFooter({ show, onLoadMore, failed }: LoadMoreFooterProps) {
  const [waiting, setWaiting] = useState(false);
  const load = () => {
    setWaiting(true);
    void onLoadMore().finally(() => setWaiting(false));
  };
  return (
    <>
      {show && (
        <Group justify="center" p="sm">
          <PlainButton variant="default" onClick={load} loading={waiting}>
            Load more
          </PlainButton>
        </Group>
      )}
      {failed && <ErrorAlert title={failed.title} error={failed.error} onRetry={load} />}
    </>
  );
}
