import type { ScheduleOptions } from '../types';
import {
  fail, integerIn, MAX_STEPS, nonNegative, ownKey, requireFields, resolveOptions, unitInterval,
} from '../validate';
import { cosineAnnealingLr } from './cosine';
import { exponentialLr } from './exponential';
import { scheduler, type Scheduler } from './scheduler';
import { stepLr } from './step';
import { warmupCosineLr } from './warmup-cosine';

export type { Scheduler } from './scheduler';

const stepCount = (field: string, value: unknown) => integerIn(field, value, 1, MAX_STEPS);
const warmupCount = (field: string, value: unknown) => integerIn(field, value, 0, MAX_STEPS);
/** LinearLR's own rule: 0 < start_factor ≤ 1. */
function startFactor(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > 1) {
    fail(field, 'a number in (0, 1]', value);
  }
  return value;
}

// A field whose default is NaN is required: requireFields checks it before resolveOptions runs.
const schedules = {
  constant: {
    resolve: (given: object) => resolveOptions({ name: 'constant' as const }, {}, given),
    create: (_: unknown, lr: number) => scheduler(lr, (rate) => rate),
  },
  step: {
    resolve(given: object) {
      const checks = { stepSize: stepCount, gamma: unitInterval };
      requireFields(checks, given, ['stepSize']);
      return resolveOptions({ name: 'step' as const, stepSize: NaN, gamma: 0.1 }, checks, given);
    },
    create: (o: { stepSize: number; gamma: number }, lr: number) => stepLr(lr, o.stepSize, o.gamma),
  },
  exponential: {
    resolve(given: object) {
      const checks = { gamma: unitInterval };
      requireFields(checks, given, ['gamma']);
      return resolveOptions({ name: 'exponential' as const, gamma: NaN }, checks, given);
    },
    create: (o: { gamma: number }, lr: number) => exponentialLr(lr, o.gamma),
  },
  cosine: {
    resolve(given: object) {
      const checks = { tMax: stepCount, etaMin: nonNegative };
      requireFields(checks, given, ['tMax']);
      return resolveOptions({ name: 'cosine' as const, tMax: NaN, etaMin: 0 }, checks, given);
    },
    create: (o: { tMax: number; etaMin: number }, lr: number) => cosineAnnealingLr(lr, o.tMax, o.etaMin),
  },
  warmupCosine: {
    resolve(given: object) {
      const checks = { warmupSteps: warmupCount, startFactor, tMax: stepCount, etaMin: nonNegative };
      requireFields(checks, given, ['warmupSteps', 'tMax']);
      return resolveOptions(
        { name: 'warmupCosine' as const, warmupSteps: NaN, startFactor: 1 / 3, tMax: NaN, etaMin: 0 }, checks, given);
    },
    create: (o: { warmupSteps: number; startFactor: number; tMax: number; etaMin: number }, lr: number) =>
      warmupCosineLr(lr, o.warmupSteps, o.startFactor, o.tMax, o.etaMin),
  },
} as const;

export const scheduleNames = Object.keys(schedules) as (keyof typeof schedules)[];

function entry(options: unknown) {
  if (typeof options !== 'object' || options === null) {
    fail('schedule', 'an object with a name', options);
  }
  return schedules[ownKey('schedule name', schedules, (options as { name?: unknown }).name)];
}

/** The schedule with every default filled in; throws on a bad, missing or unknown field, naming it. */
export function resolveSchedule(options: ScheduleOptions): Required<ScheduleOptions> {
  return entry(options).resolve(options) as Required<ScheduleOptions>;
}

/** A fresh scheduler for the schedule, starting from the optimizer's learning rate `lr`. */
export function createScheduler(options: ScheduleOptions, lr: number): Scheduler {
  const resolved = resolveSchedule(options);
  return (schedules[resolved.name].create as (o: ScheduleOptions, lr: number) => Scheduler)(resolved, lr);
}

/**
 * The learning rate each of `steps` steps uses, as PyTorch's `param_groups[0]['lr']` just before
 * that step's `optimizer.step()`: entry 0 for step 1. For drawing a schedule on its own.
 */
export function learningRates(options: ScheduleOptions, lr: number, steps: number): number[] {
  nonNegative('lr', lr);
  integerIn('steps', steps, 0, MAX_STEPS);
  const schedule = createScheduler(options, lr);
  const rates: number[] = [];
  for (let t = 1; t <= steps; t++) {
    rates.push(schedule.lr);
    schedule.step();
  }
  return rates;
}
