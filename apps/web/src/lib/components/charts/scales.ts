import { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';

/** A chart's data: one value per labelled row (a department, a year, a month). */
export interface ChartRow {
  key: string;
  label: string;
  value: number;
}

export const BAR = { width: 640, labelWidth: 210, row: 28, gap: 0.25, pad: 8 } as const;

/** Horizontal bars: long labels (department names) read left of their bar. */
export function barLayout(rows: readonly ChartRow[]) {
  const height = Math.max(1, rows.length) * BAR.row + BAR.pad * 2;
  const y = scaleBand<string>()
    .domain(rows.map((r) => r.key))
    .range([BAR.pad, height - BAR.pad])
    .paddingInner(BAR.gap);
  const max = Math.max(0, ...rows.map((r) => r.value));
  const x = scaleLinear()
    .domain([0, max || 1])
    .nice()
    .range([BAR.labelWidth, BAR.width - 90]);
  return {
    height,
    bars: rows.map((r) => ({
      ...r,
      y: y(r.key) ?? 0,
      h: y.bandwidth(),
      w: Math.max(0, x(Math.max(0, r.value)) - BAR.labelWidth),
    })),
  };
}

export const LINE = { width: 640, height: 240, left: 70, right: 16, top: 16, bottom: 40 } as const;

/** A line over time (months in order), with its points, y ticks and a few x labels. */
export function lineLayout(rows: readonly ChartRow[]) {
  const x = scalePoint<string>()
    .domain(rows.map((r) => r.key))
    .range([LINE.left, LINE.width - LINE.right])
    .padding(0.5);
  const max = Math.max(0, ...rows.map((r) => r.value));
  const y = scaleLinear()
    .domain([0, max || 1])
    .nice()
    .range([LINE.height - LINE.bottom, LINE.top]);
  const points = rows.map((r) => ({ ...r, cx: x(r.key) ?? 0, cy: y(r.value) }));
  const path =
    line<(typeof points)[number]>()
      .x((p) => p.cx)
      .y((p) => p.cy)(points) ?? '';
  // At most about eight labels on the time axis, evenly spread.
  const every = Math.max(1, Math.ceil(rows.length / 8));
  return {
    path,
    points,
    yTicks: y.ticks(4).map((v) => ({ v, y: y(v) })),
    xLabels: points.filter((_, i) => i % every === 0),
  };
}
