import { getObjective } from './objectives';
import { createOptimizer, resolveOptimizer } from './optimizers';
import type { CustomObjective, SimulateOptions, SimulateResult, Vec2 } from './types';
import { fail, integerIn } from './validate';

/** Beyond this a run counts as diverged: far outside every view box, long before overflow. */
export const DIVERGENCE_BOUND = 1e6;

export const MAX_STEPS = 100_000;

function checkStart(start: unknown): Vec2 {
  if (!Array.isArray(start) || start.length !== 2 ||
      !start.every((c) => typeof c === 'number' && Number.isFinite(c))) {
    fail('start', 'two finite numbers [x, y]', start);
  }
  return [start[0], start[1]];
}

/** A name picks a test function; an object must bring its own value and gradient functions. */
function checkObjective(fn: unknown): CustomObjective {
  if (typeof fn !== 'object' || fn === null) return getObjective(fn);
  const { value, gradient } = fn as Record<string, unknown>;
  if (typeof value !== 'function') fail('fn.value', 'a function (x, y, t) => f', value);
  if (typeof gradient !== 'function') fail('fn.gradient', 'a function (x, y, t) => [∂f/∂x, ∂f/∂y]', gradient);
  return fn as CustomObjective;
}

const inBounds = (p: Vec2) =>
  Math.abs(p[0]) <= DIVERGENCE_BOUND && Math.abs(p[1]) <= DIVERGENCE_BOUND; // false for NaN too

/**
 * Runs one optimizer from `start` on the named function (or a custom one) and records the whole
 * path. Stops early, with `divergedAt` set, at the first step that leaves the bounded region.
 */
export function simulate(options: SimulateOptions): SimulateResult {
  const objective = checkObjective(options.fn);
  const optimizer = resolveOptimizer(options.optimizer);
  const step = createOptimizer(optimizer);
  const start = checkStart(options.start);
  const steps = integerIn('steps', options.steps, 0, MAX_STEPS);

  const result: SimulateResult = {
    points: [start], loss: [objective.value(start[0], start[1], 0)],
    effectiveLr: [], gradients: [], accumulators: [], updates: [],
    divergedAt: null, optimizer,
  };
  let here = start;
  for (let t = 1; t <= steps; t++) {
    const record = step(here, objective.gradient(here[0], here[1], t));
    const loss = objective.value(record.params[0], record.params[1], t);
    if (!inBounds(record.params) || !Number.isFinite(loss)) {
      result.divergedAt = t;
      break;
    }
    here = record.params;
    result.points.push(here);
    result.loss.push(loss);
    result.effectiveLr.push(record.effectiveLr);
    result.gradients.push(record.gradient);
    result.accumulators.push(record.accumulator);
    result.updates.push(record.update);
  }
  return result;
}
