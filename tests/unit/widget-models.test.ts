import { describe, expect, it } from 'vitest';
import { compareRuns, comparisonDefaults, comparisonSliders } from '../../src/widgets/kit/comparison';
import { clampTo, fromPosition, positionRange, toPosition } from '../../src/widgets/kit/slider';
import { stepRules, tokens, workedStep } from '../../src/widgets/step-inspector/model';
import { PRESETS, presetOf } from '../../src/widgets/trajectory/model';
import { rateFacts } from '../../src/widgets/rate-curves/model';
import { slowStart } from '../../src/widgets/ewma-explorer/model';
import { labelWidth, leftMargin, logAxisRange, logRange, niceTicks, powerTicks, tickLabel, yTitleBand, yTitleX } from '../../src/widgets/kit/static-plot';

describe('sliders', () => {
  it('move over log10 of a log setting and clamp what they are given', () => {
    const lr = comparisonSliders.lr;
    expect(positionRange(lr)).toEqual({ min: -3, max: 1, step: 0.01 });
    expect(fromPosition(lr, toPosition(lr, 0.1))).toBeCloseTo(0.1, 12);
    expect(clampTo(lr, 1e9)).toBe(10);
    expect(clampTo(lr, NaN)).toBe(1e-3);
    expect(clampTo(comparisonSliders.steps, 12.6)).toBe(13);
  });
});

describe('the worked step', () => {
  // Step 1 of RMSProp from (−4, 4) on wavy, by hand: s₁ = 0.9·0 + 0.1·g², √s₁ = √0.1·|g|,
  // so Δ = −0.1·g/(√0.1·|g| + 1e-8) ≈ −0.316·sign(g): the 3.16η first step of the article.
  const runs = compareRuns(comparisonDefaults);
  const first = workedStep('rmsprop', runs.rmsprop, 1, 0, comparisonDefaults);

  it('writes every quantity with the numbers the library used', () => {
    const g = runs.rmsprop.gradients[0][0];
    expect(first.s).toMatch(/^0\.9·0 \+ 0\.1·\(?−?[\d.]+\)?² = /);
    expect(first.update.endsWith(g > 0 ? '= −0.316' : '= 0.316')).toBe(true);
  });

  it('has no break opportunity inside a number: tokens are whole numbers (with a trailing ·) and operators', () => {
    for (const i of [0, 1]) {
      for (const text of Object.values(workedStep('adagrad', runs.adagrad, 100, i, comparisonDefaults))) {
        const pieces = tokens(text);
        expect(pieces.map((p, i) => `${i > 0 && p.space ? ' ' : ''}${p.token}`).join('')).toBe(text);
        for (const { token } of pieces) expect(token).toMatch(/^(=|\+|\/|[−(√]?[\d.()×⁰-⁹⁻²−√\u202f]+[)²]*·?)$/);
      }
    }
  });
});

describe('RMSProp’s options in the shared run', () => {
  const settings = { ...comparisonDefaults, centered: true, momentum: 0.5 };
  const runs = compareRuns(settings);

  it('change RMSProp alone', () => {
    expect(runs.adagrad).toStrictEqual(compareRuns(comparisonDefaults).adagrad);
    expect(runs.rmsprop.optimizer).toMatchObject({ centered: true, momentum: 0.5 });
    expect(runs.rmsprop.points[100]).not.toEqual(compareRuns(comparisonDefaults).rmsprop.points[100]);
  });

  it('are worked out in the step table with the numbers that give the library’s update', () => {
    const { lr, gamma, eps, momentum } = settings;
    for (const t of [1, 2, 10, 60]) {
      for (const i of [0, 1]) {
        let mean = 0;
        for (let k = 0; k < t; k++) mean += (runs.rmsprop.gradients[k][i] - mean) * (1 - gamma);
        const s = runs.rmsprop.accumulators[t - 1][i];
        const denominator = Math.sqrt(Math.max(s - mean * mean, 0)) + eps;
        const before = t >= 2 ? -runs.rmsprop.updates[t - 2][i] / lr : 0;
        const update = -lr * (momentum * before + runs.rmsprop.gradients[t - 1][i] / denominator);
        expect(update, `step ${t}, coordinate ${i}`).toBeCloseTo(runs.rmsprop.updates[t - 1][i], 10);
        expect(lr / denominator).toBeCloseTo(runs.rmsprop.effectiveLr[t - 1][i], 8);
        const worked = workedStep('rmsprop', runs.rmsprop, t, i, settings);
        expect(worked.denominator).toMatch(/^√\(.+ − .+²\) \+ /);
        expect(worked.update).toMatch(new RegExp(`^−0\\.1·\\(0\\.5·.+ \\+ .+ / .+\\) = `));
      }
    }
  });

  it('name the rule in the row headers, and leave the default headers as they were', () => {
    expect(stepRules('rmsprop', comparisonDefaults)).toEqual({ denominator: '√sₜ + ε', update: 'Δθ = −η·gₜ / (√sₜ + ε)' });
    expect(stepRules('rmsprop', { ...comparisonDefaults, epsInSqrt: true })).toEqual({ denominator: '√(sₜ + ε)', update: 'Δθ = −η·gₜ / √(sₜ + ε)' });
    expect(stepRules('rmsprop', settings)).toEqual({ denominator: '√(sₜ − ḡₜ²) + ε', update: 'Δθ = −η·(μ·bₜ₋₁ + gₜ / (√(sₜ − ḡₜ²) + ε))' });
    expect(stepRules('rmsprop', { ...settings, epsInSqrt: true }).denominator).toBe('√(sₜ − ḡₜ² + ε)');
    expect(stepRules('adagrad', settings)).toEqual(stepRules('adagrad', comparisonDefaults));
  });
});

describe('presets', () => {
  it('are whole setups, and the defaults are the article’s run', () => {
    expect(presetOf(comparisonDefaults)).toBe('article');
    expect(presetOf({ ...comparisonDefaults, gamma: 0 })).toBe('sign');
    expect(presetOf({ ...comparisonDefaults, gamma: 0.5 })).toBeUndefined();
    for (const preset of Object.values(PRESETS)) expect(Object.keys(preset).sort()).toEqual(Object.keys(comparisonDefaults).sort());
  });
});

describe('static plot ticks', () => {
  it('are round numbers covering the range', () => {
    expect(niceTicks(-5, 5, 5)).toEqual([-4, -2, 0, 2, 4]);
    expect(niceTicks(0, 100, 5)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(powerTicks(1e-3, 10)).toEqual([1e-3, 1e-2, 1e-1, 1, 10]);
    expect(logRange([0.02, 3, 0, NaN])).toEqual([0.01, 10]);
  });

  it('never label a log axis "10^−∞" or NaN, whatever range they are given', () => {
    const ranges: [number, number][] = [[0, 10], [-1, 1], [NaN, 1], [0, 0], [1e-3, Infinity], [5, 1], [1e-18, 10]];
    for (const range of ranges) {
      const [lo, hi] = logAxisRange(range);
      expect(lo > 0 && hi > lo && Number.isFinite(lo) && Number.isFinite(hi), String(range)).toBe(true);
      for (const label of powerTicks(...range).map((t) => tickLabel(t, true))) {
        expect(label, String(range)).not.toMatch(/Infinity|NaN|∞|—|^$/);
      }
    }
    expect(logAxisRange([0, 10])).toEqual([0.01, 10]);
    expect(tickLabel(0, true)).toBe('');
    expect(tickLabel(NaN, false)).toBe('');
    expect(niceTicks(NaN, 1, 5)).toEqual([]);
  });

  it('thin a log axis over many decades to at most 7 whole powers, keeping 1', () => {
    // The non-stationary run's |Δx| falls to 10⁻¹⁸: one tick per decade would be 20 labels on top of each other.
    const ticks = powerTicks(1e-18, 10);
    expect(ticks.length).toBeLessThanOrEqual(7);
    expect(ticks).toContain(1);
    expect(ticks.map((t) => Math.log10(t))).toEqual([-18, -15, -12, -9, -6, -3, 0]);
  });

  it('leave room for the widest y label beside the rotated title', () => {
    for (const labels of [['10⁻¹⁸', '1'], ['−2.5', '0', '5'], ['1000', '0.01'], []]) {
      const left = leftMargin(labels, true);
      // The title's glyphs reach about 3 px right of its baseline; the labels end 6 px left of the axis.
      const labelsStart = left - 6 - Math.max(0, ...labels.map(labelWidth));
      expect(labelsStart - (yTitleX + 3), labels.join(' ')).toBeGreaterThanOrEqual(4);
      expect(left).toBeGreaterThanOrEqual(yTitleBand);
    }
    expect(leftMargin(['0.05'], false)).toBeGreaterThanOrEqual(40);
  });
});

describe('the step-size figure’s caption', () => {
  const runs = compareRuns(comparisonDefaults);
  const f = rateFacts(runs);

  it('reads AdaGrad’s y step size falling at every step, and its x step size nearly level after step 10', () => {
    const y = runs.adagrad.effectiveLr.map((r) => r[1]);
    y.slice(1).forEach((v, i) => expect(v).toBeLessThan(y[i]));
    expect(f.adagradY).toEqual([y[0], y[99]]);
    // From step 10 to 100 AdaGrad's x step size loses about a tenth; over steps 1–10 more than a quarter.
    expect(f.adagradX[1] / f.adagradX[0]).toBeGreaterThan(0.85);
    expect(f.adagradX[0] / runs.adagrad.effectiveLr[0][0]).toBeLessThan(0.75);
  });

  it('reads RMSProp’s y step size dipping at step 10 and then rising about 49-fold', () => {
    expect(f.rmspropYLowStep).toBe(10);
    expect(Math.round(f.rmspropYLast / f.rmspropYLow)).toBe(49);
    const y = runs.rmsprop.effectiveLr.map((r) => r[1]).slice(f.rmspropYLowStep - 1);
    y.slice(1).forEach((v, i) => expect(v).toBeGreaterThan(y[i]));
  });

  it('reads RMSProp’s x step size peaking the step before the kick', () => {
    expect(f.rmspropXPeakStep).toBe(85);
    expect(runs.rmsprop.effectiveLr[85][0]).toBeLessThan(f.rmspropXPeak / 2);
  });
});

describe('the EWMA figure’s caption', () => {
  it('reads the slow start off a constant signal: still 35% low after 10 steps at β = 0.9, within 10% from step 22', () => {
    const start = slowStart(0.9);
    expect(start.window).toBe(10);
    // On a constant c, v_t = c(1 − βᵗ): the shortfall is βᵗ, and βᵗ ≤ 0.1 first at t = ⌈ln 0.1 / ln β⌉.
    expect(start.shortfall).toBeCloseTo(0.9 ** 10, 12);
    expect(Math.round(start.shortfall * 100)).toBe(35);
    expect(start.within10).toBe(Math.ceil(Math.log(0.1) / Math.log(0.9)));
    expect(start.within10).toBe(22);
  });
});
