import { describe, expect, it } from 'vitest';
import { adadelta, adagrad, adam, adamw, nadam, radam, rmsprop, sgd } from '../../src/lib';
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

describe('the optimizers PyTorch added after Adam, worked by hand', () => {
  it('sgd with dampening 0.5 damps every gradient but the first', () => {
    // Step 1: the buffer starts as g1, undamped: b = (3, 4); θ1 = (0.97, 0.96).
    // Step 2: b = 0.9·(3, 4) + 0.5·(4, 3) = (4.7, 5.1); θ2 = (0.97 − 0.047, 0.96 − 0.051) = (0.923, 0.909).
    const { first, second } = twoSteps(sgd({ name: 'sgd', lr: 0.01, momentum: 0.9, dampening: 0.5 }));
    expectVec(first.params, [0.97, 0.96]);
    expectVec(second.params, [0.923, 0.909]);
  });

  it('adam with amsgrad divides by the largest v so far', () => {
    // Step 2 sees a tiny gradient: v falls to 0.999·v1 + 0.001·0.01², but the step still divides by √v1.
    const step = adam({ name: 'adam', lr: 0.1, eps: 0, amsgrad: true });
    const first = step([1, 1], g1);
    const second = step(first.params, [0.01, 0.01]);
    expectVec(first.accumulator, [0.009, 0.016]);
    expectVec(second.accumulator, [0.009, 0.016]);
    const m: Vec2 = [0.9 * 0.3 + 0.001, 0.9 * 0.4 + 0.001];
    expectVec(second.update, [(-0.1 * (m[0] / 0.19)) / Math.sqrt(0.009 / 0.001999),
      (-0.1 * (m[1] / 0.19)) / Math.sqrt(0.016 / 0.001999)]);
  });

  it('adamw shrinks θ by (1 − η·λ) and then takes Adam\'s step on the plain gradient', () => {
    // Step 1: θ·(1 − 0.1·0.5) = (0.95, 0.95); m̂ = g, v̂ = g², so Adam moves η·sign(g) = 0.1: θ1 = (0.85, 0.85).
    const { first } = twoSteps(adamw({ name: 'adamw', lr: 0.1, eps: 0, weightDecay: 0.5 }));
    expectVec(first.params, [0.85, 0.85]);
    expectVec(first.gradient, g1); // the decay never enters the gradient
  });

  it('adamw with no decay is adam, bit for bit', () => {
    const a = twoSteps(adamw({ name: 'adamw', lr: 0.1, weightDecay: 0 }));
    const b = twoSteps(adam({ name: 'adam', lr: 0.1 }));
    expect(a).toStrictEqual(b);
  });

  it('adadelta\'s first step is about √(ε/(1 − ρ)), whatever the gradient\'s size', () => {
    // Step 1: s = 0.1·g², u = 0: Δ = √ε/√(0.1·g² + ε)·g ≈ √ε·√10 = 0.0031623 for g = 3 and g = 4 alike.
    // Then u = 0.1·Δ², and step 2 divides √(u + ε) by the new √(s + ε).
    const { first, second } = twoSteps(adadelta({ name: 'adadelta', lr: 1, rho: 0.9, eps: 1e-6 }));
    const delta = (g: number) => (Math.sqrt(1e-6) / Math.sqrt(0.1 * g * g + 1e-6)) * g;
    expectVec(first.update, [-delta(3), -delta(4)]);
    expect(first.update[0]).toBeCloseTo(-0.0031623, 7);
    expectVec(first.accumulator, [0.9, 1.6]);
    const u = (g: number) => 0.1 * delta(g) ** 2;
    const step2 = (g0: number, g: number) => (Math.sqrt(u(g0) + 1e-6) / Math.sqrt(0.9 * 0.1 * g0 * g0 + 0.1 * g * g + 1e-6)) * g;
    expectVec(second.update, [-step2(3, 4), -step2(4, 3)]);
  });

  it('nadam mixes the gradient and the average by Dozat\'s momentum schedule', () => {
    // Step 1 with ε = 0: v̂ = g², m = 0.1·g; μ1 = 0.9·(1 − ½·0.96^0.004), μ2 = 0.9·(1 − ½·0.96^0.008);
    // Δθ = −η·[(1 − μ1)/(1 − μ1)·g + μ2/(1 − μ1μ2)·0.1·g]/|g| = −0.1·(1 + 0.1·μ2/(1 − μ1μ2)) ≈ −0.105645.
    const step = nadam({ name: 'nadam', lr: 0.1, eps: 0 });
    const first = step([1, 1], g1);
    const mu1 = 0.9 * (1 - 0.5 * 0.96 ** 0.004);
    const mu2 = 0.9 * (1 - 0.5 * 0.96 ** 0.008);
    const expected = -0.1 * (1 + (0.1 * mu2) / (1 - mu1 * mu2));
    expectVec(first.update, [expected, expected]);
    expect(expected).toBeCloseTo(-0.105645, 6);
  });

  it('radam is plain momentum for five steps at β2 = 0.999, then rectified', () => {
    // Step 1: m̂ = g, so θ1 = (1, 1) − 0.1·(3, 4) = (0.7, 0.6).
    // Step 2: m = (0.67, 0.66), m̂ = m/0.19, θ2 = θ1 − 0.1·m̂ = (0.347368…, 0.252631…).
    const step = radam({ name: 'radam', lr: 0.1, eps: 0 });
    const first = step([1, 1], g1);
    const second = step(first.params, g2);
    expectVec(first.params, [0.7, 0.6]);
    expectVec(second.params, [0.7 - 0.1 * (0.67 / 0.19), 0.6 - 0.1 * (0.66 / 0.19)]);
    expectVec(second.effectiveLr, [0.1 / 0.19, 0.1 / 0.19]);
    // ρ_t = ρ∞ − 2t·β2ᵗ/(1 − β2ᵗ) first exceeds 5 at t = 6: from then on the rate has √v in it.
    let params = second.params;
    const rates: Vec2[] = [];
    for (let t = 3; t <= 7; t++) {
      const record = step(params, g1);
      params = record.params;
      rates.push(record.effectiveLr);
    }
    const plain = (t: number) => 0.1 / (1 - 0.9 ** t);
    expect(rates[2][0]).toBe(plain(5));
    expect(rates[3][0]).not.toBe(plain(6));
    expect(rates[3][0]).toBeLessThan(plain(6));
  });
});
