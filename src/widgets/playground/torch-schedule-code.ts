/**
 * A race's learning-rate schedule as a `torch.optim.lr_scheduler` expression, for the "PyTorch
 * code" script. Pure.
 */
import { pythonFloat, resolveSchedule, type ScheduleOptions } from '../../lib/index.ts';

const SCHEDULER = 'torch.optim.lr_scheduler';

/**
 * The scheduler on `optimizer`, its defaults filled in and every argument written out (lines after
 * the first indented for a `return` in a function), or null for the constant schedule, which needs
 * none. Throws on a bad schedule, naming the field.
 */
export function schedulerCode(schedule: ScheduleOptions): string | null {
  const s = resolveSchedule(schedule);
  switch (s.name) {
    case 'constant':
      return null;
    case 'step':
      return `${SCHEDULER}.StepLR(optimizer, step_size=${s.stepSize}, gamma=${pythonFloat(s.gamma)})`;
    case 'exponential':
      return `${SCHEDULER}.ExponentialLR(optimizer, gamma=${pythonFloat(s.gamma)})`;
    case 'cosine':
      return `${SCHEDULER}.CosineAnnealingLR(optimizer, T_max=${s.tMax}, eta_min=${pythonFloat(s.etaMin)})`;
    case 'warmupCosine':
      // The page's warmupCosine is defined as exactly this SequentialLR, quirks included.
      return `${SCHEDULER}.SequentialLR(
        optimizer,
        [
            ${SCHEDULER}.LinearLR(optimizer, start_factor=${pythonFloat(s.startFactor)}, end_factor=1.0, total_iters=${s.warmupSteps}),
            ${SCHEDULER}.CosineAnnealingLR(optimizer, T_max=${s.tMax}, eta_min=${pythonFloat(s.etaMin)}),
        ],
        milestones=[${s.warmupSteps}],
    )`;
  }
}

/** The schedule in the page's own words, for the script's header: `cosine (tMax 40, etaMin 0.01)`. */
export function scheduleTitle(schedule: ScheduleOptions): string {
  const { name, ...fields } = resolveSchedule(schedule);
  const settings = Object.entries(fields).map(([field, value]) => `${field} ${value}`);
  return settings.length === 0 ? name : `${name} (${settings.join(', ')})`;
}
