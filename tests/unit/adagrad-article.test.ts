import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/lib/index.ts';
import * as n from '../../src/content/articles/adagrad.numbers.ts';
import {
  ACC_RANGE, accumulatorRuns, curve, pathPoints, RATE_RANGE, SLIDERS as ACC,
} from '../../src/widgets/adagrad-accumulator/model.ts';
import { errorCurve, rateCurve, SLIDERS as SPARSE, sparseRuns, STEPS } from '../../src/widgets/adagrad-sparse/model.ts';

describe('AdaGrad article: the claims about the bowl, measured by the library', () => {
  it('the first step is η·sign(g) in each coordinate, whatever the gradient’s size', () => {
    expect(n.g1[1] / Math.abs(n.g1[0])).toBeCloseTo(20, 12);
    expect(Math.abs(n.move1[0])).toBeCloseTo(n.lr, 9);
    expect(Math.abs(n.move1[1])).toBeCloseTo(n.lr, 9);
  });
  it('the curvature cancels: the path is the diagonal and the step sizes keep the ratio h_y/h_x', () => {
    expect(n.offDiagonal).toBeLessThan(1e-8);
    for (const [rx, ry] of n.ada.effectiveLr) expect(rx / ry).toBeCloseTo(n.hy / n.hx, 6);
    expect(n.rateRatioSpread).toBeLessThan(1e-6);
  });
  it('on ½hx², AdaGrad’s path does not depend on h (ε = 0, G₀ = 0)', () => {
    const run = (h: number) => simulate({
      fn: { value: (x) => 0.5 * h * x * x, gradient: (x) => [h * x, 0] },
      start: [3, 0], steps: 50, optimizer: { name: 'adagrad', lr: 0.7, eps: 0 },
    }).points.map((p) => p[0]);
    const base = run(1);
    for (const h of [0.01, 7, 300]) run(h).forEach((x, t) => expect(x).toBeCloseTo(base[t], 9));
  });
  it('SGD at η = 2/h_y bounces between y = 4 and y = −4 and keeps its loss', () => {
    expect(n.sgdLimit).toBe(n.lr);
    expect(n.sgdY).toEqual([4, -4, 4, -4]);
    expect(n.sgdLast).toBeGreaterThan(32);
  });
  it('the η table: AdaGrad survives every η, SGD leaves the plane above 2/h_y', () => {
    for (const row of n.sweep) {
      expect(Number.isFinite(row.adagrad)).toBe(true);
      expect(row.sgdDiverged !== null).toBe(row.lr > n.sgdLimit);
    }
    // AdaGrad is slower than SGD at the smallest η, as the text says
    expect(n.sweep[0].adagrad).toBeGreaterThan(n.sweep[0].sgdLoss!);
  });
});

describe('AdaGrad article: the frameworks’ options', () => {
  it('lr_decay divides step t’s η by 1 + (t − 1)d', () => {
    expect(n.decayFactor).toBeCloseTo(1.99, 12);
    expect(n.decayed.lr.every((v) => v === n.lr)).toBe(true);
    n.decayedRate.forEach((r, i) => expect(r).toBeLessThan(n.rateLast[i]));
    expect(n.decayedLast).toBeGreaterThan(n.adaLast);
  });
  it('Keras’s G₀ = 0.1 shortens the first x step and barely touches y', () => {
    expect(n.kerasMove1[0]).toBeCloseTo(n.lr * 0.8 / Math.sqrt(0.74), 9);
    expect(n.kerasMove1[0]).toBeLessThan(Math.abs(n.move1[0]) - 0.03);
    expect(Math.abs(n.kerasMove1[1])).toBeGreaterThan(0.4999);
  });
  it('ε: outside the root caps at η/ε, inside at η/√ε; Keras’s 1e-7 inside ≈ 3.2e-4 outside', () => {
    expect(n.epsOutRate1[0]).toBeCloseTo(n.lr / (0.8 + 1), 12);
    expect(n.epsInRate1[0]).toBeCloseTo(n.lr / Math.sqrt(0.64 + 1), 12);
    expect(n.epsKerasOutside / n.epsTorch).toBeGreaterThan(1e6);
  });
});

describe('AdaGrad article: the sparse run', () => {
  it('gives the rare feature a step size far above SGD’s and ends far closer', () => {
    expect(n.visits).toBe(20);
    expect(n.rareRateAda / n.sgdRateLast).toBeGreaterThan(10);
    expect(n.rareAda).toBeLessThan(n.rareSgd / 1000);
    expect(n.frequentSgd).toBeLessThan(1e-5);
    expect(n.sgdRateSecondVisit).toBeCloseTo(n.sparseLr / Math.sqrt(n.period + 1), 12);
  });
  it('the rare feature’s j-th AdaGrad step is the frequent feature’s j-th step', () => {
    const runs = sparseRuns({ period: 7, lr: 0.5 });
    for (let j = 0; j < 10; j++) expect(runs.adagrad.rate[j * 7][1]).toBeCloseTo(runs.adagrad.rate[j][0], 12);
  });
  it('at k = 1 the features are the same; rarer features widen the gap', () => {
    const [one, ten, fifty] = n.byPeriod;
    expect(one.ada).toBeLessThan(1e-12);
    expect(ten.sgd).toBeGreaterThan(ten.ada);
    expect(fifty.sgd).toBeGreaterThan(fifty.ada);
  });
});

describe('AdaGrad widgets: no NaN at the sliders’ corners', () => {
  const corners = (spec: { min: number; max: number }) => [spec.min, spec.max];
  it('accumulator: finite curves and paths whatever η, G₀, lr_decay, ε and its placement', () => {
    for (const lr of corners(ACC.lr)) for (const initialAccumulator of corners(ACC.initialAccumulator))
      for (const lrDecay of corners(ACC.lrDecay)) for (const eps of corners(ACC.eps)) for (const epsInSqrt of [false, true]) {
        const runs = accumulatorRuns({ lr, initialAccumulator, lrDecay, eps, epsInSqrt });
        for (const c of [0, 1] as const) {
          for (const [t, v] of curve(runs.adagrad.accumulators, c, ACC_RANGE)) expect(Number.isFinite(t) && v > 0).toBe(true);
          for (const [t, v] of curve(runs.adagrad.effectiveLr, c, RATE_RANGE)) expect(Number.isFinite(t) && v > 0).toBe(true);
        }
        for (const r of [runs.adagrad, runs.sgd]) for (const p of pathPoints(r.points)) expect(p.every(Number.isFinite)).toBe(true);
        expect(runs.adagrad.divergedAt).toBeNull();
      }
  });
  it('sparse: finite curves whatever k and η', () => {
    for (const period of corners(SPARSE.period)) for (const lr of corners(SPARSE.lr)) {
      const runs = sparseRuns({ period, lr });
      for (const r of [runs.adagrad, runs.sgd]) {
        expect(r.points).toHaveLength(STEPS + 1);
        for (const c of [0, 1] as const) {
          for (const [, v] of errorCurve(r.points, c)) expect(v > 0 && Number.isFinite(v)).toBe(true);
          for (const [, v] of rateCurve(r.rate, c)) expect(v > 0 && Number.isFinite(v)).toBe(true);
        }
      }
    }
  });
});

describe('AdaGrad article: the MDX', () => {
  it('puts no {expression} inside inline math, where MDX would print it as TeX', () => {
    for (const lang of ['en', 'zh']) {
      const body = readFileSync(new URL(`../../src/content/articles/${lang}/adagrad.mdx`, import.meta.url), 'utf8').split('adagrad.numbers.ts')[1];
      const inline = [...body.matchAll(/(?<!\$)\$(?!\$)([^$]+?)\$/g)].map((m) => m[1]);
      expect(inline.filter((tex) => /\{(fmt|sci)\(|\{(lr|hx|hy|steps|period|lrDecay|sparseLr)\}/.test(tex))).toEqual([]);
    }
  });
  it('sits third in the series, between Momentum and RMSProp', () => {
    for (const lang of ['en', 'zh']) {
      const order = (slug: string) => Number(/\norder: (\d+)\n/.exec(readFileSync(new URL(`../../src/content/articles/${lang}/${slug}.mdx`, import.meta.url), 'utf8'))![1]);
      expect([order('momentum'), order('adagrad'), order('rmsprop')]).toEqual([2, 3, 4]);
    }
  });
});
