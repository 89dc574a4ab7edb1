// An attempt's log: virtualised lines (a million stay smooth), level filter, search, follow mode,
// linked lines (#L123), download. The controls and their state live in ./log; this component
// places the rows and keeps the right one in view.
import { Code, Modal, Text } from "@mantine/core";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useRef, useState } from "react";
import { useLocation } from "react-router";
import { stripAnsi } from "../lib/ansi";
import type { LogStore } from "../lib/logStore";
import { LogLevelBar } from "./log/LogLevelBar";
import { LogToolbar } from "./log/LogToolbar";
import { useLogLevels } from "./log/useLogLevels";
import { useLogSearch } from "./log/useLogSearch";
import { LogLine, MAX_DISPLAY_CHARS } from "./LogLine";
import "./logViewer.css";

const ROW_HEIGHT = 18;

interface LogViewerProps {
  store: LogStore;
  /** Changes whenever lines are added (the store itself is mutable). */
  lineCount: number;
  /** Changes whenever stored lines are replaced: level and search indexes start again. */
  revision: number;
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

export function LogViewer({ store, lineCount, revision, running, downloadName }: LogViewerProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const location = useLocation();
  const targetLine = parseHashLine(location.hash);

  const [wrap, setWrap] = useState(false);
  const [follow, setFollow] = useState(running && targetLine === null);
  const [fullLine, setFullLine] = useState<number | null>(null);

  const { levels, setLevels, levelIndex, filter, rowCount, lineAt, rowOf } = useLogLevels(store, lineCount, revision);
  const search = useLogSearch(store, lineCount, revision);
  const { currentLine, currentInLine, matchShown } = search;

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
    virtualizer.scrollToIndex(rowOf(currentLine), { align: "center" });
    matchShown();
  }, [currentLine, rowOf, virtualizer, matchShown]);

  // A linked line (#L123): scroll to it once the log has that many lines.
  const scrolledTarget = useRef<number | null>(null);
  useEffect(() => {
    if (targetLine === null || targetLine >= lineCount || scrolledTarget.current === targetLine) return;
    scrolledTarget.current = targetLine;
    virtualizer.scrollToIndex(rowOf(targetLine), { align: "center" });
  }, [targetLine, lineCount, rowOf, virtualizer]);

  // Follow mode: keep the newest line in view while the attempt runs.
  useEffect(() => {
    if (follow && running && rowCount > 0) virtualizer.scrollToIndex(rowCount - 1, { align: "end" });
  }, [follow, running, rowCount, virtualizer]);

  // First paint of a log (benchmarked: response received -> lines on screen).
  const painted = useRef(false);
  useEffect(() => {
    if (painted.current || lineCount === 0) return;
    painted.current = true;
    requestAnimationFrame(() => {
      performance.mark("syncdeck:logs-painted");
      scrollRef.current?.setAttribute("data-ready", "true");
    });
  }, [lineCount]);

  const stopFollowOnUserScroll = () => {
    if (follow) setFollow(false);
  };

  const download = () => {
    const blob = new Blob([stripAnsi(store.toText())], { type: "text/plain;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const anchor = document.createElement("a");
    anchor.href = url;
    anchor.download = downloadName;
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const items = virtualizer.getVirtualItems();

  return (
    <div>
      <LogToolbar
        search={search}
        wrap={wrap}
        onWrap={setWrap}
        follow={running ? follow : null}
        onFollow={setFollow}
        onDownload={download}
        canDownload={lineCount > 0}
      />
      <LogLevelBar
        levels={levels}
        onLevels={setLevels}
        summary={[
          `${lineCount.toLocaleString("en-US")} lines`,
          filter ? `${filter.count.toLocaleString("en-US")} shown${filter.done ? "" : " (filtering…)"}` : "",
          levels.length === 0 ? "no level chosen: showing all" : "",
          search.status,
        ]
          .filter(Boolean)
          .join(" · ")}
      />
      <div
        ref={scrollRef}
        className={`sd-log${wrap ? " sd-log-wrap" : ""}`}
        style={{ height: "max(320px, calc(100dvh - 300px))" }}
        tabIndex={0}
        role="region"
        aria-label="Log lines"
        onWheel={(event) => {
          if (event.deltaY < 0) stopFollowOnUserScroll();
        }}
        onKeyDown={(event) => {
          if (["ArrowUp", "PageUp", "Home"].includes(event.key)) stopFollowOnUserScroll();
        }}
      >
        {rowCount === 0 ? (
          <Text p="md" c="dark.0" size="sm">
            {lineCount === 0
              ? running
                ? "Waiting for the first log lines…"
                : "This attempt has no log lines."
              : filter && !filter.done
                ? "Filtering…"
                : "No lines at the chosen levels."}
          </Text>
        ) : (
          <div
            role="list"
            aria-label={`Log, ${lineCount} lines`}
            style={{ height: virtualizer.getTotalSize(), position: "relative", width: "100%" }}
          >
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
                  level={own === "error" || own === "warn" ? own : null}
                  matcher={search.search?.matcher ?? null}
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
      <Modal
        opened={fullLine !== null}
        onClose={() => setFullLine(null)}
        title={fullLine !== null ? `Line ${fullLine + 1}` : ""}
        size="xl"
        closeButtonProps={{ "aria-label": "Close" }}
      >
        {fullLine !== null && (
          <Code block tabIndex={0} style={{ whiteSpace: "pre-wrap", wordBreak: "break-all", maxHeight: "70vh", overflow: "auto" }}>
            {stripAnsi(store.line(fullLine))}
          </Code>
        )}
      </Modal>
    </div>
  );
}
