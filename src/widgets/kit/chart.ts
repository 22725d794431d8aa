/**
 * The only module that imports Chart.js. It registers just the parts the widgets use, and holds
 * what every widget chart shares: fixed-size, no-animation options, axes in the page's number
 * style, datasets styled by series tag, and a step-marker plugin.
 */
import {
  Chart, LineController, LineElement, PointElement, LinearScale,
  type ChartConfiguration, type ChartDataset, type Plugin,
} from 'chart.js';
import { strokeGrid, strokeStepMarker } from './canvas-marks.ts';
import { linearTick, powerTick } from './format.ts';
import type { Palette } from './palette.ts';
import { SERIES, type SeriesTag } from './series.ts';

Chart.register(LineController, LineElement, PointElement, LinearScale);

// Text in charts uses the page's interface font (CJK-aware on Chinese pages).
Chart.defaults.font.family = getComputedStyle(document.documentElement).getPropertyValue('--font-ui').trim();
Chart.defaults.font.size = 13;

export { Chart };
export type LineConfig = ChartConfiguration<'line', Point[]>;
export type Point = { x: number; y: number | null };
/** A dataset that knows which series it draws, so views address it by tag, never by index. */
export type TaggedDataset = ChartDataset<'line', Point[]> & { tag: SeriesTag; key: string };

/**
 * Every widget chart fills the box its frame reserves (nothing shifts), draws without animation
 * (the store redraws on every input), ignores pointer events (widgets handle those) and takes
 * data already as {x, y} points. No legend or tooltip: widgets have HTML legends and readouts.
 */
export function chartOptions(scales: Record<'x' | 'y', object>) {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false as const,
    events: [] as (keyof HTMLElementEventMap)[],
    parsing: false as const,
    normalized: true,
    // No padding computed from the datasets' point sizes on every update: a fixed margin does.
    layout: { autoPadding: false, padding: 6 },
    scales,
    plugins: { legend: { display: false }, tooltip: { enabled: false } },
  };
}

/** A linear axis in the palette's colours, ticks in the page's number style. */
export function axis(palette: Palette, title: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'linear' as const,
    // The grid is drawn by gridLayer: Chart.js resolves a grid line's options per tick on every
    // update, which costs more than all the rest of a small chart's update.
    grid: { display: false },
    // A fixed sample of labels is measured for the layout, not every tick: updates stay cheap.
    // Only round ticks: Chart.js otherwise adds a set min and max as ticks too, and on a phone a
    // −5..5 view then labels 4 right beside 5.
    ticks: { color: palette.text, maxRotation: 0, sampleSize: 6, maxTicksLimit: 8, padding: 6, includeBounds: false, callback: linearTick },
    title: { display: title !== '', text: title, color: palette.text },
    ...extra,
  };
}

/**
 * A logarithmic axis drawn as a linear axis over log10 of the data: a handful of ticks and grid
 * lines (a true log scale draws one for every 1…9 × 10ᵏ), so updates stay cheap.
 */
export function logAxis(palette: Palette, title: string, extra: Record<string, unknown> = {}) {
  return axis(palette, title, {
    ticks: { color: palette.text, maxRotation: 0, sampleSize: 6, maxTicksLimit: 7, padding: 6, includeBounds: false, callback: powerTick },
    ...extra,
  });
}

/** The least room between two y tick labels, in px: a superscripted power needs about 2 line heights. */
export const MIN_TICK_GAP = 28;

/**
 * For a logAxis over whole decades: ticks only at whole powers of ten, every k-th one, so that there
 * are at most 7 (the static figure's powerTicks, and logAxis's maxTicksLimit, which would otherwise
 * thin them again) and they stay MIN_TICK_GAP apart on the axis's height (on a 360 px phone
 * Chart.js's own spacing let the labels touch). Powers that are multiples of k, as powerTicks
 * takes them, so 1 stays a tick. A range under two decades keeps Chart.js's ticks.
 */
export function decadeTicks(minGap = MIN_TICK_GAP, max = 7) {
  return (scale: { min: number; max: number; height: number; ticks: { value: number }[] }) => {
    const from = Math.ceil(scale.min - 1e-9);
    const to = Math.floor(scale.max + 1e-9);
    if (!(to - from >= 2) || !(scale.height > 0)) return;
    const fit = Math.max(2, Math.min(max, Math.floor(scale.height / minGap) + 1));
    const every = Math.ceil((to - from + 1) / fit);
    const ticks: { value: number }[] = [];
    for (let p = Math.ceil(from / every) * every; p <= to; p += every) ticks.push({ value: p });
    scale.ticks = ticks;
  };
}

/**
 * A chart of paths in the plane: x and y over a view box (if given; a widget may set it on each
 * render instead), the datasets, and a layer such as the contours behind them.
 */
export function planeConfig(palette: Palette, datasets: TaggedDataset[], layer: Plugin<'line'>, view?: [[number, number], [number, number]]): LineConfig {
  const range = (i: number) => (view ? { min: view[i][0], max: view[i][1] } : {});
  return {
    type: 'line',
    data: { datasets },
    options: chartOptions({ x: axis(palette, 'x', range(0)), y: axis(palette, 'y', range(1)) }),
    plugins: [layer],
  };
}

/** log10 of a positive finite value; null (a gap in the line) for anything else. */
export const log10OrNull = (v: number | null): number | null => (v !== null && v > 0 && Number.isFinite(v) ? Math.log10(v) : null);

/** (x, y) pairs as points on a logAxis (which plots log10 y): gaps where y cannot be drawn. */
export const logPoints = (pairs: readonly (readonly [number, number | null])[]): Point[] =>
  pairs.map(([x, y]) => ({ x, y: log10OrNull(y) }));

/** A dataset drawn in its series' colour, dash and point shape; `extra` adds widths, radii, … */
export function dataset(palette: Palette, tag: SeriesTag, key: string, extra: Partial<ChartDataset<'line', Point[]>> = {}): TaggedDataset {
  const style = SERIES[tag];
  const colour = palette.colour(tag);
  return {
    tag, key, label: key, data: [],
    borderColor: colour, backgroundColor: colour,
    borderDash: [...style.dash], borderWidth: 2, pointStyle: style.point, pointRadius: 0, tension: 0,
    ...extra,
  } as TaggedDataset;
}

/** The dataset with this key (each chart's keys are unique). */
export function byKey(chart: Chart<'line', Point[]>, key: string): TaggedDataset {
  const found = chart.data.datasets.find((d) => (d as TaggedDataset).key === key);
  if (!found) throw new Error(`no dataset "${key}"`);
  return found as TaggedDataset;
}

/**
 * Grid lines at the axes' ticks, in one path, under everything the datasets draw (the contour layer
 * included, as Chart.js's own grid would be).
 */
export function gridLayer(colour: () => string): Plugin<'line'> {
  return {
    id: 'gridLayer',
    beforeDatasetsDraw(chart) {
      const { x, y } = chart.scales;
      if (!x || !y) return;
      const at = (scale: typeof x) => scale.ticks.map((tick) => scale.getPixelForValue(tick.value));
      strokeGrid(chart.ctx, chart.chartArea, at(x), at(y), colour());
    },
  };
}

/**
 * A vertical line at a step, drawn over the datasets; `at()` is read at every draw, so the chart
 * needs only `draw()` when the step changes.
 */
export function stepMarker(at: () => number | null, colour: () => string): Plugin<'line'> {
  return {
    id: 'stepMarker',
    afterDatasetsDraw(chart) {
      const step = at();
      const x = chart.scales.x;
      if (step === null || !x) return;
      strokeStepMarker(chart.ctx, chart.chartArea, x.getPixelForValue(step), colour());
    },
  };
}

/** The data point under a click or tap on a chart, or null outside its plot area (on an axis, say). */
export function pointAt(chart: Chart<'line', Point[]>, event: MouseEvent): [number, number] | null {
  const rect = chart.canvas.getBoundingClientRect();
  const px = event.clientX - rect.left;
  const py = event.clientY - rect.top;
  const { left, right, top, bottom } = chart.chartArea;
  if (px < left || px > right || py < top || py > bottom) return null;
  return [chart.scales.x.getValueForPixel(px)!, chart.scales.y.getValueForPixel(py)!];
}
