import { runOptimizer } from './run-optimizer';
import type { CustomObjective, Vec2 } from './types';
import { decay, fail, integerIn, nonNegative } from './validate';

/** The two optimizers every scenario compares. */
export type ScenarioOptimizer = 'adagrad' | 'rmsprop';

/** Settings shared by the scenario runs; every field is optional. */
export interface ScenarioOptions {
  /** Learning rate η, the same for both optimizers. @default 0.3 (non-stationary), 0.5 (sparse) */
  lr?: number;
  /** RMSProp's decay γ, in [0, 1). @default 0.9 */
  gamma?: number;
  /** ε for both optimizers, outside the root. @default 1e-8 */
  eps?: number;
  /** How many steps to run, an integer in 2…2000. @default 200 (non-stationary), 300 (sparse) */
  steps?: number;
}

/** Options of the sparse run. */
export interface SparseOptions extends ScenarioOptions {
  /** The rare coordinate y gets a gradient only on every `period`-th step, an integer in 1…100. @default 10 */
  period?: number;
}

/**
 * One optimizer's run through a scenario, one entry per step t = 1 … steps. Like every `simulate`
 * run it stops before a step that leaves |x|, |y| ≤ 1e6 (only at absurd learning rates), so then
 * it has fewer entries.
 */
export interface ScenarioTrace {
  optimizer: ScenarioOptimizer;
  /** The parameters after each step. */
  points: Vec2[];
  /** η/(√s + ε) for each coordinate after each step. */
  effectiveLr: Vec2[];
  /** |Δθ| of the step, per coordinate. */
  stepSize: Vec2[];
  /** Distance of each coordinate from the target in force at that step, |θ − θ*|. */
  gap: Vec2[];
}

export interface ScenarioResult {
  /** The resolved settings. */
  options: Required<ScenarioOptions> & { period?: number };
  /** The target θ* in force at each step. */
  targets: Vec2[];
  /** Steps at which something changes (the switch of the non-stationary run); empty for sparse. */
  events: number[];
  adagrad: ScenarioTrace;
  rmsprop: ScenarioTrace;
}

function resolve(given: ScenarioOptions, defaults: Required<ScenarioOptions>): Required<ScenarioOptions> {
  if (typeof given !== 'object' || given === null) fail('options', 'an object', given);
  return {
    lr: given.lr === undefined ? defaults.lr : nonNegative('lr', given.lr),
    gamma: given.gamma === undefined ? defaults.gamma : decay('gamma', given.gamma),
    eps: given.eps === undefined ? defaults.eps : nonNegative('eps', given.eps),
    steps: given.steps === undefined ? defaults.steps : integerIn('steps', given.steps, 2, 2000),
  };
}

/** One `runOptimizer` run on the scenario's objective, measured against the target in force at each step. */
function trace(
  optimizer: ScenarioOptimizer, options: Required<ScenarioOptions>,
  start: Vec2, fn: CustomObjective, target: (t: number) => Vec2,
): ScenarioTrace {
  const { lr, eps, gamma, steps } = options;
  const run = runOptimizer({ fn, start, steps, optimizer: optimizer === 'adagrad'
    ? { name: 'adagrad', lr, eps }
    : { name: 'rmsprop', lr, eps, gamma } });
  const points = run.points.slice(1);
  return {
    optimizer,
    points,
    effectiveLr: run.effectiveLr,
    stepSize: run.updates.map(([dx, dy]): Vec2 => [Math.abs(dx), Math.abs(dy)]),
    gap: points.map(([x, y], i): Vec2 => {
      const goal = target(i + 1);
      return [Math.abs(x - goal[0]), Math.abs(y - goal[1])];
    }),
  };
}

export const nonstationaryDefaults: Required<ScenarioOptions> = { lr: 0.3, gamma: 0.9, eps: 1e-8, steps: 200 };

/**
 * The task changes halfway: for the first half f = ½·10·x² (steep, minimum at 0), then
 * f = ½·0.1·(x − 3)² (gentle, minimum at 3). Only x matters; y stays at 0 with no gradient.
 * AdaGrad's sum still holds the large early gradients, so its step stays tiny after the switch;
 * RMSProp's average forgets them within about 1/(1 − γ) steps and it walks to the new minimum.
 */
export function nonstationaryRun(options: ScenarioOptions = {}): ScenarioResult {
  const resolved = resolve(options, nonstationaryDefaults);
  const switchAt = Math.floor(resolved.steps / 2);
  const target = (t: number): Vec2 => (t <= switchAt ? [0, 0] : [3, 0]);
  const fn: CustomObjective = {
    value: (x, _, t) => (t <= switchAt ? 5 * x * x : 0.05 * (x - 3) * (x - 3)),
    gradient: (x, _, t) => (t <= switchAt ? [10 * x, 0] : [0.1 * (x - 3), 0]),
  };
  const start: Vec2 = [-3, 0];
  return {
    options: resolved,
    targets: Array.from({ length: resolved.steps }, (_, i) => target(i + 1)),
    events: [switchAt],
    adagrad: trace('adagrad', resolved, start, fn, target),
    rmsprop: trace('rmsprop', resolved, start, fn, target),
  };
}

export const sparseDefaults: Required<SparseOptions> = { lr: 0.5, gamma: 0.9, eps: 1e-8, steps: 300, period: 10 };

/**
 * f = ½(x − 2)² + ½(y − 2)² from (0, 0), but y's gradient arrives only on every `period`-th
 * step (a rarely active feature) and is 0 otherwise. AdaGrad's sum remembers how few gradients
 * y has had, so its step for y shrinks smoothly and y settles on 2. RMSProp's average decays to γᵏ
 * of itself between visits; at γ = 0.9 y ends in the two-step cycle 2 ± (η/2)·√((1 − γᵏ)/(1 − γ))
 * (x, seen every step, in 2 ± η/2), short of a fresh first step η/√(1 − γ).
 */
export function sparseRun(options: SparseOptions = {}): ScenarioResult {
  const resolved = resolve(options, sparseDefaults);
  const period = options.period === undefined ? sparseDefaults.period : integerIn('period', options.period, 1, 100);
  const target = (): Vec2 => [2, 2];
  const fn: CustomObjective = {
    value: (x, y) => 0.5 * (x - 2) * (x - 2) + 0.5 * (y - 2) * (y - 2),
    gradient: (x, y, t) => [x - 2, t % period === 0 ? y - 2 : 0],
  };
  const start: Vec2 = [0, 0];
  return {
    options: { ...resolved, period },
    targets: Array.from({ length: resolved.steps }, target),
    events: [],
    adagrad: trace('adagrad', resolved, start, fn, target),
    rmsprop: trace('rmsprop', resolved, start, fn, target),
  };
}
