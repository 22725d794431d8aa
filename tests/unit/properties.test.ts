import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adagrad, adam, createOptimizer, rmsprop, sgd, simulate } from '../../src/lib';
import type { OptimizerOptions, Stepper, Vec2 } from '../../src/lib';

const gradientValue = fc.double({ min: -1e3, max: 1e3, noNaN: true });
const gradient = fc.tuple(gradientValue, gradientValue);
const gradients = fc.array(gradient, { minLength: 1, maxLength: 60 });
const decayRate = fc.double({ min: 0, max: 0.999, noNaN: true });
const learningRate = fc.double({ min: 1e-4, max: 1, noNaN: true });

/** Feeds a fixed list of gradients to a stepper and returns every record. */
function feed(step: Stepper, list: Vec2[], start: Vec2 = [0.5, -0.5]) {
  let params = start;
  return list.map((g) => {
    const record = step(params, g);
    params = record.params;
    return record;
  });
}

describe('AdaGrad', () => {
  it('never shrinks its accumulator and never grows its step size', () => {
    fc.assert(fc.property(gradients, learningRate, (list, lr) => {
      const records = feed(adagrad({ name: 'adagrad', lr, eps: 1e-10 }), list);
      for (let t = 1; t < records.length; t++) {
        for (const i of [0, 1]) {
          expect(records[t].accumulator[i]).toBeGreaterThanOrEqual(records[t - 1].accumulator[i]);
          expect(records[t].effectiveLr[i]).toBeLessThanOrEqual(records[t - 1].effectiveLr[i]);
        }
      }
    }));
  });
});

describe('RMSProp', () => {
  it('keeps its accumulator within [(1 − γ)·g_t², max g²] when s0 = 0', () => {
    fc.assert(fc.property(gradients, decayRate, (list, gamma) => {
      const records = feed(rmsprop({ name: 'rmsprop', lr: 0.01, gamma }), list);
      const largest: Vec2 = [0, 0];
      records.forEach((record, t) => {
        for (const i of [0, 1]) {
          const g = list[t][i];
          largest[i] = Math.max(largest[i], g * g);
          // ((1 − γ)·g)·g, rounded as PyTorch's addcmul rounds it.
          expect(record.accumulator[i]).toBeGreaterThanOrEqual(((1 - gamma) * g) * g);
          // A convex combination of values ≤ max g², up to the last bit of rounding.
          expect(record.accumulator[i]).toBeLessThanOrEqual(largest[i] * (1 + 1e-12));
        }
      });
    }));
  });

  it('with bias correction and ε outside the root equals Adam with β1 = 0, bit for bit', () => {
    fc.assert(fc.property(gradients, decayRate, learningRate, (list, gamma, lr) => {
      const a = feed(rmsprop({ name: 'rmsprop', lr, gamma, eps: 1e-8, biasCorrection: true }), list);
      const b = feed(adam({ name: 'adam', lr, beta1: 0, beta2: gamma, eps: 1e-8 }), list);
      expect(a.map((r) => r.params)).toStrictEqual(b.map((r) => r.params));
    }));
  });
});

describe('scale invariance with ε = 0', () => {
  // Multiplying by 2^10 is exact in binary floating point, so "unchanged" can mean bit for bit.
  const scale = 2 ** 10;
  const adaptive: OptimizerOptions[] = [
    { name: 'rmsprop', lr: 0.05, gamma: 0.9, eps: 0 },
    { name: 'adagrad', lr: 0.3, eps: 0 },
    { name: 'adam', lr: 0.05, eps: 0 },
  ];

  function path(options: OptimizerOptions, factor: number): Vec2[] {
    const step = createOptimizer(options);
    let params: Vec2 = [-4, 3];
    const points = [params];
    for (let t = 0; t < 100; t++) {
      // The ill-conditioned quadratic's gradient, (x, 25y), scaled.
      params = step(params, [factor * params[0], factor * 25 * params[1]]).params;
      points.push(params);
    }
    return points;
  }

  it.each(adaptive)('leaves the $name path unchanged when every gradient is scaled by 2^10', (options) => {
    expect(path(options, scale)).toStrictEqual(path(options, 1));
  });

  it('changes the SGD path', () => {
    const options: OptimizerOptions = { name: 'sgd', lr: 1e-5 };
    expect(path(options, scale)).not.toStrictEqual(path(options, 1));
  });
});

describe('zero gradients', () => {
  const configurations: OptimizerOptions[] = [
    { name: 'sgd', lr: 0.1 },
    { name: 'sgd', lr: 0.1, momentum: 0.9, nesterov: true },
    { name: 'adagrad', lr: 0.1, eps: 0 },
    { name: 'adagrad', lr: 0.1, eps: 0, epsInSqrt: true },
    { name: 'rmsprop', lr: 0.1, eps: 0 },
    { name: 'rmsprop', lr: 0.1, eps: 0, centered: true, momentum: 0.9 },
    { name: 'rmsprop', lr: 0.1, eps: 0, epsInSqrt: true, biasCorrection: true },
    { name: 'adam', lr: 0.1, eps: 0 },
  ];

  it.each(configurations)('make no step and no NaN for %j', (options) => {
    const records = feed(createOptimizer(options), Array.from({ length: 5 }, () => [0, 0] as Vec2));
    for (const record of records) {
      expect(record.params).toStrictEqual([0.5, -0.5]);
      expect([...record.effectiveLr, ...record.accumulator].every(Number.isFinite)).toBe(true);
    }
  });
});

describe('SGD', () => {
  it('with momentum 0 is plain gradient descent', () => {
    fc.assert(fc.property(gradients, learningRate, (list, lr) => {
      const records = feed(sgd({ name: 'sgd', lr, momentum: 0 }), list);
      let params: Vec2 = [0.5, -0.5];
      records.forEach((record, t) => {
        params = [params[0] - lr * list[t][0], params[1] - lr * list[t][1]];
        expect(record.params).toStrictEqual(params);
      });
    }));
  });
});

describe('simulate', () => {
  it('gives bitwise the same output for the same input', () => {
    const options = { fn: 'rosenbrock', optimizer: { name: 'rmsprop', lr: 0.01, centered: true, momentum: 0.5 },
      start: [-1.5, 2], steps: 300 } as const;
    const a = simulate({ ...options, start: [...options.start] });
    const b = simulate({ ...options, start: [...options.start] });
    expect(a).toStrictEqual(b);
    expect(Object.is(a.loss.at(-1), b.loss.at(-1))).toBe(true);
  });
});
