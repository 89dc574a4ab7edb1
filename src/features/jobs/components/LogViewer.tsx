import { ActionIcon, Button, Checkbox, Chip, Code, Group, Modal, Switch, Text, TextInput, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconDownload, IconSearch } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useLocation } from 'react-router';
import { useIncrementalScan } from '../hooks/useIncrementalScan';
import { stripAnsi } from '../lib/ansi';
import { LevelFilter, LevelIndex } from '../lib/levelIndex';
import { LOG_LEVELS, type LogLevelName } from '../lib/logLevel';
import { LogSearch } from '../lib/logSearch';
import type { LogStore } from '../lib/logStore';
import { LogLine, MAX_DISPLAY_CHARS } from './LogLine';
import './logViewer.css';

const ROW_HEIGHT = 18;
const SEARCH_DEBOUNCE_MS = 120;

interface LogViewerProps {
  store: LogStore;
  /** Changes whenever lines are added (the store itself is mutable). */
  lineCount: number;
  /** The attempt is still running: offer follow mode. */
  running: boolean;
  downloadName: string;
}

function parseHashLine(hash: string): number | null {
  const match = /^#L(\d+)$/.exec(hash);
  if (!match) return null;
  const line = Number(match[1]);
  return Number.isSafeInteger(line) && line >= 1 ? line - 1 : null;
}

const LEVEL_LABEL: Record<LogLevelName, string> = { error: 'Error', warn: 'Warn', info: 'Info', debug: 'Debug', trace: 'Trace' };

export function LogViewer({ store, lineCount, running, downloadName }: LogViewerProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const location = useLocation();
  const targetLine = parseHashLine(location.hash);

  const [wrap, setWrap] = useState(false);
  const [follow, setFollow] = useState(running && targetLine === null);
  const [fullLine, setFullLine] = useState<number | null>(null);

  // Level filter
  const [levels, setLevels] = useState<LogLevelName[]>([...LOG_LEVELS]);
  const levelIndex = useMemo(() => new LevelIndex(store), [store]);
  const filtering = levels.length > 0 && levels.length < LOG_LEVELS.length;
  const filter = useMemo(() => (filtering ? new LevelFilter(store, levelIndex, levels) : null), [filtering, store, levelIndex, levels]);
  useIncrementalScan(filter, lineCount);
  const rowCount = filter ? filter.count : lineCount;
  const lineAt = useCallback((row: number) => (filter ? filter.lineAt(row) : row), [filter]);
  const rowOf = useCallback((line: number) => (filter ? filter.rowOfLine(line) : Math.min(line, Math.max(0, lineCount - 1))), [filter, lineCount]);

  // Search
  const [queryInput, setQueryInput] = useState('');
  const [query, setQuery] = useState('');
  const [caseSensitive, setCaseSensitive] = useState(false);
  const [current, setCurrent] = useState(-1);
  useEffect(() => {
    const timer = setTimeout(() => setQuery(queryInput), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [queryInput]);
  const search = useMemo(() => (query ? new LogSearch(store, query, { caseSensitive }) : null), [store, query, caseSensitive]);
  useIncrementalScan(search, lineCount);
  const searchStartedAt = useRef(0);
  const announcedFirst = useRef<LogSearch | null>(null);
  const [prevSearch, setPrevSearch] = useState(search);
  if (prevSearch !== search) {
    setPrevSearch(search);
    setCurrent(-1);
  }
  const stored = search?.storedCount ?? 0;
  const effectiveCurrent = current === -1 && stored > 0 ? 0 : current;
  const currentLine = search && effectiveCurrent >= 0 ? search.matchLine(effectiveCurrent) : undefined;
  const currentInLine = search && currentLine !== undefined ? effectiveCurrent - search.firstMatchAtOrAfter(currentLine) : -1;

  // The virtualizer is a mutable object by design; this component does not rely on the compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 20,
    // Rows can render before the container is measured (first paint, and jsdom in tests).
    initialRect: { width: 1000, height: 600 },
  });

  useEffect(() => {
    virtualizer.measure();
  }, [wrap, virtualizer]);

  // Scroll to the current match; the first match of a new search is also a benchmark mark.
  useEffect(() => {
    if (currentLine === undefined) return;
    virtualizer.scrollToIndex(rowOf(currentLine), { align: 'center' });
    if (search && announcedFirst.current !== search) {
      announcedFirst.current = search;
      requestAnimationFrame(() => performance.measure('syncdeck:log-search', { start: searchStartedAt.current }));
    }
  }, [currentLine, rowOf, virtualizer, search]);

  // A linked line (#L123): scroll to it once the log has that many lines.
  const scrolledTarget = useRef<number | null>(null);
  useEffect(() => {
    if (targetLine === null || targetLine >= lineCount || scrolledTarget.current === targetLine) return;
    scrolledTarget.current = targetLine;
    virtualizer.scrollToIndex(rowOf(targetLine), { align: 'center' });
  }, [targetLine, lineCount, rowOf, virtualizer]);

  // Follow mode: keep the newest line in view while the attempt runs.
  useEffect(() => {
    if (follow && running && rowCount > 0) virtualizer.scrollToIndex(rowCount - 1, { align: 'end' });
  }, [follow, running, rowCount, virtualizer]);

  // First paint of a log (benchmarked: response received -> lines on screen).
  const painted = useRef(false);
  useEffect(() => {
    if (painted.current || lineCount === 0) return;
    painted.current = true;
    requestAnimationFrame(() => {
      performance.mark('syncdeck:logs-painted');
      scrollRef.current?.setAttribute('data-ready', 'true');
    });
  }, [lineCount]);

  const stopFollowOnUserScroll = () => {
    if (follow) setFollow(false);
  };

  const goTo = (delta: 1 | -1) => {
    if (!search || stored === 0) return;
    setCurrent((effectiveCurrent + delta + stored) % stored);
  };

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (queryInput !== query) {
        searchStartedAt.current = performance.now();
        setQuery(queryInput);
      } else goTo(event.shiftKey ? -1 : 1);
    }
  };

  const download = () => {
    const blob = new Blob([stripAnsi(store.toText())], { type: 'text/plain;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = downloadName;
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const searchStatus = !search
    ? ''
    : search.done
      ? search.count === 0
        ? 'No matches'
        : `${effectiveCurrent + 1} of ${search.count.toLocaleString('en-US')}${search.count > stored ? ` (first ${stored.toLocaleString('en-US')} navigable)` : ''}`
      : `${search.count.toLocaleString('en-US')} matches so far (searching ${Math.floor((search.scanned / Math.max(1, lineCount)) * 100)}%)`;

  const items = virtualizer.getVirtualItems();

  return (
    <div>
      <Group gap="sm" mb="xs" wrap="wrap" align="flex-end">
        <TextInput
          label="Search the log"
          placeholder="Enter: next, Shift+Enter: previous"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={queryInput}
          onChange={(event) => {
            searchStartedAt.current = performance.now();
            setQueryInput(event.currentTarget.value);
          }}
          onKeyDown={onSearchKey}
          w={{ base: '100%', sm: 260 }}
        />
        <Group gap={4}>
          <Tooltip label="Previous match">
            <ActionIcon variant="default" size="lg" aria-label="Previous match" onClick={() => goTo(-1)} disabled={stored === 0}>
              <IconArrowUp size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Next match">
            <ActionIcon variant="default" size="lg" aria-label="Next match" onClick={() => goTo(1)} disabled={stored === 0}>
              <IconArrowDown size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
        <Checkbox label="Match case" checked={caseSensitive} onChange={(event) => setCaseSensitive(event.currentTarget.checked)} />
        <Switch label="Wrap lines" checked={wrap} onChange={(event) => setWrap(event.currentTarget.checked)} />
        {running ? (
          <Switch label="Follow" checked={follow} onChange={(event) => setFollow(event.currentTarget.checked)} />
        ) : null}
        <Button variant="default" leftSection={<IconDownload size={16} />} onClick={download} disabled={lineCount === 0}>
          Download
        </Button>
      </Group>
      <Group gap="xs" mb="xs" wrap="wrap">
        <Text size="sm" id="log-levels-label">
          Levels:
        </Text>
        <Chip.Group multiple value={levels} onChange={(value) => setLevels(value as LogLevelName[])}>
          <Group gap={4} role="group" aria-labelledby="log-levels-label">
            {LOG_LEVELS.map((level) => (
              <Chip key={level} value={level} size="xs">
                {LEVEL_LABEL[level]}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <Text size="sm" c="dimmed" role="status" aria-live="polite">
          {lineCount.toLocaleString('en-US')} lines
          {filter ? ` · ${filter.count.toLocaleString('en-US')} shown${filter.done ? '' : ' (filtering…)'}` : ''}
          {levels.length === 0 ? ' · no level chosen: showing all' : ''}
          {searchStatus ? ` · ${searchStatus}` : ''}
        </Text>
      </Group>
      <div
        ref={scrollRef}
        className={`sd-log${wrap ? ' sd-log-wrap' : ''}`}
        style={{ height: 'max(320px, calc(100dvh - 300px))' }}
        tabIndex={0}
        role="region"
        aria-label="Log lines"
        onWheel={(event) => {
          if (event.deltaY < 0) stopFollowOnUserScroll();
        }}
        onKeyDown={(event) => {
          if (['ArrowUp', 'PageUp', 'Home'].includes(event.key)) stopFollowOnUserScroll();
        }}
      >
        {rowCount === 0 ? (
          <Text p="md" c="dark.0" size="sm">
            {lineCount === 0 ? (running ? 'Waiting for the first log lines…' : 'This attempt has no log lines.') : filter && !filter.done ? 'Filtering…' : 'No lines at the chosen levels.'}
          </Text>
        ) : (
          <div role="list" aria-label={`Log, ${lineCount} lines`} style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}>
            {items.map((item) => {
              const line = lineAt(item.index);
              const length = store.lineLength(line);
              const truncated = length > MAX_DISPLAY_CHARS;
              const text = truncated ? store.linePrefix(line, MAX_DISPLAY_CHARS) : store.line(line);
              const own = levelIndex.ownLevel(line);
              return (
                <LogLine
                  key={item.key}
                  rowIndex={item.index}
                  lineNumber={line + 1}
                  setSize={lineCount}
                  text={text}
                  truncated={truncated}
                  fullLength={length}
                  level={own === 'error' || own === 'warn' ? own : null}
                  matcher={search?.matcher ?? null}
                  currentMatchInLine={line === currentLine ? currentInLine : -1}
                  isTarget={line === targetLine}
                  top={item.start}
                  measure={wrap ? virtualizer.measureElement : undefined}
                  onShowFull={setFullLine}
                />
              );
            })}
          </div>
        )}
      </div>
      <Modal opened={fullLine !== null} onClose={() => setFullLine(null)} title={fullLine !== null ? `Line ${fullLine + 1}` : ''} size="xl" closeButtonProps={{ 'aria-label': 'Close' }}>
        {fullLine !== null && (
          <Code block tabIndex={0} style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', maxHeight: '70vh', overflow: 'auto' }}>
            {stripAnsi(store.line(fullLine))}
          </Code>
        )}
      </Modal>
    </div>
  );
}
