// The level filter of the log viewer: which levels are shown, and the rows that leaves (scanned a
// slice at a time, so a million-line log stays responsive).
import { useCallback, useMemo, useState } from "react";
import { useIncrementalScan } from "../../hooks/useIncrementalScan";
import { LevelFilter, LevelIndex } from "../../lib/levelIndex";
import { LOG_LEVELS, type LogLevelName } from "../../lib/logLevel";
import type { LogStore } from "../../lib/logStore";

export function useLogLevels(store: LogStore, lineCount: number, revision: number) {
  const [levels, setLevels] = useState<LogLevelName[]>([...LOG_LEVELS]);
  // A new index when stored lines were replaced (`revision`): an index only scans lines added after it.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- revision is the store's change signal
  const levelIndex = useMemo(() => new LevelIndex(store), [store, revision]);
  const filtering = levels.length > 0 && levels.length < LOG_LEVELS.length;
  const filter = useMemo(() => (filtering ? new LevelFilter(store, levelIndex, levels) : null), [filtering, store, levelIndex, levels]);
  useIncrementalScan(filter, lineCount);
  const rowCount = filter ? filter.count : lineCount;
  /** The log line shown in a row. */
  const lineAt = useCallback((row: number) => (filter ? filter.lineAt(row) : row), [filter]);
  /** The row showing a log line (or the nearest one, when its level is hidden). */
  const rowOf = useCallback(
    (line: number) => (filter ? filter.rowOfLine(line) : Math.min(line, Math.max(0, lineCount - 1))),
    [filter, lineCount],
  );
  return { levels, setLevels, levelIndex, filter, rowCount, lineAt, rowOf };
}
