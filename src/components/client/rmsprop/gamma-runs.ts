import { compareRuns, trajectoryDefaults } from '../../../lib/index.ts';

/** How many weights the bar-like line shows. */
export const WEIGHT_COUNT = 40;

/** The median of |Δθ_i| / η over a run, per coordinate: 1 means steps of exactly η (sign descent). */
export function typicalStep(updates: [number, number][], lr: number): [number, number] {
  const median = (values: number[]) => {
    if (values.length === 0) return 0;
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  };
  return [0, 1].map((i) => median(updates.map((u) => Math.abs(u[i]) / lr))) as [number, number];
}

/** The wavy run at the article's settings with this γ, and AdaGrad's for comparison. */
export function gammaRuns(gamma: number) {
  return compareRuns({ ...trajectoryDefaults, gamma });
}

