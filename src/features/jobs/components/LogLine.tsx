import { memo, type CSSProperties, type ReactNode } from "react";
import { Link } from "react-router";
import { parseAnsi, type AnsiSegment } from "../lib/ansi";
import { findInLine } from "../lib/logSearch";

/** Longer lines show this much, with a button for the rest: a 1 MB line must not freeze the page. */
export const MAX_DISPLAY_CHARS = 2_000;

interface LogLineProps {
  lineNumber: number;
  /** The line's text (at most MAX_DISPLAY_CHARS plus a little, for escapes at the cut). */
  text: string;
  truncated: boolean;
  fullLength: number;
  level: "error" | "warn" | null;
  matcher: RegExp | null;
  /** Which match in this line is the current one (-1 for none). */
  currentMatchInLine: number;
  isTarget: boolean;
  top: number;
  rowIndex: number;
  /** Lines in the log, for screen readers (only a window of rows is in the DOM). */
  setSize: number;
  measure?: (element: HTMLElement | null) => void;
  onShowFull: (lineIndex: number) => void;
}

function segmentStyle(segment: AnsiSegment): CSSProperties | undefined {
  if (!segment.color && !segment.background) return undefined;
  return { color: segment.color, background: segment.background };
}

/** Segments with search matches wrapped in <mark>; everything is a text node, never markup. */
function renderSegments(segments: AnsiSegment[], ranges: Array<[number, number]>, current: number): ReactNode[] {
  const out: ReactNode[] = [];
  let position = 0;
  let rangeIndex = 0;
  segments.forEach((segment, segmentIndex) => {
    const className = segment.classNames.length > 0 ? segment.classNames.join(" ") : undefined;
    const style = segmentStyle(segment);
    const pieces: ReactNode[] = [];
    let offset = 0;
    const end = position + segment.text.length;
    while (offset < segment.text.length) {
      const range = ranges[rangeIndex];
      const absolute = position + offset;
      if (!range || range[0] >= end) {
        pieces.push(segment.text.slice(offset));
        break;
      }
      if (range[0] > absolute) {
        pieces.push(segment.text.slice(offset, range[0] - position));
        offset = range[0] - position;
        continue;
      }
      const stop = Math.min(range[1], end) - position;
      pieces.push(
        <mark key={`${segmentIndex}-${offset}`} className={rangeIndex === current ? "sd-log-current" : undefined}>
          {segment.text.slice(offset, stop)}
        </mark>,
      );
      offset = stop;
      if (range[1] <= end) rangeIndex += 1;
    }
    position = end;
    out.push(
      className || style ? (
        <span key={segmentIndex} className={className} style={style}>
          {pieces}
        </span>
      ) : (
        pieces.map((piece, i) => (typeof piece === "string" ? <span key={`${segmentIndex}-${i}`}>{piece}</span> : piece))
      ),
    );
  });
  return out;
}

export const LogLine = memo(function LogLine({
  lineNumber,
  text,
  truncated,
  fullLength,
  level,
  matcher,
  currentMatchInLine,
  isTarget,
  top,
  rowIndex,
  setSize,
  measure,
  onShowFull,
}: LogLineProps) {
  const segments = parseAnsi(text);
  const plain = segments.map((segment) => segment.text).join("");
  const ranges = matcher ? findInLine(plain, matcher) : [];
  const className = ["sd-log-row", level ? `sd-log-${level}` : "", isTarget ? "sd-log-target" : ""].filter(Boolean).join(" ");
  return (
    <div
      ref={measure}
      data-index={rowIndex}
      className={className}
      style={{ transform: `translateY(${top}px)` }}
      role="listitem"
      aria-posinset={lineNumber}
      aria-setsize={setSize}
      aria-current={isTarget ? "location" : undefined}
    >
      <Link className="sd-log-gutter" to={{ hash: `L${lineNumber}` }} replace preventScrollReset aria-label={`Link to line ${lineNumber}`}>
        {lineNumber}
      </Link>
      <span className="sd-log-text">
        {renderSegments(segments, ranges, currentMatchInLine)}
        {truncated && (
          <button type="button" className="sd-log-more" onClick={() => onShowFull(lineNumber - 1)}>
            Show full line ({Math.round(fullLength / 1024).toLocaleString("en-US")} kB)
          </button>
        )}
      </span>
    </div>
  );
});
