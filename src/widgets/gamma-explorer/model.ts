/**
 * The γ explorer's facts: its one slider, how many EWMA weights it draws, and the runs it shows
 * (the article's settings with the chosen γ). Pure.
 */
import { getObjective, type Vec2 } from '../../lib/index.ts';
import { compareRuns, comparisonDefaults, comparisonSliders } from '../kit/comparison.ts';

/** The same γ range as the trajectory widget. */
export const GAMMA = comparisonSliders.gamma;
export const GAMMA_DEFAULT = comparisonDefaults.gamma;

/** The function the path is drawn on (the article's) and its plotted box. */
export const PATH_FN = comparisonDefaults.fn;
export const PATH_VIEW = getObjective(PATH_FN).view;

/** How many weights the weight chart shows. */
export const WEIGHT_COUNT = 40;

/** Text the server renders into `data-labels`. */
export interface GammaLabels {
  lag: string;
  weight: string;
}

/** The median of |Δθᵢ| / η over a run, per coordinate: 1 means steps of exactly η (sign descent). */
export function typicalStep(updates: Vec2[], lr: number): Vec2 {
  const median = (values: number[]) => {
    if (values.length === 0) return 0;
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  };
  return [0, 1].map((i) => median(updates.map((u) => Math.abs(u[i]) / lr))) as Vec2;
}

/** The article's run with this γ, and AdaGrad's (which γ does not change) for comparison. */
export const gammaRuns = (gamma: number) => compareRuns({ ...comparisonDefaults, gamma });
