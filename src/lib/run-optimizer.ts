import { createNormal, resolveNoise } from './noise';
import { getObjective } from './objectives';
import { createOptimizer, resolveOptimizer } from './optimizers';
import { createScheduler, resolveSchedule } from './schedules';
import type { CustomObjective, ObjectiveName, SimulateOptions, SimulateResult, Vec2 } from './types';
import { fail, integerIn, MAX_STEPS } from './validate';

/** Beyond this a run counts as diverged: far outside every view box, long before overflow. */
export const DIVERGENCE_BOUND = 1e6;

export { MAX_STEPS };

function checkStart(start: unknown): Vec2 {
  if (!Array.isArray(start) || start.length !== 2 ||
      !start.every((c) => typeof c === 'number' && Number.isFinite(c))) {
    fail('start', 'two finite numbers [x, y]', start);
  }
  return [start[0], start[1]];
}

/** Options for `runOptimizer`: those of `simulate`, with a named or custom function but no typed formula. */
export type RunOptimizerOptions = Omit<SimulateOptions, 'fn'> & { fn: ObjectiveName | CustomObjective };

/** True for `{ expr }`, the typed-formula form of `fn` (an own property, never an inherited one). */
export const isFormula = (fn: unknown): fn is { expr: unknown } =>
  typeof fn === 'object' && fn !== null && Object.prototype.hasOwnProperty.call(fn, 'expr');

/** A name picks a test function; any other object must bring its own value and gradient functions. */
function checkObjective(fn: unknown): CustomObjective {
  if (typeof fn !== 'object' || fn === null) return getObjective(fn);
  if (isFormula(fn)) fail('fn', 'a function name or { value, gradient } (typed formulas go through simulate)', fn);
  const { value, gradient } = fn as Record<string, unknown>;
  if (typeof value !== 'function') fail('fn.value', 'a function (x, y, t) => f', value);
  if (typeof gradient !== 'function') fail('fn.gradient', 'a function (x, y, t) => [∂f/∂x, ∂f/∂y]', gradient);
  return fn as CustomObjective;
}

const inBounds = (p: Vec2) =>
  Math.abs(p[0]) <= DIVERGENCE_BOUND && Math.abs(p[1]) <= DIVERGENCE_BOUND; // false for NaN too

/**
 * `simulate` without the formula compiler: the same run, bit for bit, for a named or custom
 * function. Article widgets never take a typed formula, so they call this and ship about 3 KB
 * (gzip) less. Runs one optimizer from `start` and records the whole path. Each step is PyTorch's loop: the gradient at the current point (plus noise, if any),
 * `optimizer.step()` at the schedule's current rate, then `scheduler.step()`. Stops early, with
 * `divergedAt` set, at the first step that leaves the bounded region.
 */
export function runOptimizer(options: RunOptimizerOptions): SimulateResult {
  const objective = checkObjective(options.fn);
  const optimizer = resolveOptimizer(options.optimizer);
  const step = createOptimizer(optimizer);
  const start = checkStart(options.start);
  const steps = integerIn('steps', options.steps, 0, MAX_STEPS);
  const schedule = resolveSchedule(options.schedule === undefined ? { name: 'constant' } : options.schedule);
  const scheduler = createScheduler(schedule, optimizer.lr);
  const noise = options.noise === undefined ? null : resolveNoise(options.noise);
  // σ = 0 draws nothing, so the run is the noiseless one bit for bit (g + 0·z would turn −0 into 0).
  const draw = noise !== null && noise.sigma > 0 ? createNormal(noise.seed) : null;

  const result: SimulateResult = {
    points: [start], loss: [objective.value(start[0], start[1], 0)],
    lr: [], effectiveLr: [], gradients: [], accumulators: [], updates: [],
    divergedAt: null, optimizer, schedule, noise,
  };
  let here = start;
  for (let t = 1; t <= steps; t++) {
    let gradient = objective.gradient(here[0], here[1], t);
    if (draw !== null) {
      // Draw order is part of the contract: x then y, every step, so a script can replay it.
      const zx = draw();
      const zy = draw();
      gradient = [gradient[0] + noise!.sigma * zx, gradient[1] + noise!.sigma * zy];
    }
    const lr = scheduler.lr;
    const record = step(here, gradient, lr);
    scheduler.step();
    const loss = objective.value(record.params[0], record.params[1], t);
    if (!inBounds(record.params) || !Number.isFinite(loss)) {
      result.divergedAt = t;
      break;
    }
    here = record.params;
    result.points.push(here);
    result.loss.push(loss);
    result.lr.push(lr);
    result.effectiveLr.push(record.effectiveLr);
    result.gradients.push(record.gradient);
    result.accumulators.push(record.accumulator);
    result.updates.push(record.update);
  }
  return result;
}
