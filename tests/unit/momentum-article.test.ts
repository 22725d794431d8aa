import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/lib/index.ts';
import * as n from '../../src/content/articles/momentum.numbers.ts';
import { bowl, lossPoints, pathPoints, raceRuns, SLIDERS as RACE } from '../../src/widgets/momentum-race/model.ts';
import {
  contraction, gdOptimal, heavyBallOptimal, nesterovContraction, rootCurves, SLIDERS as ROOTS, worstContraction,
} from '../../src/widgets/momentum-roots/model.ts';
import {
  gapPoints, MINIMUM, nesterovRuns, pathPoints as wavyPath, sanitize, settledAt, SLIDERS as WAVY, START as WAVY_START,
} from '../../src/widgets/momentum-nesterov/model.ts';

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

describe('Momentum article: plain, heavy ball and Nesterov on the RMSProp article’s function', () => {
  // The same three runs in 50-digit arithmetic (mpmath, PyTorch's update written out) give
  //   x* = −1.30644000836951096, f* = −0.794582337561528336, h = 1.1652609 and 4.9652609;
  //   η = 0.1, μ = 0.9: settled below 10⁻⁶ from step 67 (plain), never (heavy ball), 69 (Nesterov);
  //   gaps after 100 steps 2.61859e−10, 1.01178e−3, 1.56334e−11;
  //   μ = 0.5: heavy ball 28, Nesterov 25.
  // So the printed counts are not float64 accidents.
  it('finds f* and the curvatures at the minimum', () => {
    expect(n.fStar).toBeCloseTo(-0.794582337561528336, 15);
    expect(MINIMUM.point[0]).toBeCloseTo(-1.30644000836951096, 12);
    const sinX = Math.sin(MINIMUM.point[0]);
    expect(n.wavyHx).toBeCloseTo(0.2 - sinX, 6);
    expect(n.wavyHy).toBeCloseTo(4 - sinX, 6);
  });

  it('prints the counts and gaps the 50-digit run gives', () => {
    expect(n.wavyStart).toBe('(−4, 4)');
    expect(n.wavyReached).toEqual({ plain: 67, heavy: null, nesterov: 69 });
    expect(n.wavyLowReached).toEqual({ heavy: 28, nesterov: 25 });
    expect(n.wavyGap.plain / 2.61859e-10).toBeCloseTo(1, 4);
    expect(n.wavyGap.heavy / 1.01178e-3).toBeCloseTo(1, 4);
    expect(n.wavyGap.nesterov / 1.56334e-11).toBeCloseTo(1, 4);
    // The story the text tells: the heavy ball rings, Nesterov ends lower than plain descent.
    expect(n.wavyGap.nesterov).toBeLessThan(n.wavyGap.plain);
    expect(n.wavyLowReached.heavy!).toBeLessThan(n.wavyReached.plain! / 2);
  });

  it('keeps the counts when the start moves by 10⁻⁹ (no rounding luck)', () => {
    for (const [dx, dy] of [[1e-9, 0], [0, -1e-9]]) {
      const run = (momentum: number, nesterov: boolean) => simulate({
        fn: 'wavy', start: [WAVY_START[0] + dx, WAVY_START[1] + dy], steps: 100, optimizer: { name: 'sgd', lr: n.wavyLr, momentum, nesterov },
      });
      expect([settledAt(run(0, false)), settledAt(run(n.wavyMu, false)), settledAt(run(n.wavyMu, true))]).toEqual([67, null, 69]);
    }
  });

  it('counts the step it stays below, not the first dip: Nesterov passes through the minimum earlier', () => {
    const runs = nesterovRuns({ lr: n.wavyLr, momentum: n.wavyMu });
    const gap = runs.nesterov.loss.map((v) => v - MINIMUM.value);
    expect(gap.findIndex((g) => g < 1e-6)).toBe(45);
    expect(gap[48]).toBeGreaterThan(1e-5);
  });

  it('decays near the minimum at the factors the characteristic roots give', () => {
    const cases = [[0, false, n.wavyFactors.plain], [n.wavyMu, false, n.wavyFactors.heavy], [n.wavyMu, true, n.wavyFactors.nesterov]] as const;
    for (const [momentum, nesterov, factor] of cases) {
      const run = simulate({ fn: 'wavy', start: WAVY_START, steps: 250, optimizer: { name: 'sgd', lr: n.wavyLr, momentum, nesterov } });
      const d = (t: number) => Math.hypot(run.points[t][0] - MINIMUM.point[0], run.points[t][1] - MINIMUM.point[1]);
      expect((d(250) / d(150)) ** (1 / 100)).toBeCloseTo(factor, 2);
    }
    expect(n.wavyFactors.heavy).toBeCloseTo(Math.sqrt(0.9), 12);
  });

  it('draws finite, clipped points at the sliders’ corners, and sanitizes junk', () => {
    for (const lr of [WAVY.lr.min, WAVY.lr.max]) for (const momentum of [WAVY.momentum.min, WAVY.momentum.max]) {
      const runs = nesterovRuns({ lr, momentum });
      for (const r of [runs.plain, runs.heavy, runs.nesterov]) {
        for (const [t, v] of gapPoints(r)) expect(Number.isFinite(t) && Number.isFinite(v) && v > 0).toBe(true);
        for (const p of wavyPath(r.points)) expect(p.every(Number.isFinite)).toBe(true);
      }
    }
    expect(sanitize({ lr: Number.NaN, momentum: 5 })).toEqual({ lr: WAVY.lr.min, momentum: WAVY.momentum.max });
    expect(sanitize({})).toEqual({ lr: 0.1, momentum: 0.9 });
  });
});
