// Bars over time for the status page's history (uPlot, the chart library of the job history; loaded
// only with this card). Pointing at a bar or moving with the arrow keys names its values in a live
// line above; the card lists the same figures in a table for screen readers.
import { Text, useMantineTheme } from "@mantine/core";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { formatCompactCount } from "@/shared/format";
import { canvasAvailable } from "../../lib/canvasAvailable";

interface BarSeries {
  label: string;
  /** A Mantine colour name; shade 7 is used. */
  color: string;
  values: ReadonlyArray<number | null>;
}

interface HistoryBarsProps {
  /** Epoch seconds, ascending. */
  x: readonly number[];
  series: readonly BarSeries[];
  /** The values of one bar in words, for the live line. */
  describe: (index: number) => string;
  label: string;
  /** What the live line says before anything is pointed at. */
  hint: string;
}

export default function HistoryBars(props: HistoryBarsProps) {
  const [supported] = useState(canvasAvailable);
  if (!supported)
    return (
      <Text size="sm" c="dimmed">
        The chart cannot be drawn in this browser; the table below has the same figures.
      </Text>
    );
  return <Bars {...props} />;
}

function Bars({ x, series, describe, label, hint }: HistoryBarsProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<uPlot | null>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  const theme = useMantineTheme();
  const colors = series.map((s) => theme.colors[s.color]?.[7] ?? s.color);
  const axisColor = theme.colors.gray[6];
  const statusId = useId();

  useEffect(() => {
    const element = containerRef.current;
    if (!element) return;
    const count = series.length;
    const bars = uPlot.paths.bars;
    const options: uPlot.Options = {
      width: Math.max(280, element.clientWidth),
      height: 160,
      legend: { show: false },
      cursor: { points: { show: false }, drag: { x: false, y: false } },
      scales: { x: { time: true } },
      series: [
        {},
        ...series.map((s, i) => ({
          label: s.label,
          stroke: colors[i],
          fill: colors[i],
          width: 0,
          // Bars side by side within each x: the first series left, the last right.
          paths: bars ? bars({ size: [0.8 / count, 40], align: count === 1 ? 0 : i === 0 ? -1 : 1 }) : undefined,
          points: { show: false },
        })),
      ],
      axes: [
        { stroke: axisColor, grid: { show: false } },
        { stroke: axisColor, size: 56, values: (_plot, splits) => splits.map((value) => formatCompactCount(value)) },
      ],
      hooks: { setCursor: [(plot) => setHovered(plot.cursor.idx ?? null)] },
    };
    const plot = new uPlot(options, [x as number[], ...series.map((s) => s.values as (number | null)[])], element);
    plotRef.current = plot;
    const observer = new ResizeObserver(() => plot.setSize({ width: Math.max(280, element.clientWidth), height: 160 }));
    observer.observe(element);
    return () => {
      observer.disconnect();
      plot.destroy();
      plotRef.current = null;
    };
    // Colours come from the theme, which does not change while the card is shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [x, series]);

  const pointAt = (index: number) => {
    const plot = plotRef.current;
    const value = x[index];
    if (!plot || value === undefined) return;
    plot.setCursor({ left: plot.valToPos(value, "x"), top: 10 });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = x.length - 1;
    if (last < 0) return;
    const current = hovered ?? last;
    const moves: Record<string, number> = {
      ArrowLeft: current - 1,
      ArrowRight: current + 1,
      Home: 0,
      End: last,
      PageUp: current + 10,
      PageDown: current - 10,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    pointAt(hovered === null ? last : Math.min(last, Math.max(0, moves[event.key]!)));
  };

  return (
    <div>
      <Text size="xs" c="dimmed" mih={18} id={statusId} aria-live="polite">
        {hovered !== null && hovered < x.length ? describe(hovered) : hint}
      </Text>
      <div
        ref={containerRef}
        tabIndex={0}
        role="group"
        aria-roledescription="chart"
        aria-label={`${label}. Arrow keys move between bars; the table below has the same figures.`}
        aria-describedby={statusId}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
