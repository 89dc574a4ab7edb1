import { useEffect, type RefObject } from 'react';
import type { PagedList } from '@/api/hooks/pagedList';

// How close to the end (px) the next page is asked for: about a screenful of rows before it shows.
const AHEAD_PX = 600;

/**
 * Infinite scroll: ask for the next page when the scrolling element nears its end, or at once when
 * what is loaded does not fill it. A failed page waits for the user's retry.
 */
export function useLoadMoreOnScroll(scrollRef: RefObject<HTMLElement | null>, list: Pick<PagedList<unknown>, 'hasMore' | 'isLoadingMore' | 'loadMoreError' | 'loadMore'>, loaded: number) {
  const { hasMore, isLoadingMore, loadMoreError, loadMore } = list;
  useEffect(() => {
    const element = scrollRef.current;
    if (!element || !hasMore || isLoadingMore || loadMoreError) return;
    const check = () => {
      // Not laid out (hidden, or a test's DOM without layout): no idea where the end is, so wait.
      if (element.clientHeight > 0 && element.scrollTop + element.clientHeight >= element.scrollHeight - AHEAD_PX) loadMore();
    };
    check();
    element.addEventListener('scroll', check, { passive: true });
    return () => element.removeEventListener('scroll', check);
  }, [scrollRef, hasMore, isLoadingMore, loadMoreError, loadMore, loaded]);
}
