import { scheduler, type Scheduler } from './scheduler';

/** `ExponentialLR.get_lr`: the rate times γ at every step, a running product (not η·γᵗ). */
export function exponentialLr(baseLr: number, gamma: number): Scheduler {
  return scheduler(baseLr, (lr) => lr * gamma);
}
