import { describe, expect, it } from 'vitest';
import { createOptimizer, nonstationaryRun, sparseRun } from '../../src/lib';
import type { ScenarioOptimizer, ScenarioOptions, ScenarioResult, ScenarioTrace, SparseOptions, Vec2 } from '../../src/lib';

// The scenarios used to run their own optimizer loop; they now run on `simulate`. This is that
// loop, kept as the reference the new traces must match number for number.
type Gradient = (params: Vec2, t: number) => Vec2;

function referenceTrace(
  optimizer: ScenarioOptimizer, options: ScenarioResult['options'],
  start: Vec2, gradient: Gradient, target: (t: number) => Vec2,
): ScenarioTrace {
  const step = createOptimizer(optimizer === 'adagrad'
    ? { name: 'adagrad', lr: options.lr, eps: options.eps }
    : { name: 'rmsprop', lr: options.lr, eps: options.eps, gamma: options.gamma });
  const out: ScenarioTrace = { optimizer, points: [], effectiveLr: [], stepSize: [], gap: [] };
  let here = start;
  for (let t = 1; t <= options.steps; t++) {
    const record = step(here, gradient(here, t));
    here = record.params;
    const goal = target(t);
    out.points.push(here);
    out.effectiveLr.push(record.effectiveLr);
    out.stepSize.push([Math.abs(record.update[0]), Math.abs(record.update[1])]);
    out.gap.push([Math.abs(here[0] - goal[0]), Math.abs(here[1] - goal[1])]);
  }
  return out;
}

function referenceNonstationary(options: ScenarioResult['options']) {
  const switchAt = Math.floor(options.steps / 2);
  const target = (t: number): Vec2 => (t <= switchAt ? [0, 0] : [3, 0]);
  const gradient: Gradient = (p, t) => (t <= switchAt ? [10 * p[0], 0] : [0.1 * (p[0] - 3), 0]);
  return {
    adagrad: referenceTrace('adagrad', options, [-3, 0], gradient, target),
    rmsprop: referenceTrace('rmsprop', options, [-3, 0], gradient, target),
  };
}

function referenceSparse(options: ScenarioResult['options']) {
  const period = options.period!;
  const gradient: Gradient = (p, t) => [p[0] - 2, t % period === 0 ? p[1] - 2 : 0];
  return {
    adagrad: referenceTrace('adagrad', options, [0, 0], gradient, () => [2, 2]),
    rmsprop: referenceTrace('rmsprop', options, [0, 0], gradient, () => [2, 2]),
  };
}

const nonstationaryCases: ScenarioOptions[] = [
  {}, { steps: 2 }, { steps: 3 }, { steps: 2000 }, { gamma: 0 }, { gamma: 0.999 },
  { lr: 0 }, { lr: 2 }, { eps: 0 }, { eps: 0.5, gamma: 0.5, steps: 77 },
];

const sparseCases: SparseOptions[] = [
  {}, { period: 1 }, { period: 3, steps: 31 }, { period: 100, steps: 2000 }, { gamma: 0 },
  { gamma: 0.999, period: 50 }, { lr: 0 }, { eps: 0 }, { lr: 3, eps: 1e-3 },
];

describe('the scenarios on simulate match their old loop exactly', () => {
  it.each(nonstationaryCases.map((o) => [JSON.stringify(o), o]))('nonstationaryRun(%s)', (_, options) => {
    const run = nonstationaryRun(options);
    const reference = referenceNonstationary(run.options);
    expect(run.adagrad).toStrictEqual(reference.adagrad);
    expect(run.rmsprop).toStrictEqual(reference.rmsprop);
  });

  it.each(sparseCases.map((o) => [JSON.stringify(o), o]))('sparseRun(%s)', (_, options) => {
    const run = sparseRun(options);
    const reference = referenceSparse(run.options);
    expect(run.adagrad).toStrictEqual(reference.adagrad);
    expect(run.rmsprop).toStrictEqual(reference.rmsprop);
  });
});

describe('the scenarios’ first step, worked by hand', () => {
  const eps = 1e-8;

  it('non-stationary, η = 0.3, γ = 0.9, from x = −3 where g = 10x = −30', () => {
    // AdaGrad: s = 900, Δx = 0.3·30/(√900 + ε) ≈ 0.3, so x1 ≈ −2.7 with rate 0.3/(30 + ε) ≈ 0.01.
    // RMSProp: s = 0.1·900 = 90, Δx = 0.3·30/(√90 + ε) ≈ 0.948683, so x1 ≈ −2.051317.
    const { adagrad, rmsprop } = nonstationaryRun();
    expect(adagrad.points[0][0]).toBeCloseTo(-3 + 9 / (30 + eps), 12);
    expect(adagrad.effectiveLr[0][0]).toBeCloseTo(0.3 / (30 + eps), 12);
    expect(adagrad.gap[0]).toStrictEqual([Math.abs(adagrad.points[0][0]), 0]);
    expect(rmsprop.points[0][0]).toBeCloseTo(-3 + 9 / (Math.sqrt(90) + eps), 12);
    expect(rmsprop.stepSize[0][0]).toBeCloseTo(9 / (Math.sqrt(90) + eps), 12);
  });

  it('sparse, η = 0.5, γ = 0.9, from (0, 0) where g = (−2, 0) until step 10', () => {
    // AdaGrad: Δx = 0.5·2/(2 + ε) ≈ 0.5; RMSProp: s = 0.1·4 = 0.4, Δx = 0.5·2/(√0.4 + ε) ≈ 1.581139.
    // y has no gradient before step 10, so neither optimizer moves it and its gap stays 2.
    const { adagrad, rmsprop } = sparseRun();
    expect(adagrad.points[0][0]).toBeCloseTo(1 / (2 + eps), 12);
    expect(adagrad.gap[0][0]).toBeCloseTo(2 - 1 / (2 + eps), 12);
    expect(rmsprop.points[0][0]).toBeCloseTo(1 / (Math.sqrt(0.4) + eps), 12);
    for (const trace of [adagrad, rmsprop]) {
      expect(trace.points[8][1]).toBe(0);
      expect(trace.gap[8][1]).toBe(2);
      expect(trace.stepSize[9][1]).toBeGreaterThan(0);
    }
  });
});

describe('a scenario run that diverges', () => {
  it('stops its trace before the step that leaves the bounded region, as simulate does', () => {
    // AdaGrad's first step is η·g/|g| = η, so at η = 1e7 it lands at x = 1e7 − 3.
    const run = nonstationaryRun({ lr: 1e7 });
    expect(run.adagrad.points).toHaveLength(0);
    expect(run.targets).toHaveLength(200);
  });
});
