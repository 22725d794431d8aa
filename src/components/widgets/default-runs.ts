import { compareRuns, trajectoryDefaults, type Runs } from '../../lib/index.ts';

/** The default AdaGrad and RMSProp runs, for the build-time figures. */
export function defaultRuns(): Runs {
  return compareRuns(trajectoryDefaults);
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
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  const pad = (hi - lo) * 0.05 || 1;
  return [lo - pad, hi + pad];
}
