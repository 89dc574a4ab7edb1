// Sync history over time, drawn with uPlot (small and fast; loaded only when the history is shown).
import { alpha, Checkbox, Group, Text, useMantineTheme } from "@mantine/core";
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import type { JobWithAttemptsRead } from "@/api/types";
import { formatBytes, formatCompactCount, formatCount, formatDateTime, formatDuration } from "@/shared/format";
import { JOB_KIND_LABEL, JOB_STATUS_LABEL, jobKind } from "../lib/jobState";
import { jobFigures } from "../lib/jobSummary";
import { canvasAvailable } from "../lib/canvasAvailable";

interface SyncHistoryChartProps {
  jobs: readonly JobWithAttemptsRead[];
  /** Open a job (the history expands it). */
  onOpenJob: (jobId: number) => void;
}

// Theme colours (the canvas needs their values, read from the theme below).
const SERIES = [
  { key: "duration", label: "Duration (minutes)", color: "blue", shade: 6 },
  { key: "records", label: "Records", color: "green", shade: 8 },
  { key: "bytes", label: "Data (MB)", color: "yellow", shade: 9 },
  { key: "failures", label: "Failures", color: "red", shade: 8 },
] as const;

interface ChartData {
  points: JobWithAttemptsRead[];
  data: uPlot.AlignedData;
}

function buildData(jobs: readonly JobWithAttemptsRead[]): ChartData {
  // uPlot wants x ascending; the history is newest first. Jobs without a start time are left out.
  const rows = jobs
    .map((item) => ({ item, figures: jobFigures(item) }))
    .filter((row) => row.figures.startedAt !== undefined)
    .sort((a, b) => (a.figures.startedAt as number) - (b.figures.startedAt as number));
  const x: number[] = [];
  const duration: Array<number | null> = [];
  const records: Array<number | null> = [];
  const bytes: Array<number | null> = [];
  const failures: Array<number | null> = [];
  for (const { item, figures } of rows) {
    x.push((figures.startedAt as number) / 1000);
    const minutes = figures.durationMs === undefined ? null : figures.durationMs / 60_000;
    duration.push(minutes);
    records.push(figures.records ?? null);
    bytes.push(figures.bytes === undefined ? null : figures.bytes / 1_000_000);
    failures.push(item.job?.status === "failed" ? (minutes ?? 0) : null);
  }
  return { points: rows.map((row) => row.item), data: [x, duration, records, bytes, failures] };
}

export default function SyncHistoryChart(props: SyncHistoryChartProps) {
  const [supported] = useState(canvasAvailable);
  if (!supported) {
    return (
      <Text size="sm" c="dimmed">
        The chart cannot be drawn in this browser; every job is listed below.
      </Text>
    );
  }
  return <HistoryPlot {...props} />;
}

function HistoryPlot({ jobs, onOpenJob }: SyncHistoryChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<uPlot | null>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  const [visible, setVisible] = useState<Record<string, boolean>>({ duration: true, records: true, bytes: false, failures: true });
  const chart = useMemo(() => buildData(jobs), [jobs]);
  const theme = useMantineTheme();
  const [durationColor, recordsColor, bytesColor, failuresColor] = SERIES.map((series) => theme.colors[series.color][series.shade]);
  const axisColor = theme.colors.gray[6];
  const gridColor = alpha(axisColor, 0.15);
  const pointsRef = useRef(chart.points);
  const openRef = useRef(onOpenJob);
  useEffect(() => {
    pointsRef.current = chart.points;
    openRef.current = onOpenJob;
  });

  useEffect(() => {
    const element = containerRef.current;
    if (!element) return;
    const options: uPlot.Options = {
      width: Math.max(280, element.clientWidth),
      height: 200,
      legend: { show: false },
      cursor: { points: { size: 8 }, drag: { x: false, y: false } },
      scales: { x: { time: true }, duration: {}, records: {}, bytes: {} },
      series: [
        {},
        { label: SERIES[0].label, scale: "duration", stroke: durationColor, width: 1.5, show: visible.duration },
        { label: SERIES[1].label, scale: "records", stroke: recordsColor, width: 1.5, show: visible.records },
        { label: SERIES[2].label, scale: "bytes", stroke: bytesColor, width: 1.5, show: visible.bytes },
        {
          label: SERIES[3].label,
          scale: "duration",
          stroke: failuresColor,
          paths: () => null,
          points: { show: true, size: 9, fill: failuresColor },
          show: visible.failures,
        },
      ],
      axes: [
        { stroke: axisColor, grid: { stroke: gridColor } },
        { scale: "duration", stroke: durationColor, label: "min", grid: { stroke: gridColor } },
        // Compact numbers ("400K"), and room for them: uPlot's default 50 px cut "400,000" to "400,0".
        {
          scale: "records",
          side: 1,
          stroke: recordsColor,
          grid: { show: false },
          size: 60,
          values: (_plot, splits) => splits.map((value) => formatCompactCount(value)),
        },
      ],
      hooks: {
        setCursor: [(plot) => setHovered(plot.cursor.idx ?? null)],
      },
    };
    const plot = new uPlot(options, chart.data, element);
    plotRef.current = plot;
    const onClick = () => {
      const index = plot.cursor.idx;
      const jobId = index === null || index === undefined ? undefined : pointsRef.current[index]?.job?.id;
      if (jobId !== undefined) openRef.current(jobId);
    };
    plot.over.addEventListener("click", onClick);
    plot.over.style.cursor = "pointer";
    const observer = new ResizeObserver(() => plot.setSize({ width: Math.max(280, element.clientWidth), height: 200 }));
    observer.observe(element);
    return () => {
      observer.disconnect();
      plot.over.removeEventListener("click", onClick);
      plot.destroy();
      plotRef.current = null;
    };
    // Series visibility is applied below without rebuilding the chart.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [chart]);

  /** Moves the chart's cursor to a job, as pointing at it would (the line above names the job). */
  const pointAt = (index: number) => {
    const plot = plotRef.current;
    const x = chart.data[0][index];
    if (!plot || x === undefined) return;
    const y = chart.data[1]?.[index] ?? 0;
    plot.setCursor({ left: plot.valToPos(x, "x"), top: plot.valToPos(y, "duration") });
  };

  // Keyboard: arrows move between jobs, Home/End go to the oldest/newest, Page keys jump ten, Enter
  // or Space opens the job in the list below (the same as a click).
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = chart.points.length - 1;
    if (last < 0) return;
    const current = hovered ?? last;
    const moves: Record<string, number> = {
      ArrowLeft: current - 1,
      ArrowRight: current + 1,
      ArrowDown: current - 1,
      ArrowUp: current + 1,
      PageDown: current - 10,
      PageUp: current + 10,
      Home: 0,
      End: last,
    };
    if (event.key in moves) {
      event.preventDefault();
      // The first key press shows the newest job; later ones move from there.
      pointAt(hovered === null ? last : Math.min(last, Math.max(0, moves[event.key]!)));
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      const jobId = hovered === null ? undefined : chart.points[hovered]?.job?.id;
      if (jobId !== undefined) onOpenJob(jobId);
    }
  };

  const toggle = (index: number, key: string, show: boolean) => {
    setVisible((previous) => ({ ...previous, [key]: show }));
    plotRef.current?.setSeries(index + 1, { show });
  };

  const hoveredJob = hovered !== null ? chart.points[hovered] : undefined;
  const statusId = useId();
  const hoveredFigures = hoveredJob ? jobFigures(hoveredJob) : undefined;

  return (
    <div>
      <Group gap="md" mb={4} wrap="wrap">
        {SERIES.map((series, index) => (
          <Checkbox
            key={series.key}
            size="xs"
            color={`${series.color}.${series.shade}`}
            label={series.label}
            checked={visible[series.key] ?? false}
            onChange={(event) => toggle(index, series.key, event.currentTarget.checked)}
          />
        ))}
      </Group>
      {/* Announced as it changes, so moving through the chart with the keyboard reads each job. */}
      <Text size="xs" c="dimmed" mih={18} id={statusId} aria-live="polite">
        {hoveredJob?.job && hoveredFigures
          ? `${JOB_KIND_LABEL[jobKind(hoveredJob.job)]} #${hoveredJob.job.id} · ${JOB_STATUS_LABEL[hoveredJob.job.status]} · ${formatDateTime(hoveredFigures.startedAt)} · ${formatDuration(hoveredFigures.durationMs)} · ${formatCount(hoveredFigures.records)} records · ${formatBytes(hoveredFigures.bytes)} — click or press Enter to open`
          : `${chart.points.length.toLocaleString("en-US")} jobs. Point at the chart, or focus it and use the arrow keys, to see a job; click or press Enter to open it below.`}
      </Text>
      <div
        ref={containerRef}
        tabIndex={0}
        role="group"
        aria-roledescription="chart"
        aria-label={`Chart of ${chart.points.length} jobs over time: duration, records, data and failures. Arrow keys move between jobs, Enter opens one. The same jobs are listed below.`}
        aria-describedby={statusId}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
