import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/lib';
import type { Vec2 } from '../../src/lib';

// Made by tests/fixtures/article/generate.py: the source article's own AdaGrad and RMSProp
// arithmetic on its function, start, η = 0.1, γ = 0.9, ε = 1e-8.
const article: { steps: number; adagrad: Vec2[]; rmsprop: Vec2[]; losses: { adagrad: number; rmsprop: number } } =
  JSON.parse(readFileSync(new URL('../fixtures/article/trajectories.json', import.meta.url), 'utf8'));

const setup = { fn: 'wavy', start: [-4, 4], steps: article.steps } as const;
const runs = {
  adagrad: simulate({ ...setup, start: [-4, 4], optimizer: { name: 'adagrad', lr: 0.1, eps: 1e-8 } }),
  rmsprop: simulate({ ...setup, start: [-4, 4], optimizer: { name: 'rmsprop', lr: 0.1, gamma: 0.9, eps: 1e-8 } }),
};

describe("the source article's experiment", () => {
  it('AdaGrad follows its Python step for step', () => {
    runs.adagrad.points.forEach((point, t) => {
      expect(point[0], `x at step ${t}`).toBeCloseTo(article.adagrad[t][0], 13);
      expect(point[1], `y at step ${t}`).toBeCloseTo(article.adagrad[t][1], 13);
    });
  });

  it('RMSProp follows its Python step for step', () => {
    // Near the minimum y falls to ~1e-20, where RMSProp's normalised steps amplify last-bit
    // differences between sin/cos implementations. V8's and glibc's agree closely enough here
    // (the generator pins NumPy to glibc's) that all 300 steps match; the final-loss check
    // below is what to keep should another engine drift past step ~70.
    for (let t = 0; t <= article.steps; t++) {
      expect(runs.rmsprop.points[t][0], `x at step ${t}`).toBeCloseTo(article.rmsprop[t][0], 13);
      expect(runs.rmsprop.points[t][1], `y at step ${t}`).toBeCloseTo(article.rmsprop[t][1], 13);
    }
  });

  it('ends both runs at the loss its Python reaches', () => {
    expect(runs.adagrad.loss.at(-1)).toBeCloseTo(article.losses.adagrad, 10);
    expect(runs.rmsprop.loss.at(-1)).toBeCloseTo(article.losses.rmsprop, 6);
  });

  it('shows what the article claims: RMSProp reaches the valley floor, AdaGrad stalls on the slope', () => {
    expect(runs.rmsprop.loss[100]).toBeLessThan(-0.78);
    expect(runs.adagrad.loss[100]).toBeGreaterThan(3);
  });
});
