import { scheduler, type Scheduler } from './scheduler';

/** Python's a % m for m > 0: never negative. */
const modulo = (a: number, m: number) => ((a % m) + m) % m;

/**
 * `CosineAnnealingLR.get_lr` at `epoch` (≥ 1), from the rate the previous epoch left. PyTorch's
 * recursion: each rate is the last one, less ηmin, scaled by a ratio of successive cosine heights,
 * so it drifts from the closed form by rounding, and it goes on past tMax, climbing back to η by
 * 2·tMax. Where the ratio would divide by 0 (epoch − 1 an odd multiple of tMax) it adds a step instead.
 */
export function cosineNext(lr: number, epoch: number, baseLr: number, etaMin: number, tMax: number): number {
  if (modulo(epoch - 1 - tMax, 2 * tMax) === 0) {
    return lr + ((baseLr - etaMin) * (1 - Math.cos(Math.PI / tMax))) / 2;
  }
  return ((1 + Math.cos((Math.PI * epoch) / tMax)) / (1 + Math.cos((Math.PI * (epoch - 1)) / tMax))) *
    (lr - etaMin) + etaMin;
}

/**
 * `CosineAnnealingLR._get_closed_form_lr` at epoch 0, which is where SequentialLR restarts it at its
 * milestone: ηmin + (η − ηmin)·(1 + cos 0)/2, evaluated as written, so not always exactly η.
 */
export function cosineRestart(baseLr: number, etaMin: number, tMax: number): number {
  return etaMin + ((baseLr - etaMin) * (1 + Math.cos((Math.PI * 0) / tMax))) / 2;
}

/** `CosineAnnealingLR(T_max=tMax, eta_min=etaMin)` on its own: it starts at η. */
export function cosineAnnealingLr(baseLr: number, tMax: number, etaMin: number): Scheduler {
  return scheduler(baseLr, (lr, epoch) => cosineNext(lr, epoch, baseLr, etaMin, tMax));
}
