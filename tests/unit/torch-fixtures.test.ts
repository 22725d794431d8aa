import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createOptimizer, simulate } from '../../src/lib';
import type { ObjectiveName, OptimizerOptions, Vec2 } from '../../src/lib';

// Made by tests/fixtures/torch/generate.py: real torch.optim in float64 (and a NumPy reference
// for the two variants torch lacks), each case with the gradients it was fed.
interface Case {
  id: string;
  source: 'torch' | 'numpy';
  fn: ObjectiveName;
  optimizer: OptimizerOptions;
  start: Vec2;
  steps: number;
  points: Vec2[];
  grads: Vec2[];
}
const fixture: { torch: string; cases: Case[] } = JSON.parse(
  readFileSync(new URL('../fixtures/torch/trajectories.json', import.meta.url), 'utf8'));

/**
 * "≤ 1e-10 relative", with 1 as the floor of the scale: coordinates that settle at 0 (y ≈ 1e-20 on
 * `wavy`) have no meaningful relative error, and every case is a smooth run.
 */
function expectClose(actual: Vec2[], expected: Vec2[]) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((point, t) => {
    for (const i of [0, 1]) {
      const scale = Math.max(1, Math.abs(expected[t][i]));
      expect(Math.abs(point[i] - expected[t][i]), `step ${t}, coordinate ${i}`).toBeLessThanOrEqual(1e-10 * scale);
    }
  });
}

describe(`trajectories from torch ${fixture.torch}`, () => {
  it('cover every optimizer and every option', () => {
    const seen = new Set(fixture.cases.flatMap((c) =>
      Object.entries(c.optimizer).filter(([k, v]) => k !== 'name' && v !== 0 && v !== false).map(([k]) => `${c.optimizer.name}.${k}`)));
    for (const option of ['sgd.lr', 'sgd.momentum', 'sgd.nesterov', 'sgd.weightDecay',
      'adagrad.lr', 'adagrad.eps', 'adagrad.lrDecay', 'adagrad.initialAccumulator', 'adagrad.weightDecay', 'adagrad.epsInSqrt',
      'rmsprop.lr', 'rmsprop.gamma', 'rmsprop.eps', 'rmsprop.momentum', 'rmsprop.centered', 'rmsprop.weightDecay',
      'rmsprop.epsInSqrt', 'rmsprop.biasCorrection',
      'adam.lr', 'adam.beta1', 'adam.beta2', 'adam.eps', 'adam.weightDecay']) {
      expect(seen, option).toContain(option);
    }
  });

  it.each(fixture.cases.map((c) => [c.id, c] as const))('%s: simulate follows the reference path', (_, c) => {
    const run = simulate({ fn: c.fn, optimizer: c.optimizer, start: c.start, steps: c.steps });
    expect(run.divergedAt).toBeNull();
    expectClose(run.points, c.points);
  });

  it.each(fixture.cases.map((c) => [c.id, c] as const))('%s: the optimizer alone, fed the same gradients', (_, c) => {
    const step = createOptimizer(c.optimizer);
    const points: Vec2[] = [c.start];
    for (const g of c.grads) points.push(step(points[points.length - 1], g).params);
    expectClose(points, c.points);
  });
});
