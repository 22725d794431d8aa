import { describe, expect, it } from 'vitest';
import { learningRates, resolveSchedule, simulate } from '../../src/lib';
import type { Vec2 } from '../../src/lib';

describe('learning-rate schedules, as PyTorch steps them', () => {
  it('constant keeps the optimizer\'s rate', () => {
    expect(learningRates({ name: 'constant' }, 0.1, 3)).toStrictEqual([0.1, 0.1, 0.1]);
  });

  it('step multiplies by γ after every stepSize steps (StepLR)', () => {
    // Steps 1–3 at η, 4–6 at η/2, 7 at η/4: the scheduler has been stepped 3 and 6 times before them.
    expect(learningRates({ name: 'step', stepSize: 3, gamma: 0.5 }, 0.8, 7))
      .toStrictEqual([0.8, 0.8, 0.8, 0.4, 0.4, 0.4, 0.2]);
  });

  it('exponential is a running product, not η·γᵗ', () => {
    const rates = learningRates({ name: 'exponential', gamma: 0.9 }, 0.1, 30);
    let lr = 0.1;
    rates.forEach((rate) => {
      expect(rate).toBe(lr);
      lr = lr * 0.9;
    });
  });

  it('cosine falls to ηmin at tMax and climbs back to η by 2·tMax', () => {
    const rates = learningRates({ name: 'cosine', tMax: 10, etaMin: 0.01 }, 0.1, 31);
    expect(rates[0]).toBe(0.1);
    expect(rates[5]).toBeCloseTo(0.01 + 0.09 * (1 + Math.cos(Math.PI / 2)) / 2, 15); // step 6, epoch 5
    expect(rates[10]).toBe(0.01); // epoch tMax: the ratio's numerator is 1 + cos π = 0
    expect(rates[20]).toBeCloseTo(0.1, 15); // epoch 2·tMax, back at η
    expect(rates[30]).toBeCloseTo(0.01, 15);
  });

  it('warmupCosine starts at η·startFactor, rises linearly, restarts the cosine at η at the milestone', () => {
    // LinearLR's factor is 0.25 + 0.75·epoch/4 for epochs 0–3 (steps 1–4): 0.25, 0.4375, 0.625, 0.8125,
    // by ratios of successive factors. At epoch 4, the milestone, SequentialLR hands over to the
    // cosine's closed form at 0, which is η: LinearLR never takes its own last step to factor 1.
    const rates = learningRates({ name: 'warmupCosine', warmupSteps: 4, startFactor: 0.25, tMax: 4, etaMin: 0 }, 0.4, 9);
    [0.25, 0.4375, 0.625, 0.8125].forEach((factor, t) => expect(rates[t]).toBeCloseTo(0.4 * factor, 15));
    expect(rates[4]).toBe(0.4);
    expect(rates[5]).toBeCloseTo(0.4 * (1 + Math.cos(Math.PI / 4)) / 2, 15);
    expect(rates[8]).toBeCloseTo(0, 15);
  });

  it('warmupCosine with no warm-up is the cosine', () => {
    expect(learningRates({ name: 'warmupCosine', warmupSteps: 0, tMax: 7, etaMin: 0.01 }, 0.1, 20))
      .toStrictEqual(learningRates({ name: 'cosine', tMax: 7, etaMin: 0.01 }, 0.1, 20));
  });

  it('fills in PyTorch\'s defaults', () => {
    expect(resolveSchedule({ name: 'step', stepSize: 5 })).toStrictEqual({ name: 'step', stepSize: 5, gamma: 0.1 });
    expect(resolveSchedule({ name: 'cosine', tMax: 5 })).toStrictEqual({ name: 'cosine', tMax: 5, etaMin: 0 });
    expect(resolveSchedule({ name: 'warmupCosine', warmupSteps: 2, tMax: 5 }))
      .toStrictEqual({ name: 'warmupCosine', warmupSteps: 2, startFactor: 1 / 3, tMax: 5, etaMin: 0 });
  });
});

describe('simulate with a schedule', () => {
  it('records the rate of every step and steps the scheduler after the optimizer', () => {
    // SGD on f = x²/2 (quadratic's x): each step multiplies x by 1 − η_t.
    const run = simulate({ fn: 'quadratic', optimizer: { name: 'sgd', lr: 0.5 },
      schedule: { name: 'step', stepSize: 1, gamma: 0.5 }, start: [1, 0], steps: 3 });
    expect(run.lr).toStrictEqual([0.5, 0.25, 0.125]);
    expect(run.points.map(([x]) => x)).toStrictEqual([1, 0.5, 0.375, 0.328125]);
    expect(run.schedule).toStrictEqual({ name: 'step', stepSize: 1, gamma: 0.5 });
  });

  it('defaults to the constant schedule, the run as before', () => {
    const options = { fn: 'wavy', optimizer: { name: 'adam', lr: 0.1 }, start: [-4, 4] as Vec2, steps: 50 } as const;
    const plain = simulate(options);
    expect(plain.lr).toStrictEqual(new Array(50).fill(0.1));
    expect(simulate({ ...options, schedule: { name: 'constant' } })).toStrictEqual(plain);
  });

  it('composes with AdaGrad\'s own decay: η_t/(1 + (t − 1)·lrDecay)', () => {
    // Step 2: the schedule gives η = 0.05, lrDecay divides it by 1.5; s = 3² + 3² with g = 3 each step.
    const fn = { value: () => 0, gradient: (): [number, number] => [3, 0] };
    const run = simulate({ fn, optimizer: { name: 'adagrad', lr: 0.1, eps: 0, lrDecay: 0.5 },
      schedule: { name: 'exponential', gamma: 0.5 }, start: [0, 0], steps: 2 });
    expect(run.effectiveLr[1][0]).toBe(0.05 / 1.5 / Math.sqrt(18));
  });
});
