// The log viewer's controls: search with previous / next match, match case, wrap, follow, download.
import { ActionIcon, Button, Checkbox, Group, Switch, TextInput, Tooltip } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconDownload, IconSearch } from "@tabler/icons-react";
import type { LogSearchState } from "./useLogSearch";

interface LogToolbarProps {
  search: LogSearchState;
  wrap: boolean;
  onWrap(wrap: boolean): void;
  /** Only while the attempt runs: keep the newest line in view. */
  follow: boolean | null;
  onFollow(follow: boolean): void;
  onDownload(): void;
  canDownload: boolean;
}

export function LogToolbar({ search, wrap, onWrap, follow, onFollow, onDownload, canDownload }: LogToolbarProps) {
  return (
    <Group gap="sm" mb="xs" wrap="wrap" align="flex-end">
      <TextInput
        label="Search the log"
        placeholder="Find in the log"
        description="Enter: next match · Shift+Enter: previous"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search.queryInput}
        onChange={(event) => search.type(event.currentTarget.value)}
        onKeyDown={search.onKeyDown}
        w={{ base: "100%", sm: 260 }}
      />
      <Group gap={4}>
        <Tooltip label="Previous match">
          <ActionIcon
            variant="default"
            size="lg"
            aria-label="Previous match"
            onClick={() => search.goTo(-1)}
            disabled={search.stored === 0}
          >
            <IconArrowUp size={16} />
          </ActionIcon>
        </Tooltip>
        <Tooltip label="Next match">
          <ActionIcon variant="default" size="lg" aria-label="Next match" onClick={() => search.goTo(1)} disabled={search.stored === 0}>
            <IconArrowDown size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
      <Checkbox
        label="Match case"
        checked={search.caseSensitive}
        onChange={(event) => search.setCaseSensitive(event.currentTarget.checked)}
      />
      <Switch label="Wrap lines" checked={wrap} onChange={(event) => onWrap(event.currentTarget.checked)} />
      {follow !== null ? <Switch label="Follow" checked={follow} onChange={(event) => onFollow(event.currentTarget.checked)} /> : null}
      <Button variant="default" leftSection={<IconDownload size={16} />} onClick={onDownload} disabled={!canDownload}>
        Download
      </Button>
    </Group>
  );
}
