/**
 * The playground's three charts as recipes (ChartWidget remakes them from these after a theme
 * switch), and how a race goes into them. Six slots of datasets each, made once: a race with fewer
 * racers leaves the rest empty, so adding or removing one never remakes a chart.
 */
import type { ContourBand, SimulateResult } from '../../lib/index.ts';
import {
  axis, byKey, chartOptions, dataset, log10OrNull, logAxis, stepMarker, type Chart, type LineConfig, type Point,
} from '../kit/chart.ts';
import { contourLayer } from '../kit/contour-layer.ts';
import { linearTick, powerTick } from '../kit/format.ts';
import type { Palette } from '../kit/palette.ts';
import { RACERS } from '../kit/series.ts';
import { niceTicks } from '../kit/static-plot.ts';
import { lineUpTo, thinCurve, thinPath, type ThinLine } from '../kit/thin.ts';
import type { PlaygroundLabels } from './model.ts';
import type { Race } from './race.ts';

type LineChart = Chart<'line', Point[]>;

/** The contours, every racer's path so far, where each one is now (its own marker), and the start. */
export function pathConfig(p: Palette, bands: () => ContourBand[], palette: () => Palette): LineConfig {
  return {
    type: 'line',
    data: {
      datasets: [
        ...RACERS.map((tag, i) => dataset(p, tag, `path-${i}`, { pointRadius: 0 })),
        ...RACERS.map((tag, i) => dataset(p, tag, `now-${i}`, {
          borderDash: [], pointRadius: 7, pointBorderWidth: 2, pointBackgroundColor: 'transparent', showLine: false,
        })),
        dataset(p, 'ink', 'start', { showLine: false, pointRadius: 8, pointBorderWidth: 2 }),
      ],
    },
    // The axes' box is set from the view on every new setup.
    options: chartOptions({ x: axis(p, 'x'), y: axis(p, 'y') }),
    plugins: [contourLayer(bands, palette)],
  };
}

/** One line per racer against the step (loss, or learning rate), with a marker at the step shown. */
export function curveConfig(p: Palette, labels: PlaygroundLabels, curve: 'loss' | 'lr', marker: () => number | null): LineConfig {
  return {
    type: 'line',
    data: { datasets: RACERS.map((tag, i) => dataset(p, tag, `${curve}-${i}`, { spanGaps: false })) },
    options: chartOptions({
      x: axis(p, labels.step, { min: 0, max: 1 }),
      y: logAxis(p, curve === 'loss' ? labels.lossLog : labels.lr),
    }),
    plugins: [stepMarker(marker, () => p.text)],
  };
}

/** A racer's whole path as chart points, and the same path thinned to what the plot can show. */
export interface PathLine {
  full: Point[];
  thin: ThinLine<Point>;
}

/**
 * Every racer's path, made once per race: playing only cuts them at the cursor. Points closer than
 * about half a pixel to the last one kept (a run that has settled) are left out of the line.
 */
export function pathLines(race: Race): PathLine[] {
  const [[x0, x1], [y0, y1]] = race.setup.view;
  const tolerance: [number, number] = [(x1 - x0) / 1000, (y1 - y0) / 1000];
  return race.runs.map((run) => {
    const full = run.points.map(([x, y]) => ({ x, y }));
    return { full, thin: thinPath(full, tolerance) };
  });
}

/** Puts a new race into the path chart: the view, the start, and the paths up to `cursor`. */
export function drawPaths(chart: LineChart, race: Race, paths: PathLine[], cursor: number, shown: number, newRace: boolean): void {
  if (newRace) {
    const [[x0, x1], [y0, y1]] = race.setup.view;
    Object.assign(chart.options.scales!.x!, { min: x0, max: x1 });
    Object.assign(chart.options.scales!.y!, { min: y0, max: y1 });
    byKey(chart, 'start').data = [{ x: race.setup.start[0], y: race.setup.start[1] }];
  }
  RACERS.forEach((_, i) => {
    const path = paths[i];
    byKey(chart, `path-${i}`).data = path ? lineUpTo(path.thin, path.full, cursor) : [];
    const now = path?.full[Math.min(shown, path.full.length - 1)];
    byKey(chart, `now-${i}`).data = now ? [now] : [];
  });
  chart.update('none');
}

/**
 * Puts a new race into a curve chart. The loss axis is logarithmic when every loss is positive,
 * else linear (a function may dip below 0, and a log axis cannot show it); the learning rate's is
 * always logarithmic, with gaps where a schedule reaches 0.
 */
export function drawCurves(chart: LineChart, race: Race, curve: 'loss' | 'lr', labels: PlaygroundLabels): void {
  const log = curve === 'lr' || race.logLoss;
  // Thinned to about two points a pixel: a long run has more steps than the chart has pixels.
  const series = (run: SimulateResult): Point[] => (curve === 'loss'
    ? thinCurve(run.loss.map((f) => (log ? log10OrNull(f) : Number.isFinite(f) ? f : null)), 0)
    : thinCurve(run.lr.map(log10OrNull), 1));
  const data = RACERS.map((_, i) => (race.runs[i] ? series(race.runs[i]) : []));
  const y = chart.options.scales!.y as { ticks: { callback: unknown }; title: { text: string } };
  const title = curve === 'lr' ? labels.lr : log ? labels.lossLog : labels.loss;
  const last = Math.max(1, race.last);
  // Most changes leave the learning rates as they were (noise, the start, the function): then the
  // chart keeps its picture, and the update (a third of a redraw) is skipped.
  const same = chart.options.scales!.x!.max === last && y.title.text === title
    && data.every((points, i) => samePoints(byKey(chart, `${curve}-${i}`).data, points));
  if (same) return;
  data.forEach((points, i) => {
    byKey(chart, `${curve}-${i}`).data = points;
  });
  // Whole decades on a log axis (a round range on a linear one): a small change keeps the same ticks,
  // so the axes are laid out again from labels already measured.
  Object.assign(y, axisRange(data.flat().map((p) => p.y), log));
  y.ticks.callback = log ? powerTick : linearTick;
  y.title.text = title;
  chart.options.scales!.x!.max = last;
  chart.update('none');
}

/** The y range a curve chart shows: whole powers of ten around log10 values, or rounded ends around plain ones. */
export function axisRange(values: (number | null)[], log: boolean): { min?: number; max?: number } {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (finite.length === 0) return { min: undefined, max: undefined };
  let lo = finite[0];
  let hi = finite[0];
  for (const v of finite) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (log) return { min: Math.floor(lo), max: Math.max(Math.ceil(hi), Math.floor(lo) + 1) };
  // The static figure's tick step (1, 2, 2.5 or 5 × 10ᵏ), with both ends on a tick.
  const ticks = niceTicks(lo, hi > lo ? hi : lo + 1, 4);
  const step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
  return { min: Math.floor(lo / step) * step, max: Math.max(Math.ceil(hi / step) * step, Math.floor(lo / step) * step + step) };
}

const samePoints = (a: Point[], b: Point[]) => a.length === b.length && a.every((p, k) => p.x === b[k].x && p.y === b[k].y);
