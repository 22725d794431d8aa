/**
 * A learning-rate scheduler for one parameter group, stepped as PyTorch's are: `lr` is
 * `param_groups[0]['lr']` as it stands, the rate the next `optimizer.step()` uses, and `step()` is
 * `scheduler.step()`, called after every optimizer step.
 */
export interface Scheduler {
  readonly lr: number;
  step(): void;
}

/** A scheduler from its starting rate and the rule that maps (rate, epoch) to the next rate. */
export function scheduler(initialLr: number, next: (lr: number, epoch: number) => number): Scheduler {
  let lr = initialLr;
  let epoch = 0; // PyTorch's last_epoch once construction has stepped it to 0
  return {
    get lr() { return lr; },
    step() {
      epoch += 1;
      lr = next(lr, epoch);
    },
  };
}
