import { useEffect, useState, type RefObject } from "react";
import type { PagedList } from "@/api/hooks/pagedList";

// How close to view (px) the end of the list is when the next page is asked for: about a screenful
// of rows ahead, so scrolling rarely reaches rows still to come.
const AHEAD_PX = 600;

/**
 * Infinite scroll: the returned ref goes on an element at the end of the list (PagedTableRows'
 * `attachEnd`); the next page is asked for when it comes within AHEAD_PX of the scrolling element's
 * view, and again after each page while it stays there (a list too short to fill its box). An
 * IntersectionObserver, so scrolling never forces a layout; a failed page waits for a retry.
 */
export function useLoadMoreSentinel(
  scrollRef: RefObject<HTMLElement | null>,
  list: Pick<PagedList<unknown>, "hasMore" | "isLoadingMore" | "loadMoreError" | "loadMore">,
) {
  const [sentinel, setSentinel] = useState<Element | null>(null);
  const { hasMore, isLoadingMore, loadMoreError, loadMore } = list;
  useEffect(() => {
    // No IntersectionObserver (a test's DOM): the "Load more" button still works.
    if (!sentinel || !hasMore || isLoadingMore || loadMoreError || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && loadMore(), {
      root: scrollRef.current,
      rootMargin: `0px 0px ${AHEAD_PX}px 0px`,
    });
    observer.observe(sentinel);
    return () => observer.disconnect();
  }, [sentinel, scrollRef, hasMore, isLoadingMore, loadMoreError, loadMore]);
  return setSentinel;
}
