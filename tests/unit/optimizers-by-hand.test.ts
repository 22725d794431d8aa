import { describe, expect, it } from 'vitest';
import { adagrad, adam, rmsprop, sgd } from '../../src/lib';
import type { Stepper, Vec2 } from '../../src/lib';

// Each optimizer is fed the same two gradients, g1 = (3, 4) then g2 = (4, 3), from θ0 = (1, 1),
// so the arithmetic below can be checked with pencil and paper.
const g1: Vec2 = [3, 4];
const g2: Vec2 = [4, 3];

function twoSteps(step: Stepper) {
  const first = step([1, 1], g1);
  const second = step(first.params, g2);
  return { first, second };
}

function expectVec(actual: Vec2, expected: Vec2) {
  expect(actual[0]).toBeCloseTo(expected[0], 12);
  expect(actual[1]).toBeCloseTo(expected[1], 12);
}

describe('the first two steps, worked by hand', () => {
  it('sgd with momentum 0.9 and η = 0.01', () => {
    // Step 1: the buffer starts as the gradient: b = (3, 4); θ1 = (1, 1) − 0.01·(3, 4) = (0.97, 0.96).
    // Step 2: b = 0.9·(3, 4) + (4, 3) = (6.7, 6.6); θ2 = (0.97 − 0.067, 0.96 − 0.066) = (0.903, 0.894).
    const { first, second } = twoSteps(sgd({ name: 'sgd', lr: 0.01, momentum: 0.9 }));
    expectVec(first.params, [0.97, 0.96]);
    expectVec(second.params, [0.903, 0.894]);
    expectVec(second.effectiveLr, [0.01, 0.01]);
  });

  it('sgd with Nesterov momentum 0.9 and η = 0.01', () => {
    // Step 1: b = (3, 4); direction g + 0.9·b = (5.7, 7.6); θ1 = (0.943, 0.924).
    // Step 2: b = (6.7, 6.6); direction (4 + 6.03, 3 + 5.94) = (10.03, 8.94); θ2 = (0.8427, 0.8346).
    const { first, second } = twoSteps(sgd({ name: 'sgd', lr: 0.01, momentum: 0.9, nesterov: true }));
    expectVec(first.params, [0.943, 0.924]);
    expectVec(second.params, [0.8427, 0.8346]);
  });

  it('adagrad with η = 0.1 and ε = 0', () => {
    // Step 1: s = (9, 16); √s = (3, 4); each coordinate moves η·g/√s = 0.1: θ1 = (0.9, 0.9).
    // Step 2: s = (9 + 16, 16 + 9) = (25, 25); √s = 5; θ2 = (0.9 − 0.08, 0.9 − 0.06) = (0.82, 0.84).
    const { first, second } = twoSteps(adagrad({ name: 'adagrad', lr: 0.1, eps: 0 }));
    expectVec(first.params, [0.9, 0.9]);
    expectVec(first.accumulator, [9, 16]);
    expectVec(second.params, [0.82, 0.84]);
    expectVec(second.accumulator, [25, 25]);
    expectVec(second.effectiveLr, [0.02, 0.02]);
  });

  it('rmsprop with η = 0.1, γ = 0.9 and ε = 0', () => {
    // Step 1: s = 0.1·(9, 16) = (0.9, 1.6); √s = √0.1·(3, 4), so both coordinates move
    //   η/√(1 − γ) = 0.1/√0.1 ≈ 0.316228: the large first step that s0 = 0 causes.
    // Step 2: s = 0.9·(0.9, 1.6) + 0.1·(16, 9) = (2.41, 2.34);
    //   θ2 = θ1 − 0.1·(4/√2.41, 3/√2.34) ≈ θ1 − (0.257663, 0.196116).
    const { first, second } = twoSteps(rmsprop({ name: 'rmsprop', lr: 0.1, gamma: 0.9, eps: 0 }));
    const firstStep = 0.1 / Math.sqrt(0.1);
    expect(firstStep).toBeCloseTo(0.316228, 6);
    expectVec(first.params, [1 - firstStep, 1 - firstStep]);
    expectVec(first.accumulator, [0.9, 1.6]);
    expectVec(second.accumulator, [2.41, 2.34]);
    expectVec(second.update, [-0.4 / Math.sqrt(2.41), -0.3 / Math.sqrt(2.34)]);
    expect(second.update[0]).toBeCloseTo(-0.257663, 6);
    expect(second.update[1]).toBeCloseTo(-0.196116, 6);
  });

  it('rmsprop with bias correction and ε = 0 takes η·sign(g) first', () => {
    // Step 1: s = (0.9, 1.6), ŝ = s/(1 − 0.9) = (9, 16), so the step is 0.1·g/|g| = 0.1.
    // Step 2: ŝ = (2.41, 2.34)/(1 − 0.81) = (12.68421…, 12.31578…).
    const { first, second } = twoSteps(
      rmsprop({ name: 'rmsprop', lr: 0.1, gamma: 0.9, eps: 0, biasCorrection: true }));
    expectVec(first.params, [0.9, 0.9]);
    expectVec(second.update, [-0.4 / Math.sqrt(2.41 / 0.19), -0.3 / Math.sqrt(2.34 / 0.19)]);
  });

  it('adam with η = 0.1, β = (0.9, 0.999) and ε = 0', () => {
    // Step 1: m = (0.3, 0.4), v = (0.009, 0.016); m̂ = (3, 4), v̂ = (9, 16): a step of η·sign(g) = 0.1.
    // Step 2: m = (0.27 + 0.4, 0.36 + 0.3) = (0.67, 0.66), m̂ = m/0.19;
    //   v = (0.008991 + 0.016, 0.015984 + 0.009) = (0.024991, 0.024984), v̂ = v/0.001999;
    //   Δθ = −0.1·m̂/√v̂ ≈ (−0.099732, −0.098258).
    const { first, second } = twoSteps(adam({ name: 'adam', lr: 0.1, eps: 0 }));
    expectVec(first.params, [0.9, 0.9]);
    expectVec(second.accumulator, [0.024991, 0.024984]);
    expectVec(second.update, [
      (-0.1 * (0.67 / 0.19)) / Math.sqrt(0.024991 / 0.001999),
      (-0.1 * (0.66 / 0.19)) / Math.sqrt(0.024984 / 0.001999),
    ]);
    expect(second.update[0]).toBeCloseTo(-0.099732, 6);
    expect(second.update[1]).toBeCloseTo(-0.098258, 6);
  });

  it('adagrad with ε inside the root and an initial accumulator', () => {
    // Step 1: s = 0.1 + (9, 16) = (9.1, 16.1); Δθ = −0.1·g/√(s + 0.01) = −0.1·(3/√9.11, 4/√16.11).
    const step = adagrad({ name: 'adagrad', lr: 0.1, eps: 0.01, initialAccumulator: 0.1, epsInSqrt: true });
    const first = step([1, 1], g1);
    expectVec(first.update, [-0.3 / Math.sqrt(9.11), -0.4 / Math.sqrt(16.11)]);
  });

  it('adagrad with learning-rate decay divides η by 1 + (t − 1)·decay', () => {
    // Step 2 uses η/(1 + 0.5) with s = (25, 25): Δθ = −(0.1/1.5)·(4, 3)/5.
    const { second } = twoSteps(adagrad({ name: 'adagrad', lr: 0.1, eps: 0, lrDecay: 0.5 }));
    expectVec(second.update, [-(0.1 / 1.5) * 0.8, -(0.1 / 1.5) * 0.6]);
  });

  it('centered rmsprop divides by the root of s − ḡ²', () => {
    // Step 1: s = (0.9, 1.6), ḡ = (0.3, 0.4), s − ḡ² = (0.81, 1.44): Δθ = −0.1·(3/0.9, 4/1.2).
    const step = rmsprop({ name: 'rmsprop', lr: 0.1, gamma: 0.9, eps: 0, centered: true });
    expectVec(step([1, 1], g1).update, [-0.1 * (3 / 0.9), -0.1 * (4 / 1.2)]);
  });
});
