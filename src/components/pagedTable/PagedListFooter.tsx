import { Group, Text } from "@mantine/core";
import type { PagedList } from "@/api/hooks/pagedList";
import { ErrorAlert } from "../ErrorAlert";
import { PlainButton } from "../controls/PlainButton";

/**
 * Below a paged list: how much of it is loaded, a "Load more" button (scrolling loads more too; the
 * button serves keyboards and screen readers), and a failed page's error with a retry.
 */
export function PagedListFooter({ list, noun }: { list: PagedList<unknown>; noun: string }) {
  if (list.loadMoreError) return <ErrorAlert title={`Could not load more ${noun}`} error={list.loadMoreError} onRetry={list.retry} />;
  if (!list.hasMore) return null;
  return (
    <Group gap="sm" justify="center">
      <Text size="sm" c="dimmed">
        Showing {list.items.length.toLocaleString("en-US")}
        {list.total !== undefined ? ` of ${list.total.toLocaleString("en-US")}` : ""}
      </Text>
      <PlainButton variant="default" size="xs" onClick={list.loadMore} loading={list.isLoadingMore}>
        Load more {noun}
      </PlainButton>
    </Group>
  );
}
