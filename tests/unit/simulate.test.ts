import { describe, expect, it } from 'vitest';
import { DIVERGENCE_BOUND, objectiveNames, objectives, optimizerNames, runOptimizer, simulate } from '../../src/lib';
import type { Vec2 } from '../../src/lib';

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

  it('runs a named function given as its object exactly as by its name', () => {
    expect(simulate({ ...article, fn: objectives.wavy, start: [-4, 4] }))
      .toStrictEqual(simulate({ ...article, start: [-4, 4] }));
  });

  it('hands a custom objective the step number: 0 for the start, t for step t', () => {
    const calls: string[] = [];
    const fn = {
      value: (x: number, y: number, t: number) => { calls.push(`value ${t}`); return x * x + y * y; },
      gradient: (x: number, y: number, t: number): Vec2 => { calls.push(`gradient ${t}`); return [2 * x, 2 * y]; },
    };
    simulate({ fn, optimizer: { name: 'sgd', lr: 0.1 }, start: [1, 1], steps: 2 });
    expect(calls).toStrictEqual(['value 0', 'gradient 1', 'value 1', 'gradient 2', 'value 2']);
  });

  it('follows a custom objective that changes with the step', () => {
    // f = ½(x − c)² with c = 0 for the first two steps and c = 10 after: SGD at η = 1 jumps to c.
    const fn = {
      value: (x: number, _: number, t: number) => 0.5 * (x - (t <= 2 ? 0 : 10)) ** 2,
      gradient: (x: number, _: number, t: number): Vec2 => [x - (t <= 2 ? 0 : 10), 0],
    };
    const run = simulate({ fn, optimizer: { name: 'sgd', lr: 1 }, start: [4, 0], steps: 3 });
    expect(run.points).toStrictEqual([[4, 0], [0, 0], [0, 0], [10, 0]]);
    expect(run.loss).toStrictEqual([8, 0, 0, 0]);
  });

  it('stops a custom objective that returns a non-finite value, like a named one', () => {
    const fn = { value: (x: number) => (x < 0.5 ? NaN : x), gradient: (): Vec2 => [1, 0] };
    const run = simulate({ fn, optimizer: { name: 'sgd', lr: 0.3 }, start: [1, 0], steps: 5 });
    expect(run.divergedAt).toBe(2);
    expect(run.points).toHaveLength(2);
  });
});

describe('runOptimizer, simulate without the formula compiler', () => {
  it('gives the same run as simulate, bit for bit, for a named and a custom function', () => {
    const options = { fn: 'wavy' as const, start: [3, 1] as [number, number], steps: 80, optimizer: { name: 'rmsprop' as const, lr: 0.1 } };
    expect(runOptimizer(options)).toEqual(simulate(options));
    const bowl = { value: (x: number, y: number) => x * x + 3 * y * y, gradient: (x: number, y: number): [number, number] => [2 * x, 6 * y] };
    expect(runOptimizer({ ...options, fn: bowl }).points).toEqual(simulate({ ...options, fn: bowl }).points);
  });

  it('refuses a typed formula with an error that names fn and points to simulate', () => {
    const formula = { expr: 'x^2 + y^2' } as unknown as 'wavy';
    expect(() => runOptimizer({ fn: formula, start: [1, 1], steps: 3, optimizer: { name: 'sgd', lr: 0.1 } })).toThrow(/^fn must be .*simulate/);
  });
});
