import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/lib/index.ts';
import * as n from '../../src/content/articles/adam.numbers.ts';
import {
  correctedSteps, largest, ratioPoints, SLIDERS as BIAS, uncorrectedRatio, uncorrectedSteps,
} from '../../src/widgets/adam-bias/model.ts';
import { gapPoints, pathPoints as racePath, raceRuns, SLIDERS as RACE } from '../../src/widgets/adam-race/model.ts';
import { decayRuns, LR, pathPoints, penalisedMinimum, SLIDERS as DECAY, START, STEPS, valley } from '../../src/widgets/adamw-decay/model.ts';

const mdx = (lang: string) => readFileSync(new URL(`../../src/content/articles/${lang}/adam.mdx`, import.meta.url), 'utf8');

describe('Adam article: the exercises’ answers', () => {
  it('1: the uncorrected step at β = (0.9, 0.99) is η at t = 1 and about 1.35η at t = 2', () => {
    expect(n.exerciseFirst).toBeCloseTo(1, 12);
    expect(n.exerciseSecond).toBeCloseTo(0.19 / Math.sqrt(0.0199), 12);
    expect(n.fmt(n.exerciseSecond)).toBe('1.35');
  });
  it('5: Keras’s 10⁻⁷ is 3.16×10⁻⁶ in PyTorch at t = 1, and within 3% from about step 3000 on', () => {
    expect(n.epsHatFirst).toBeCloseTo(1e-7 / Math.sqrt(0.001), 15);
    const ratio = (t: number) => 1 / Math.sqrt(1 - 0.999 ** t);
    expect(ratio(n.kerasWithinStep)).toBeLessThan(1.03);
    expect(ratio(n.kerasWithinStep - 1)).toBeGreaterThanOrEqual(1.03);
    expect(n.kerasRoundStep).toBe(3000);
    expect(n.fmt(n.kerasDecayAtRound)).toBe('0.05');
  });
});

describe('Adam article: bias correction', () => {
  it('the uncorrected steps follow (1 − β1ᵗ)/√(1 − β2ᵗ), and the first is 3.16η at the defaults', () => {
    const s = { beta1: 0.9, beta2: 0.999 };
    const steps = uncorrectedSteps(s, 50);
    steps.forEach((r, i) => expect(r).toBeCloseTo(uncorrectedRatio(s, i + 1), 5));
    expect(n.uncorrectedFirst).toBeCloseTo(Math.sqrt(10), 5);
    expect(n.uncorrectedPeak.at).toBe(12);
    expect(n.uncorrectedPeak.value).toBeGreaterThan(6.5);
    expect(n.uncorrectedFirstNoMomentum).toBeCloseTo(Math.sqrt(1000), 4);
  });
  it('the library’s corrected Adam steps exactly η on a constant gradient, to ε', () => {
    expect(n.correctedWorst).toBeLessThan(2e-8);
  });
  it('corrected steps are the uncorrected ones times √(1 − β2ᵗ)/(1 − β1ᵗ)', () => {
    const s = { beta1: 0.8, beta2: 0.99 };
    const c = correctedSteps(s, 40);
    const u = uncorrectedSteps(s, 40);
    c.forEach((r, i) => expect(r).toBeCloseTo(u[i] * Math.sqrt(1 - 0.99 ** (i + 1)) / (1 - 0.8 ** (i + 1)), 6));
  });
  it('exercise 1: at β2 = 0.99 the first uncorrected step is η and the second 1.35η', () => {
    const s = { beta1: 0.9, beta2: 0.99 };
    expect(uncorrectedRatio(s, 1)).toBeCloseTo(1, 12);
    expect(uncorrectedRatio(s, 2)).toBeCloseTo(1.35, 2);
  });
});

describe('Adam article: step size and ε', () => {
  it('a sudden gradient after a long silence steps η(1 − β1)/√(1 − β2), nearly', () => {
    expect(n.sparseBound).toBeCloseTo(Math.sqrt(10), 10);
    expect(n.sparseStep).toBeLessThan(n.sparseBound);
    expect(n.sparseStep).toBeGreaterThan(0.99 * n.sparseBound);
  });
  it('the efficient form with ε̂ = ε√(1 − β2ᵗ) is the library’s step', () => {
    // With ε̂ = 0 and ε = 0 the two forms are one; with a fixed ε̂ the first step matches ε = ε̂/√(1 − β2).
    const eff = n.efficientFormSteps(0, 20);
    eff.forEach((r) => expect(r).toBeCloseTo(1, 12));
    const epsHat = 0.05;
    const first = n.efficientFormSteps(epsHat, 1)[0];
    const run = simulate({ fn: { value: (x) => x, gradient: () => [1, 0] }, start: [0, 0], steps: 1,
      optimizer: { name: 'adam', lr: 1, eps: epsHat / Math.sqrt(1 - 0.999) } });
    expect(Math.abs(run.updates[0][0])).toBeCloseTo(first, 12);
    expect(n.epsHatFirst).toBeCloseTo(3.16e-6, 8);
  });
  it('exercise 5: 0.999³⁰⁰⁰ ≈ 0.05, so ε and ε̂ then differ by under 3%', () => {
    expect(0.999 ** 3000).toBeCloseTo(0.05, 2);
    expect(1 / Math.sqrt(1 - 0.999 ** 3000)).toBeLessThan(1.03);
  });
});

describe('Adam article: L2 penalty against decoupled decay', () => {
  it('Adam + L2 ends at the minimum of f + (λ/2)‖θ‖²; AdamW does not', () => {
    expect(n.l2End[0]).toBeCloseTo(n.penalised[0], 6);
    expect(n.l2End[1]).toBeCloseTo(n.penalised[1], 6);
    expect(Math.hypot(n.decoupledEnd[0] - n.penalised[0], n.decoupledEnd[1] - n.penalised[1])).toBeGreaterThan(0.3);
  });
  it('L2 takes far more off the flat coordinate; AdamW shrinks both by similar amounts', () => {
    expect(n.l2Shrink[1]).toBeGreaterThan(5 * n.l2Shrink[0]);
    expect(Math.abs(n.decoupledShrink[0] - n.decoupledShrink[1])).toBeLessThan(5);
  });
  it('at λ = 0 the two are the same run, bit for bit', () => {
    expect(n.sameAtZero).toBe(true);
  });
  it('exercise 4: an unconnected weight moves by about η per step under Adam + L2, whatever λ', () => {
    const dead = { value: () => 0, gradient: (): [number, number] => [0, 0] };
    for (const weightDecay of [0.001, 1]) {
      const run = simulate({ fn: dead, start: [1, 0], steps: 10, optimizer: { name: 'adam', lr: 0.01, weightDecay } });
      expect(1 - run.points[10][0]).toBeCloseTo(0.1, 3);
    }
    const w = simulate({ fn: dead, start: [1, 0], steps: 10, optimizer: { name: 'adamw', lr: 0.01, weightDecay: 1 } });
    expect(w.points[10][0]).toBeCloseTo(0.99 ** 10, 12);
  });
  it('the PyTorch snippet uses the widget’s settings', () => {
    for (const lang of ['en', 'zh']) {
      const text = mdx(lang);
      expect(text).toContain(`lr=${LR}, weight_decay=${n.lambda}`);
      expect(text).toContain(`steps=${STEPS}`);
      expect(text).toContain(`torch.tensor([${START.map((v) => v.toFixed(1)).join(', ')}]`);
      expect(text).toContain(`0.5 * ${n.flat} * (y - 1) ** 2`);
      expect(valley.value(3, 1)).toBe(0.5);
    }
  });
});

describe('Adam widgets: no NaN at the sliders’ corners', () => {
  it('bias: finite, positive ratios whatever β1, β2', () => {
    for (const beta1 of [BIAS.beta1.min, BIAS.beta1.max]) for (const beta2 of [BIAS.beta2.min, BIAS.beta2.max]) {
      for (const steps of [correctedSteps({ beta1, beta2 }), uncorrectedSteps({ beta1, beta2 })]) {
        for (const [t, v] of ratioPoints(steps)) expect(Number.isFinite(t) && Number.isFinite(v) && v > 0).toBe(true);
        expect(Number.isFinite(largest(steps).value)).toBe(true);
      }
    }
  });
  it('decay: finite paths at λ = 0 and the maximum', () => {
    for (const lambda of [DECAY.weightDecay.min, DECAY.weightDecay.max]) {
      const runs = decayRuns(lambda);
      for (const r of [runs.l2, runs.decoupled]) {
        expect(r.divergedAt).toBeNull();
        for (const p of pathPoints(r.points)) expect(p.every(Number.isFinite)).toBe(true);
      }
      expect(penalisedMinimum(lambda).every(Number.isFinite)).toBe(true);
    }
  });
});

describe('Adam article: the MDX', () => {
  it('puts no {expression} inside inline math, where MDX would print it as TeX', () => {
    for (const lang of ['en', 'zh']) {
      const body = mdx(lang).split('adam.numbers.ts')[1];
      const inline = [...body.matchAll(/(?<!\$)\$(?!\$)([^$]+?)\$/g)].map((m) => m[1]);
      expect(inline.filter((tex) => /\{(fmt|sci)\(|\{(beta1|beta2|lambda|flat|decayLr|decaySteps|SPARSE_AT)\}/.test(tex))).toEqual([]);
    }
  });
});

describe('Adam article: the race on the series’ function', () => {
  it('Adam arrives last but ends closest; at η = 1 RMSProp is left far behind', () => {
    expect(n.raceArrival.adam).toBeGreaterThan(n.raceArrival.rmsprop);
    expect(n.raceArrival.adam).toBeGreaterThan(n.raceArrival.momentum);
    expect(n.raceArrival.rmsprop).toBeGreaterThan(0);
    expect(n.raceGap.adam).toBeLessThan(n.raceGap.rmsprop);
    expect(n.raceGap.adam).toBeLessThan(n.raceGap.momentum);
    expect(n.bigLast.rmsprop - n.fMin).toBeGreaterThan(0.5);
    expect(n.bigLast.adam - n.fMin).toBeLessThan(0.01);
  });
  it('Adam moves y by at most about η per step on the way down', () => {
    const ys = n.race.adam.points.map((p) => p[1]);
    for (let t = 1; t < 40; t++) expect(Math.abs(ys[t] - ys[t - 1])).toBeLessThan(1.01 * n.raceLr);
  });
  it('no NaN at the sliders’ corners', () => {
    for (const lr of [RACE.lr.min, RACE.lr.max]) for (const sgdLr of [RACE.sgdLr.min, RACE.sgdLr.max]) {
      const runs = raceRuns({ lr, sgdLr });
      for (const r of Object.values(runs)) {
        for (const [t, v] of gapPoints(r.loss)) expect(Number.isFinite(t) && Number.isFinite(v) && v > 0).toBe(true);
        for (const p of racePath(r.points)) expect(p.every(Number.isFinite)).toBe(true);
      }
    }
  });
});

describe('Adam article: RMSProp on the way', () => {
  it('came far closer than where it ends', () => {
    expect(n.rmsBest).toBeLessThan(n.raceGap.rmsprop / 100);
    expect(n.rmsBestWithin).toBe('10⁻¹²');
  });
});

describe('Adam article: numbers quoted from the RMSProp article', () => {
  it('RMSProp’s first step is 3.16η at γ = 0.9, and y starts 4 from the floor', () => {
    expect(n.rmsFirstFactor).toBeCloseTo(3.1623, 4);
    expect(n.raceStartY).toBe(4);
  });
});
