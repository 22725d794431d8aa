import { simulate } from './simulate';
import type { SimulateResult } from './types';
import type { TrajectorySettings } from './url-state';

/** AdaGrad's and RMSProp's runs side by side, as every widget on the RMSProp page compares them. */
export interface Runs {
  adagrad: SimulateResult;
  rmsprop: SimulateResult;
}

/** Both optimizers from the same start with the same η, ε and ε placement; γ is RMSProp's alone. */
export function compareRuns(settings: TrajectorySettings): Runs {
  const { fn, lr, gamma, eps, steps, x, y, epsInSqrt } = settings;
  const start: [number, number] = [x, y];
  return {
    adagrad: simulate({ fn, start, steps, optimizer: { name: 'adagrad', lr, eps, epsInSqrt } }),
    rmsprop: simulate({ fn, start, steps, optimizer: { name: 'rmsprop', lr, gamma, eps, epsInSqrt } }),
  };
}
