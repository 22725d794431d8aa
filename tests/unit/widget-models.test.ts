import { describe, expect, it } from 'vitest';
import { compareRuns, comparisonDefaults, comparisonSliders } from '../../src/widgets/kit/comparison';
import { clampTo, fromPosition, positionRange, toPosition } from '../../src/widgets/kit/slider';
import { tokens, workedStep } from '../../src/widgets/step-inspector/model';
import { PRESETS, presetOf } from '../../src/widgets/trajectory/model';
import { logRange, niceTicks, powerTicks } from '../../src/widgets/kit/static-plot';

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
});
