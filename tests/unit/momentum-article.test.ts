import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/lib/index.ts';
import * as n from '../../src/content/articles/momentum.numbers.ts';
import { bowl, lossPoints, pathPoints, raceRuns, SLIDERS as RACE } from '../../src/widgets/momentum-race/model.ts';
import {
  contraction, gdOptimal, heavyBallOptimal, nesterovContraction, rootCurves, SLIDERS as ROOTS, worstContraction,
} from '../../src/widgets/momentum-roots/model.ts';

describe('Momentum article: the rate claims, measured by the library', () => {
  for (const kappa of [10, 100, 1000]) {
    it(`κ = ${kappa}: plain descent at η = 2/(L + m) shrinks the error by (κ − 1)/(κ + 1) per step`, () => {
      const run = n.tunedRun(kappa, false);
      expect(n.measuredRate(run, ...n.RATE_WINDOW)).toBeCloseTo((kappa - 1) / (kappa + 1), 10);
    });
    it(`κ = ${kappa}: the heavy ball at Polyak's η and μ shrinks it by (√κ − 1)/(√κ + 1)`, () => {
      const s = Math.sqrt(kappa);
      const claimed = (s - 1) / (s + 1);
      const run = n.tunedRun(kappa, true);
      // A double root at both ends of the spectrum: the error is (a + bt)·rᵗ, so the measured rate
      // over steps t1…t2 sits above r by the factor (t2/t1)^(1/(t2 − t1)) at most.
      const [t1, t2] = n.RATE_WINDOW;
      const measured = n.measuredRate(run, t1, t2);
      expect(measured).toBeGreaterThan(claimed * 0.999);
      expect(measured).toBeLessThan(claimed * (t2 / t1) ** (1 / (t2 - t1)) * 1.001);
      // and far below plain descent's rate
      expect(measured).toBeLessThan((kappa - 1) / (kappa + 1));
    });
  }

  it('the closed forms agree with the characteristic roots', () => {
    const hb = heavyBallOptimal(100);
    expect(hb.momentum).toBeCloseTo((9 / 11) ** 2, 12);
    expect(hb.lr).toBeCloseTo(4 / 1.1 ** 2, 12);
    expect(worstContraction(0.01, 1, hb.lr, hb.momentum)).toBeCloseTo(hb.rate, 6);
    const gd = gdOptimal(100);
    expect(worstContraction(0.01, 1, gd.lr, 0)).toBeCloseTo(gd.rate, 12);
    // |root| = √μ wherever the roots are complex
    expect(contraction(0.3, 1.6, 0.9)).toBeCloseTo(Math.sqrt(0.9), 12);
    expect(contraction(0.5, 1, 0)).toBeCloseTo(0.5, 12);
  });

  it('a 1-D run decays at the factor contraction() predicts (heavy ball and Nesterov)', () => {
    for (const nesterov of [false, true]) {
      const h = 0.05;
      const f = { value: (x: number) => 0.5 * h * x * x, gradient: (x: number): [number, number] => [h * x, 0] };
      const run = simulate({ fn: f, start: [1, 0], steps: 400, optimizer: { name: 'sgd', lr: 1, momentum: 0.5, nesterov } });
      const predicted = (nesterov ? nesterovContraction : contraction)(h, 1, 0.5);
      const measured = Math.abs(run.points[400][0] / run.points[200][0]) ** (1 / 200);
      expect(measured).toBeCloseTo(predicted, 3);
    }
  });
});

describe('Momentum article: PyTorch form against the textbook form', () => {
  it('the same run while η is constant (to rounding)', () => {
    expect(n.gapConstant).toBeLessThan(1e-12);
  });
  it('different runs once η changes: a StepLR cut scales the whole PyTorch buffer at once', () => {
    expect(n.gapDropped).toBeGreaterThan(0.1);
    expect(n.torchCutMove).not.toBeCloseTo(n.textbookCutMove, 3);
  });
});

describe('Momentum article: the printed numbers', () => {
  it('are finite and tell the story the text tells', () => {
    expect(n.zigzag.slice(1).every((y, i) => Math.sign(y) !== Math.sign(n.zigzag[i]))).toBe(true);
    expect(n.heavyLast).toBeLessThan(n.plainLast);
    expect(n.gdSteps).toBeGreaterThan(n.hbSteps * 5);
    expect(n.nesterovFactorY).toBeGreaterThan(1);
    expect(n.nesterovDiverged).not.toBeNull();
    expect(n.safeNesterov).toBeLessThan(n.safeHeavy);
    expect(n.safeHeavy).toBeLessThan(n.safePlain);
    expect(n.limits.nesterov).toBeCloseTo(3.8 / 2.8, 12);
  });
});

describe('Momentum widgets: no NaN at the sliders’ corners', () => {
  const corners = (spec: { min: number; max: number }) => [spec.min, spec.max];
  it('race: finite, clipped points whatever κ, μ, η', () => {
    for (const kappa of corners(RACE.kappa)) for (const momentum of corners(RACE.momentum)) for (const lr of corners(RACE.lr)) {
      const runs = raceRuns({ kappa, momentum, lr });
      for (const r of [runs.plain, runs.heavy]) {
        for (const [t, v] of lossPoints(r.loss)) expect(Number.isFinite(t) && Number.isFinite(v) && v > 0).toBe(true);
        for (const p of pathPoints(r.points)) expect(p.every(Number.isFinite)).toBe(true);
      }
    }
    expect(bowl(100).value(10, 0)).toBe(0.5);
  });
  it('roots: finite curves', () => {
    for (const momentum of corners(ROOTS.momentum)) for (const lr of corners(ROOTS.lr)) {
      const c = rootCurves(lr, momentum);
      for (const s of [c.plain, c.heavy, c.nesterov]) for (const [x, y] of s) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
  });
});

describe('Momentum article: the MDX', () => {
  it('puts no {expression} inside inline math, where MDX would print it as TeX', () => {
    for (const lang of ['en', 'zh']) {
      const body = readFileSync(new URL(`../../src/content/articles/${lang}/momentum.mdx`, import.meta.url), 'utf8').split('momentum.numbers.ts')[1];
      const inline = [...body.matchAll(/(?<!\$)\$(?!\$)([^$]+?)\$/g)].map((m) => m[1]);
      expect(inline.filter((tex) => /\{(fmt|sci|pow10)\(|\{(kappa|lr|mu|m|gdSteps|hbSteps|lrSafe)\}/.test(tex))).toEqual([]);
    }
  });
  it('prints 10⁻¹⁵ for the constant-η gap', () => {
    expect(n.pow10(Math.ceil(Math.log10(n.gapConstant)))).toBe('10⁻¹⁵');
  });
});
