/**
 * The geometry of a build-time SVG figure, kept apart from its markup so it can be tested:
 * scales, nice ticks and their labels in the page's number style. Pure.
 */
import { formatNumber, powerTick } from './format.ts';

/** Round tick values (1, 2, 2.5 or 5 × 10ᵏ apart), about `count` of them, covering [lo, hi]. */
export function niceTicks(lo: number, hi: number, count: number): number[] {
  if (!(hi > lo)) return [lo];
  const rough = (hi - lo) / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? rough;
  const ticks: number[] = [];
  for (let v = Math.ceil(lo / step - 1e-9) * step; v <= hi + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

/** Ticks on a log axis: every whole power of ten in [lo, hi] (given as values, not logs). */
export function powerTicks(lo: number, hi: number): number[] {
  const from = Math.ceil(Math.log10(lo) - 1e-9);
  const to = Math.floor(Math.log10(hi) + 1e-9);
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => 10 ** (from + k));
}

/** A tick's label, the same as the live chart writes it. */
export const tickLabel = (value: number, log: boolean) => (log ? powerTick(Math.log10(value)) : formatNumber(value, { digits: 4 }));

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
