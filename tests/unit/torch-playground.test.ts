import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileExpression, createNormal, createOptimizer, learningRates, simulate } from '../../src/lib';
import type { ExpressionObjective, NoiseOptions, ObjectiveName, OptimizerOptions, ScheduleOptions, Vec2 } from '../../src/lib';

// Made by tests/fixtures/torch/generate_playground.py: real torch.optim, torch.optim.lr_scheduler and
// torch.autograd in float64, with the gradients and learning rates each step was given.
interface Run {
  id: string;
  fn: ObjectiveName | ExpressionObjective;
  optimizer: OptimizerOptions;
  schedule: ScheduleOptions;
  noise?: NoiseOptions;
  start: Vec2;
  steps: number;
  points: Vec2[];
  grads: Vec2[];
  lrs: number[];
}
interface Schedule { id: string; schedule: ScheduleOptions; lr: number; steps: number; lrs: number[] }
interface Expression { expr: string; samples: { at: Vec2; value: number; gradient: Vec2 }[] }
const fixture: { torch: string; runs: Run[]; schedules: Schedule[]; expressions: Expression[];
  normal: { seed: number; draws: number[] } } = JSON.parse(
  readFileSync(new URL('../fixtures/torch/playground.json', import.meta.url), 'utf8'));

/**
 * |actual − expected| ≤ tolerance · max(1, |expected|). Where torch and we call pow or cos (β^t,
 * the cosine schedule, sin in a typed function), V8 and glibc round differently in the last bit in a
 * few percent of calls; everything else is the same operations in the same order.
 */
function expectNear(actual: number, expected: number, tolerance: number, where: string) {
  expect(Math.abs(actual - expected), where).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(expected)));
}

function expectPath(actual: Vec2[], expected: Vec2[]) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((point, t) => {
    for (const i of [0, 1]) expectNear(point[i], expected[t][i], 1e-10, `step ${t}, coordinate ${i}`);
  });
}

describe(`playground references from torch ${fixture.torch}`, () => {
  it('cover every new optimizer and option, every schedule, noise and typed functions', () => {
    const options = new Set(fixture.runs.flatMap((c) =>
      Object.entries(c.optimizer).filter(([k, v]) => k !== 'name' && v !== 0 && v !== false).map(([k]) => `${c.optimizer.name}.${k}`)));
    for (const option of ['sgd.dampening', 'adam.amsgrad', 'adamw.lr', 'adamw.beta1', 'adamw.beta2', 'adamw.eps',
      'adamw.weightDecay', 'adamw.amsgrad', 'adadelta.lr', 'adadelta.rho', 'adadelta.eps', 'adadelta.weightDecay',
      'nadam.lr', 'nadam.beta1', 'nadam.beta2', 'nadam.eps', 'nadam.momentumDecay', 'nadam.weightDecay',
      'radam.lr', 'radam.beta1', 'radam.beta2', 'radam.eps', 'radam.weightDecay']) {
      expect(options, option).toContain(option);
    }
    const schedules = new Set([...fixture.runs, ...fixture.schedules].map((c) => c.schedule.name));
    expect([...schedules].sort()).toStrictEqual(['constant', 'cosine', 'exponential', 'step', 'warmupCosine']);
    expect(fixture.runs.some((c) => c.noise)).toBe(true);
    expect(fixture.runs.some((c) => typeof c.fn === 'object')).toBe(true);
  });

  it.each(fixture.runs.map((c) => [c.id, c] as const))('%s: simulate follows torch', (_, c) => {
    const run = simulate({ fn: c.fn, optimizer: c.optimizer, schedule: c.schedule, noise: c.noise, start: c.start, steps: c.steps });
    expect(run.divergedAt).toBeNull();
    expectPath(run.points, c.points);
    expect(run.lr).toHaveLength(c.steps);
    run.lr.forEach((lr, t) => expectNear(lr, c.lrs[t], 1e-13, `lr at step ${t + 1}`));
    // The recorded gradient is the one torch was fed (noise included) unless coupled decay was added to it.
    const coupledDecay = c.optimizer.name !== 'adamw' && 'weightDecay' in c.optimizer && c.optimizer.weightDecay !== 0;
    if (!coupledDecay) {
      run.gradients.forEach((g, t) => { for (const i of [0, 1]) expectNear(g[i], c.grads[t][i], 1e-10, `gradient ${t + 1}`); });
    }
  });

  it.each(fixture.runs.map((c) => [c.id, c] as const))('%s: the optimizer alone, fed the same gradients and rates', (_, c) => {
    const step = createOptimizer(c.optimizer);
    const points: Vec2[] = [c.start];
    c.grads.forEach((g, t) => points.push(step(points[points.length - 1], g, c.lrs[t]).params));
    expectPath(points, c.points);
  });

  it.each(fixture.schedules.map((c) => [c.id, c] as const))('the schedule %s gives torch\'s learning rates', (_, c) => {
    const rates = learningRates(c.schedule, c.lr, c.steps);
    expect(rates).toHaveLength(c.lrs.length);
    rates.forEach((lr, t) => expectNear(lr, c.lrs[t], 1e-13, `step ${t + 1}`));
  });

  it.each(fixture.expressions.map((c) => [c.expr, c] as const))('%s: value and gradient as torch.autograd', (_, c) => {
    const f = compileExpression(c.expr);
    for (const { at: [x, y], value, gradient } of c.samples) {
      expectNear(f.value(x, y), value, 1e-12, `f(${x}, ${y})`);
      const [gx, gy] = f.gradient(x, y);
      expectNear(gx, gradient[0], 1e-12, `∂f/∂x at (${x}, ${y})`);
      expectNear(gy, gradient[1], 1e-12, `∂f/∂y at (${x}, ${y})`);
    }
  });

  it('draws the same normal numbers as the generator\'s Python copy, bit for bit', () => {
    const draw = createNormal(fixture.normal.seed);
    expect(fixture.normal.draws.map(() => draw())).toStrictEqual(fixture.normal.draws);
  });
});
