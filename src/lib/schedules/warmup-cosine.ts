import { cosineNext, cosineRestart } from './cosine';
import { scheduler, type Scheduler } from './scheduler';

/**
 * `LinearLR.get_lr` with end_factor 1 at epoch 1…total: the rate times
 * 1 + (1 − s)/(total·s + (epoch − 1)·(1 − s)), a ratio of successive factors.
 */
function linearNext(lr: number, epoch: number, startFactor: number, total: number): number {
  return lr * (1 + (1 - startFactor) / (total * startFactor + (epoch - 1) * (1 - startFactor)));
}

/**
 * `SequentialLR([LinearLR(start_factor, total_iters=W), CosineAnnealingLR(T_max, eta_min)],
 * milestones=[W])`, step by step as PyTorch runs it:
 * - construction resets the rate to η, undoes both schedulers' first step and re-runs LinearLR's,
 *   so step 1 uses η·s (with W = 0, the cosine's instead, which keeps η);
 * - epochs 1…W − 1 step LinearLR, so it never takes its last step up to η;
 * - at epoch W SequentialLR calls the cosine's `_update_lr(0)`, its closed form at 0: η again;
 * - after that the cosine steps on from its epoch 0 with the recursive formula.
 */
export function warmupCosineLr(
  baseLr: number, warmupSteps: number, startFactor: number, tMax: number, etaMin: number,
): Scheduler {
  const initialLr = warmupSteps > 0 ? baseLr * startFactor : baseLr;
  return scheduler(initialLr, (lr, epoch) => {
    if (epoch < warmupSteps) return linearNext(lr, epoch, startFactor, warmupSteps);
    if (epoch === warmupSteps) return cosineRestart(baseLr, etaMin, tMax);
    return cosineNext(lr, epoch - warmupSteps, baseLr, etaMin, tMax);
  });
}
