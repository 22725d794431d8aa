import { compileExpression } from './expression';
import { isFormula, runOptimizer, type RunOptimizerOptions } from './run-optimizer';
import type { SimulateOptions, SimulateResult } from './types';

export { DIVERGENCE_BOUND, MAX_STEPS } from './run-optimizer';

/**
 * Runs one optimizer from `start` on the named function, a custom one, or a typed formula
 * (`{ expr }`, compiled once here), and records the whole path: see `runOptimizer` for the loop.
 */
export function simulate(options: SimulateOptions): SimulateResult {
  if (!isFormula(options.fn)) return runOptimizer(options as RunOptimizerOptions);
  return runOptimizer({ ...options, fn: compileExpression(options.fn.expr as string) });
}
