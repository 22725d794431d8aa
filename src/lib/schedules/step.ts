import { scheduler, type Scheduler } from './scheduler';

/** `StepLR.get_lr`: the rate times γ whenever the epoch reaches a multiple of stepSize, else unchanged. */
export function stepLr(baseLr: number, stepSize: number, gamma: number): Scheduler {
  return scheduler(baseLr, (lr, epoch) => (epoch % stepSize === 0 ? lr * gamma : lr));
}
