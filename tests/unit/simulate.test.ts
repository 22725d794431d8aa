import { describe, expect, it } from 'vitest';
import { DIVERGENCE_BOUND, objectiveNames, optimizerNames, simulate } from '../../src/lib';

describe('simulate', () => {
  const article = { fn: 'wavy', optimizer: { name: 'rmsprop', lr: 0.1, gamma: 0.9, eps: 1e-8 },
    start: [-4, 4], steps: 100 } as const;

  it('returns steps + 1 points, a loss per point and one record per step', () => {
    const run = simulate({ ...article, start: [-4, 4] });
    expect(run.points).toHaveLength(101);
    expect(run.points[0]).toStrictEqual([-4, 4]);
    expect(run.loss).toHaveLength(101);
    for (const series of [run.effectiveLr, run.gradients, run.accumulators, run.updates]) {
      expect(series).toHaveLength(100);
    }
    expect(run.divergedAt).toBeNull();
  });

  it('reports the options with defaults filled in', () => {
    const run = simulate({ ...article, start: [-4, 4] });
    expect(run.optimizer).toStrictEqual({ name: 'rmsprop', lr: 0.1, gamma: 0.9, eps: 1e-8, momentum: 0,
      centered: false, weightDecay: 0, epsInSqrt: false, biasCorrection: false });
  });

  it('reports η/(√s + ε) as the effective step size, about η/√(1 − γ) on the first step', () => {
    const run = simulate({ ...article, start: [-4, 4] });
    const [s] = run.accumulators;
    expect(run.effectiveLr[0][0]).toBe(0.1 / (Math.sqrt(s[0]) + 1e-8));
    expect(-run.updates[0][0] / run.gradients[0][0]).toBeCloseTo(run.effectiveLr[0][0], 12);
    expect(Math.abs(run.updates[0][0])).toBeCloseTo(0.1 / Math.sqrt(0.1), 6);
  });

  it('takes no step with steps = 0', () => {
    const run = simulate({ ...article, start: [1, 2], steps: 0 });
    expect(run.points).toStrictEqual([[1, 2]]);
    expect(run.effectiveLr).toStrictEqual([]);
  });

  it('stops at the step that leaves the bounded region and keeps only finite numbers', () => {
    const run = simulate({ fn: 'rosenbrock', optimizer: { name: 'sgd', lr: 0.1 }, start: [-1.5, 2], steps: 100 });
    expect(run.divergedAt).not.toBeNull();
    expect(run.points).toHaveLength(run.divergedAt!);
    const numbers = [...run.points.flat(), ...run.loss, ...run.effectiveLr.flat(), ...run.updates.flat()];
    expect(numbers.every(Number.isFinite)).toBe(true);
    for (const [x, y] of run.points) expect(Math.max(Math.abs(x), Math.abs(y))).toBeLessThanOrEqual(DIVERGENCE_BOUND);
  });

  it('never produces NaN, whatever the function and optimizer, even at a huge learning rate', () => {
    for (const fn of objectiveNames) {
      for (const name of optimizerNames) {
        for (const lr of [1e-3, 10, 1e6]) {
          const run = simulate({ fn, optimizer: { name, lr }, start: [2.5, -1.5], steps: 200 });
          const numbers = [...run.points.flat(), ...run.loss, ...run.effectiveLr.flat(), ...run.accumulators.flat()];
          expect(numbers.every(Number.isFinite), `${name} on ${fn} at η = ${lr}`).toBe(true);
        }
      }
    }
  });

  it('does not mutate the start it was given', () => {
    const start: [number, number] = [-4, 4];
    simulate({ ...article, start });
    expect(start).toStrictEqual([-4, 4]);
  });
});
