/**
 * Plain descent, the heavy ball and Nesterov (PyTorch's SGD with momentum 0, μ and μ + nesterov=True)
 * from one start on the RMSProp article's function f = 0.1x² + 2y² + sin x·cos y, with one η. Its
 * minimum is not 0, so the loss chart shows the gap f − f*, on a log scale. Pure.
 */
import { objectives, runOptimizer, type SimulateResult, type Vec2 } from '../../lib/index.ts';
import type { SliderSpec } from '../kit/slider.ts';

export const FN = 'wavy' as const;
export const VIEW = objectives.wavy.view;
/** The RMSProp article's start point. */
export const START: Vec2 = [...objectives.wavy.defaultStart];
export const STEPS = 100;
/** "Close": the gap the readouts count steps to. */
export const THRESHOLD = 1e-6;
/**
 * The loss chart's fixed log range. Its floor sits near float64's rounding of f (≈ 0.79 × 2⁻⁵³):
 * a gap below it is rounding, drawn on the floor. A diverging run leaves at the top.
 */
export const GAP_RANGE: Vec2 = [1e-14, 1e2];

export const SLIDERS = {
  lr: { min: 0.005, max: 1, step: 0.01, scale: 'log' },
  momentum: { min: 0, max: 0.99, step: 0.01 },
} as const satisfies Record<'lr' | 'momentum', SliderSpec>;

/** η as in the RMSProp article's run; μ = 0.9, the usual choice. */
export const DEFAULTS = { lr: 0.1, momentum: 0.9 } as const;
export type NesterovSettings = { lr: number; momentum: number };

export const METHODS = ['plain', 'heavy', 'nesterov'] as const;
export type Method = (typeof METHODS)[number];
export type Runs = Record<Method, SimulateResult>;

/** The settings inside the sliders' ranges (NaN and junk become the minimum). */
export function sanitize(raw: Partial<NesterovSettings>): NesterovSettings {
  const clamp = (spec: SliderSpec, v: number | undefined, fallback: number) => {
    const x = typeof v === 'number' ? v : fallback;
    return Math.min(spec.max, Math.max(spec.min, Number.isFinite(x) ? x : spec.min));
  };
  return { lr: clamp(SLIDERS.lr, raw.lr, DEFAULTS.lr), momentum: clamp(SLIDERS.momentum, raw.momentum, DEFAULTS.momentum) };
}

/** The three runs from START for STEPS steps, all through the library's (PyTorch's) SGD. */
export function nesterovRuns({ lr, momentum }: NesterovSettings): Runs {
  const run = (mu: number, nesterov: boolean) =>
    runOptimizer({ fn: FN, start: START, steps: STEPS, optimizer: { name: 'sgd', lr, momentum: mu, nesterov } });
  // PyTorch rejects nesterov=True with momentum 0: there all three are plain descent.
  return { plain: run(0, false), heavy: run(momentum, false), nesterov: momentum > 0 ? run(momentum, true) : run(0, false) };
}

/**
 * f*, the global minimum's value: the library's listed minimum (six decimals) refined by 400 steps of
 * plain descent at η = 0.1, which shrink its error by 0.884 a step: to float64's last digit.
 */
export const MINIMUM = (() => {
  const run = runOptimizer({ fn: FN, start: objectives.wavy.minima[0], steps: 400, optimizer: { name: 'sgd', lr: 0.1 } });
  return { point: run.points[run.points.length - 1], value: run.loss[run.loss.length - 1] };
})();

/** The gap f − f* at each step. */
export const gaps = (run: SimulateResult) => run.loss.map((v) => v - MINIMUM.value);

/**
 * The step from which the gap stays below THRESHOLD to the end of the run, or null if it never
 * settles there. Not the first step below it: a run with momentum swings through the minimum, and
 * its gap dips far down each time it passes (Nesterov's, at η = 0.1 and μ = 0.9, at step 36, 45, 54
 * and 63) long before it stays down.
 */
export function settledAt(run: SimulateResult, threshold = THRESHOLD): number | null {
  const g = gaps(run);
  let k = g.length;
  while (k > 0 && g[k - 1] < threshold) k--;
  return k === g.length ? null : k;
}

/** Gap points for the log chart: finite, inside GAP_RANGE (rounding on the floor, a blow-up at the top). */
export function gapPoints(run: SimulateResult): [number, number][] {
  return gaps(run)
    .map((g, t) => [t, Math.max(GAP_RANGE[0], Math.min(GAP_RANGE[1], g))] as [number, number])
    .filter(([, g]) => Number.isFinite(g));
}

/** A path, stopped where it leaves a box twice the view (a diverging run), so nothing huge is drawn. */
export function pathPoints(points: Vec2[]): Vec2[] {
  const [[x0, x1], [y0, y1]] = VIEW;
  const w = x1 - x0;
  const h = y1 - y0;
  const end = points.findIndex(([x, y]) => !(x >= x0 - w / 2 && x <= x1 + w / 2 && y >= y0 - h / 2 && y <= y1 + h / 2));
  return end < 0 ? points : points.slice(0, end + 1);
}

/** Text the server renders into `data-labels`. */
export interface NesterovLabels {
  plain: string;
  heavy: string;
  nesterov: string;
  step: string;
  gap: string;
  start: string;
  play: string;
  pause: string;
  /** '{g} at step {t}' */
  gapAt: string;
  /** 'below 10⁻⁶ from step {k} on' */
  reached: string;
  /** 'not settled below 10⁻⁶ in 100 steps' */
  notReached: string;
  diverged: string;
}
