/**
 * The geometry of a build-time SVG figure, kept apart from its markup so it can be tested:
 * scales, nice ticks and their labels in the page's number style. Pure.
 */
import { formatNumber, powerTick } from './format.ts';

/** Round tick values (1, 2, 2.5 or 5 × 10ᵏ apart), about `count` of them, covering [lo, hi]. */
export function niceTicks(lo: number, hi: number, count: number): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  if (!(hi > lo)) return [lo];
  const rough = (hi - lo) / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? rough;
  const ticks: number[] = [];
  for (let v = Math.ceil(lo / step - 1e-9) * step; v <= hi + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

/**
 * A range a log axis can draw: both ends positive and finite, low below high. A range that reaches
 * 0 or below (log10 would be −∞, and a tick "10^−∞") keeps its top and spans three decades under it.
 */
export function logAxisRange([lo, hi]: [number, number]): [number, number] {
  const top = hi > 0 && Number.isFinite(hi) ? hi : 1;
  const bottom = lo > 0 && Number.isFinite(lo) && lo < top ? lo : top / 1e3;
  return [bottom, top];
}

/**
 * Ticks on a log axis (range given as values, not logs): whole powers of ten in [lo, hi], at most
 * `max` of them; over many decades every k-th power, anchored so that 1 is a tick when in range
 * (the live chart's log axis shows at most 7 too).
 */
export function powerTicks(lo: number, hi: number, max = 7): number[] {
  const [bottom, top] = logAxisRange([lo, hi]);
  const from = Math.ceil(Math.log10(bottom) - 1e-9);
  const to = Math.floor(Math.log10(top) + 1e-9);
  const count = to - from + 1;
  if (count <= 0) return [];
  const every = Math.ceil(count / Math.max(1, max));
  const ticks: number[] = [];
  for (let p = Math.ceil(from / every) * every; p <= to; p += every) ticks.push(10 ** p);
  return ticks;
}

/** A tick's label, the same as the live chart writes it; empty for a value the axis cannot show. */
export function tickLabel(value: number, log: boolean): string {
  if (!Number.isFinite(value) || (log && value <= 0)) return '';
  return log ? powerTick(Math.log10(value)) : formatNumber(value, { digits: 4 });
}

/** About how wide a tick label is in the figures' 13 px type: superscripts and points are narrow. */
export function labelWidth(label: string): number {
  let width = 0;
  for (const c of label) width += /[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]/.test(c) ? 5.5 : /[.,\s\u202f]/.test(c) ? 4 : 8;
  return width;
}

/** The band the rotated y title takes at the left edge, and its baseline's x. */
export const yTitleBand = 20;
export const yTitleX = 14;

/**
 * The left margin that fits the widest y tick label, plus a band for the rotated axis title, so the
 * title never runs into a tick (`yTitleX` is where the title's baseline goes).
 */
export function leftMargin(labels: string[], withTitle: boolean): number {
  const ticks = Math.max(0, ...labels.map(labelWidth)) + 6 + 6;
  return Math.ceil(Math.max(withTitle ? 28 : 40, ticks) + (withTitle ? yTitleBand : 0));
}

/** A y-range for a log axis covering every positive value, widened to whole powers of ten. */
export function logRange(values: number[]): [number, number] {
  const positive = values.filter((v) => v > 0 && Number.isFinite(v));
  if (positive.length === 0) return [1e-3, 1];
  const lo = Math.floor(Math.log10(Math.min(...positive)));
  const hi = Math.ceil(Math.log10(Math.max(...positive)));
  return [10 ** lo, 10 ** Math.max(hi, lo + 1)];
}

/** A linear y-range with a little room around the values. */
export function linearRange(values: number[]): [number, number] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [0, 1];
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  const pad = (hi - lo) * 0.05 || 1;
  return [lo - pad, hi + pad];
}

type Pixel = [number, number];

/** How far from a drawn line a dropped point may lie, in SVG units (a 400-wide figure): invisible. */
export const SIMPLIFY_TOLERANCE = 0.15;

function distanceToSegment([x, y]: Pixel, [ax, ay]: Pixel, [bx, by]: Pixel): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length2));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/**
 * Drops the points a path does not need (Ramer–Douglas–Peucker): every dropped point lies within
 * `tolerance` of the simplified path. Contour rings run along the plot's edges and through flat
 * stretches in hundreds of collinear points; the static figures were a third of the article's HTML.
 */
export function simplifyPath(points: Pixel[], tolerance = SIMPLIFY_TOLERANCE): Pixel[] {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let worst = -1;
    let worstDistance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(points[i], points[first], points[last]);
      if (d > worstDistance) {
        worst = i;
        worstDistance = d;
      }
    }
    if (worst > 0) {
      keep[worst] = 1;
      stack.push([first, worst], [worst, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** A coordinate in tenths of a unit, as the path data writes it (e.g. 12 → "1.2", −5 → "-.5"). */
function tenths(value: number): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const whole = Math.floor(abs / 10);
  const tenth = abs % 10;
  return sign + (whole ? String(whole) : tenth ? '' : '0') + (tenth ? `.${tenth}` : '');
}

/** Numbers as path data needs them: a space only where no minus sign or second decimal point separates two. */
function joinNumbers(parts: string[]): string {
  let out = '';
  for (const part of parts) {
    const separated = out === '' || part.startsWith('-') || (part.startsWith('.') && /\.\d*$/.test(out));
    out += separated ? part : ` ${part}`;
  }
  return out;
}

/** The first point in tenths of a unit, and each later point as a step from the one before (none when it repeats). */
function tenthSteps(points: Pixel[]): { start: Pixel; steps: Pixel[] } {
  const rounded = points.map(([x, y]): Pixel => [Math.round(x * 10), Math.round(y * 10)]);
  const steps: Pixel[] = [];
  for (let i = 1; i < rounded.length; i++) {
    const step: Pixel = [rounded[i][0] - rounded[i - 1][0], rounded[i][1] - rounded[i - 1][1]];
    if (step[0] !== 0 || step[1] !== 0) steps.push(step);
  }
  return { start: rounded[0], steps };
}

/**
 * Points as SVG path data to 0.1 units: an absolute move, then relative lines. Steps between
 * neighbours are short numbers that repeat, so the figures gzip to a fraction of absolute
 * coordinates. Each step is taken between rounded points, so rounding never drifts along a path.
 */
export function pathData(points: Pixel[], close = false): string {
  if (points.length === 0) return '';
  const { start, steps } = tenthSteps(points);
  const lines = steps.length ? `l${joinNumbers(steps.flat().map(tenths))}` : '';
  return `M${joinNumbers(start.map(tenths))}${lines}${close ? 'z' : ''}`;
}

/** A mark at every point, in one path: zero-length segments that round or square caps draw. */
export function marksPath(points: Pixel[]): string {
  if (points.length === 0) return '';
  const { start, steps } = tenthSteps(points);
  return `M${joinNumbers(start.map(tenths))}h0${steps.map((step) => `m${joinNumbers(step.map(tenths))}h0`).join('')}`;
}

/**
 * A closed ring as SVG path data, simplified, to 0.1 units. A ring's first and last points coincide;
 * the simplification then measures from that point, which keeps the ring's shape all the same.
 */
export function ringPath(points: Pixel[]): string {
  return pathData(simplifyPath(points), true);
}

/** An open line as SVG path data, simplified, to 0.1 units. */
export function linePath(points: Pixel[]): string {
  return pathData(simplifyPath(points));
}
