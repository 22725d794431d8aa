import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/lib';
import { compareRuns, comparisonDefaults } from '../../src/widgets/kit/comparison';
import {
  ballBands, NOISE, noiseDefaults, noiseFacts, noiseLevel, noiseRuns, NOISE_STEPS, RATE_LOG_RANGE, rateSeries, sanitizeNoise, SEED,
} from '../../src/widgets/noise-ball/model';
import {
  BOWL_STEPS, bowlBands, bowlRun, bowlStart, rateSpread, rotatedBowl, ROTATION, stepsToTarget,
} from '../../src/widgets/rotated-bowl/model';

describe('the noise widget’s model', () => {
  it('takes junk and out-of-range values back into range', () => {
    expect(sanitizeNoise({})).toEqual(noiseDefaults);
    expect(sanitizeNoise({ sigma: NaN, seed: Infinity })).toEqual(noiseDefaults);
    expect(sanitizeNoise({ sigma: '1' as unknown as number, seed: null as unknown as number })).toEqual(noiseDefaults);
    expect(sanitizeNoise({ sigma: -3, seed: -7 })).toEqual({ sigma: NOISE.min, seed: SEED.min });
    expect(sanitizeNoise({ sigma: 1e9, seed: 1e12 })).toEqual({ sigma: NOISE.max, seed: SEED.max });
    expect(sanitizeNoise({ sigma: 0.25, seed: 41.6 })).toEqual({ sigma: 0.25, seed: 42 });
  });

  it('draws the same noise for the same seed, other noise for another, and none at σ = 0', () => {
    const a = noiseRuns({ sigma: 0.5, seed: 3 });
    expect(noiseRuns({ sigma: 0.5, seed: 3 })).toStrictEqual(a);
    expect(noiseRuns({ sigma: 0.5, seed: 4 }).rmsprop.points[50]).not.toEqual(a.rmsprop.points[50]);
    // Both optimizers see the same draws: their first gradients differ from the exact one by the same amount.
    const exact = compareRuns(comparisonDefaults);
    const noise = (run: typeof a.rmsprop) => run.gradients[0].map((g, i) => g - exact.rmsprop.gradients[0][i]);
    expect(noise(a.adagrad)).toEqual(noise(a.rmsprop));
    const quiet = noiseRuns({ sigma: 0, seed: 3 });
    expect(quiet.rmsprop.points.slice(0, 101)).toStrictEqual(exact.rmsprop.points);
    expect(quiet.adagrad.points.slice(0, 101)).toStrictEqual(exact.adagrad.points);
  });

  it('never gives NaN, and its step sizes stay on the chart’s fixed axis', () => {
    for (const sigma of [0, 0.01, 0.1, 0.5, 1, 2]) {
      for (const seed of [0, 1, 9999]) {
        const runs = noiseRuns({ sigma, seed });
        expect(runs.rmsprop.points).toHaveLength(NOISE_STEPS + 1);
        expect(runs.adagrad.points).toHaveLength(NOISE_STEPS + 1);
        for (const value of Object.values(noiseFacts(runs))) expect(Number.isFinite(value), `σ = ${sigma}, seed ${seed}`).toBe(true);
        for (const [, rate] of [...rateSeries(runs.rmsprop), ...rateSeries(runs.adagrad)]) {
          expect(Math.log10(rate)).toBeGreaterThan(RATE_LOG_RANGE[0]);
          expect(Math.log10(rate)).toBeLessThan(RATE_LOG_RANGE[1]);
        }
      }
    }
    expect(noiseLevel(0)).toBeNull();
    expect(noiseLevel(0.5)).toBeCloseTo(0.2, 15);
    expect(ballBands().length).toBeGreaterThan(3);
  });
});

describe('the rotated bowl', () => {
  it('is 0.1x² + 2y² at 0°, with the exact gradient at every angle', () => {
    expect(rotatedBowl(0).value(3, -2)).toBeCloseTo(0.1 * 9 + 2 * 4, 12);
    for (const angle of [0, 17, 45, 90]) {
      const f = rotatedBowl(angle);
      for (const [x, y] of [[1, 2], [-3.5, 0.25], [4, -4]]) {
        const h = 1e-6;
        const [gx, gy] = f.gradient(x, y, 1);
        expect(gx).toBeCloseTo((f.value(x + h, y) - f.value(x - h, y)) / (2 * h), 5);
        expect(gy).toBeCloseTo((f.value(x, y + h) - f.value(x, y - h)) / (2 * h), 5);
      }
    }
  });

  it('turns with its start, so every angle poses the same problem: plain gradient descent cannot tell them apart', () => {
    for (const angle of [0, 30, 45, 90]) expect(rotatedBowl(angle).value(...bowlStart(angle))).toBeCloseTo(9.6, 12);
    const sgd = (angle: number) => simulate({ fn: rotatedBowl(angle), start: bowlStart(angle), steps: 60, optimizer: { name: 'sgd', lr: 0.2 } }).loss;
    const level = sgd(0);
    for (const angle of [20, 45, 70]) sgd(angle).forEach((f, t) => expect(f).toBeCloseTo(level[t], 9));
  });

  it('slows RMSProp down away from the axes, where its two step sizes come together', () => {
    const steps = (angle: number) => stepsToTarget(bowlRun(angle))!;
    expect(steps(0)).toBe(steps(90));
    expect(steps(45)).toBeGreaterThan(1.4 * steps(0));
    for (const angle of [10, 20, 30]) expect(steps(angle)).toBeGreaterThan(steps(0));
    expect(rateSpread(bowlRun(0))).toBeGreaterThan(4);
    expect(rateSpread(bowlRun(45))).toBeLessThan(2);
  });

  it('clamps a hostile angle, and says null when the target is never reached', () => {
    expect(bowlRun(NaN).points).toStrictEqual(bowlRun(ROTATION.min).points);
    expect(bowlRun(1e9).points).toStrictEqual(bowlRun(90).points);
    expect(bowlRun(44.6).points).toStrictEqual(bowlRun(45).points);
    expect(stepsToTarget({ ...bowlRun(45), loss: [1, 1, 1] })).toBeNull();
    for (let angle = 0; angle <= 90; angle += 5) {
      const run = bowlRun(angle);
      expect(run.points).toHaveLength(BOWL_STEPS + 1);
      expect(Number.isFinite(rateSpread(run))).toBe(true);
    }
  });

  it('keeps the same contour levels at every angle', () => {
    const levels = (angle: number) => bowlBands(angle).map((b) => b.value);
    expect(levels(45)).toEqual(levels(0));
    expect(levels(0).length).toBeGreaterThan(8);
  });
});
