/**
 * Every number the EWMA article prints, in both languages, computed at build time by the library
 * the chart runs. `en/ewma.mdx` and `zh/ewma.mdx` import them by name.
 */
import { halfLife, memoryWindow } from '../../lib/index.ts';

/** The memory table's rows: β, its memory 1/(1 − β), its half-life (3 significant digits), β¹⁰. */
export const memoryRows = [0.5, 0.9, 0.99, 0.999].map((beta) => ({
  beta: String(beta),
  memory: String(Math.round(memoryWindow(beta))),
  halfLife: halfLife(beta).toPrecision(3),
  leftAfterTen: (beta ** 10).toFixed(3),
}));

/** The row the prose talks about, β = 0.9. */
export const usual = memoryRows[1];

/** RMSProp's first step at γ = 0.9 in units of η, 1/√(1 − γ), from the slow start. */
export const firstStep = (1 / Math.sqrt(1 - 0.9)).toFixed(2);
