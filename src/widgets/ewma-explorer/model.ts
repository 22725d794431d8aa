/**
 * The EWMA explorer's facts: its β slider, the reproducible noisy signal it averages (seeded, so
 * the build-time SVG and the live chart agree) and the three lines it draws. Pure.
 */
import { ewma, ewmaBiasCorrected } from '../../lib/index.ts';
import type { SliderSpec } from '../kit/slider.ts';

export const BETA = { min: 0.5, max: 0.99, step: 0.01 } as const satisfies SliderSpec;

/** The figure's setup, the same in both languages. */
export const EWMA_FIGURE = { beta: 0.9, steps: 100, seed: 7 } as const;

/** Text the server renders into `data-labels`. */
export interface EwmaLabels {
  step: string;
}

/** mulberry32: a tiny, good-enough PRNG returning numbers in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A slow wave around 12 plus Gaussian noise (Box–Muller), θ₁ … θₙ. */
export function noisySeries({ steps, seed }: { steps: number; seed: number }): number[] {
  const random = mulberry32(seed);
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Array.from({ length: steps }, (_, i) => 12 + 4 * Math.sin((2 * Math.PI * (i + 1)) / 60) + 2 * gaussian());
}

/** The three lines of the figure. */
export interface EwmaFigureData {
  raw: number[];
  average: number[];
  corrected: number[];
}

export function ewmaFigureData(raw: number[], beta: number): EwmaFigureData {
  return { raw, average: ewma(raw, beta), corrected: ewmaBiasCorrected(raw, beta) };
}

/** A y-range that holds every line at any β, so the axis never jumps while dragging. */
export function stableRange(raw: number[]): [number, number] {
  return [0, Math.ceil(Math.max(...raw) / 5) * 5];
}

/** How slowly the plain average starts, measured on a constant signal (where the shortfall is exactly βᵗ). */
export interface SlowStart {
  /** The memory window 1/(1 − β), rounded: the step the shortfall is read at. */
  window: number;
  /** How far below the data the plain average still is at that step, as a fraction. */
  shortfall: number;
  /** The first step at which it is within 10% of the data. */
  within10: number;
}

export function slowStart(beta: number): SlowStart {
  const window = Math.round(1 / (1 - beta));
  const v = ewma(Array.from({ length: 10_000 }, () => 1), beta);
  return { window, shortfall: 1 - v[window - 1], within10: v.findIndex((x) => x >= 0.9) + 1 };
}
