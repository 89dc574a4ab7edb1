// Search in the log viewer: the typed text applies after a short pause (or at once on Enter), the
// matches are found a slice at a time, and Enter / Shift+Enter or the arrows move between them.
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useIncrementalScan } from "../../hooks/useIncrementalScan";
import { LogSearch } from "../../lib/logSearch";
import type { LogStore } from "../../lib/logStore";

const SEARCH_DEBOUNCE_MS = 120;

export function useLogSearch(store: LogStore, lineCount: number, revision: number) {
  const [queryInput, setQueryInput] = useState("");
  const [query, setQuery] = useState("");
  const [caseSensitive, setCaseSensitive] = useState(false);
  const [current, setCurrent] = useState(-1);
  useEffect(() => {
    const timer = setTimeout(() => setQuery(queryInput), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [queryInput]);
  // A new search when stored lines were replaced (`revision`): a search only scans lines added after it.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- revision is the store's change signal
  const search = useMemo(() => (query ? new LogSearch(store, query, { caseSensitive }) : null), [store, query, caseSensitive, revision]);
  useIncrementalScan(search, lineCount);
  // The first match of a new search is a benchmark mark: from the keystroke to the match on screen.
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

  const goTo = (delta: 1 | -1) => {
    if (!search || stored === 0) return;
    setCurrent((effectiveCurrent + delta + stored) % stored);
  };

  const type = (text: string) => {
    searchStartedAt.current = performance.now();
    setQueryInput(text);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    if (queryInput !== query) {
      searchStartedAt.current = performance.now();
      setQuery(queryInput);
    } else goTo(event.shiftKey ? -1 : 1);
  };

  /** The current match is on screen: the first one of each search is measured for the benchmark. */
  const matchShown = useCallback(() => {
    if (!search || announcedFirst.current === search) return;
    announcedFirst.current = search;
    requestAnimationFrame(() => performance.measure("syncdeck:log-search", { start: searchStartedAt.current }));
  }, [search]);

  const status = !search
    ? ""
    : search.done
      ? search.count === 0
        ? "No matches"
        : `${effectiveCurrent + 1} of ${search.count.toLocaleString("en-US")}${search.count > stored ? ` (first ${stored.toLocaleString("en-US")} navigable)` : ""}`
      : `${search.count.toLocaleString("en-US")} matches so far (searching ${Math.floor((search.scanned / Math.max(1, lineCount)) * 100)}%)`;

  return {
    queryInput,
    type,
    onKeyDown,
    caseSensitive,
    setCaseSensitive,
    search,
    stored,
    currentLine,
    currentInLine,
    goTo,
    matchShown,
    status,
  };
}

export type LogSearchState = ReturnType<typeof useLogSearch>;
