import { decay, fail } from './validate';

function checkSeries(series: readonly number[]): void {
  if (!Array.isArray(series) || !series.every(Number.isFinite)) fail('series', 'an array of finite numbers', series);
}

/** v_t = β·v_{t−1} + (1 − β)·θ_t with v_0 = 0: one value per input, biased toward 0 at first. */
export function ewma(series: readonly number[], beta: number): number[] {
  decay('beta', beta);
  checkSeries(series);
  const out: number[] = [];
  let v = 0;
  for (const theta of series) {
    v = beta * v + (1 - beta) * theta;
    out.push(v);
  }
  return out;
}

/** The same average divided by 1 − βᵗ, which removes the pull toward v_0 = 0. */
export function ewmaBiasCorrected(series: readonly number[], beta: number): number[] {
  return ewma(series, beta).map((v, i) => v / (1 - beta ** (i + 1)));
}

/** The weight (1 − β)·βᵏ that v_t gives to θ_{t−k}, for k = 0 … count − 1. */
export function ewmaWeights(beta: number, count: number): number[] {
  decay('beta', beta);
  if (!Number.isInteger(count) || count < 0 || count > 1_000_000) fail('count', 'an integer in 0…1000000', count);
  return Array.from({ length: count }, (_, k) => (1 - beta) * beta ** k);
}

/** About how many recent steps the average remembers: 1/(1 − β). */
export function memoryWindow(beta: number): number {
  return 1 / (1 - decay('beta', beta));
}

/** Steps until a value's weight halves: ln 2 / ln(1/β); 0 when β = 0 (no memory at all). */
export function halfLife(beta: number): number {
  decay('beta', beta);
  return beta === 0 ? 0 : Math.LN2 / Math.log(1 / beta);
}
