import { ewma, ewmaBiasCorrected } from '../../lib/index.ts';
import { noisySeries, type NoisySeriesOptions } from './noisy-series.ts';

/** The three lines of the EWMA figure; the same numbers feed the SVG and the live chart. */
export interface EwmaFigureData {
  raw: number[];
  average: number[];
  corrected: number[];
}

export function ewmaFigureData(raw: number[], beta: number): EwmaFigureData {
  return { raw, average: ewma(raw, beta), corrected: ewmaBiasCorrected(raw, beta) };
}

export { noisySeries, type NoisySeriesOptions };

/** A y-range that holds every line at any β, so the axis never jumps while dragging. */
export function stableRange(raw: number[]): [number, number] {
  return [0, Math.ceil(Math.max(...raw) / 5) * 5];
}
