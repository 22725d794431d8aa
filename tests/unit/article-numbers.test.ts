import { describe, expect, it } from 'vitest';
import { objectives, simulate } from '../../src/lib';
import * as N from '../../src/content/articles/rmsprop.numbers';

// The numbers the RMSProp article prints (both languages), checked against what the prose says of them.

describe('the minima', () => {
  it('are stationary points of the function, found from where the runs end', () => {
    for (const p of [N.best, N.local]) {
      const [gx, gy] = objectives.wavy.gradient(p[0], p[1]);
      expect(Math.hypot(gx, gy)).toBeLessThan(1e-12);
    }
    // The values checked elsewhere (FACTS: global −1.30644, local 3.8375, both on y = 0).
    expect(N.best[0]).toBeCloseTo(-1.30644, 5);
    expect(N.local[0]).toBeCloseTo(3.8375, 4);
    expect(N.fmt(N.local[0])).toBe('3.84');
    expect(N.fmt(N.local[1], 0)).toBe('0');
    expect(N.fmt(N.best[1], 0)).toBe('0');
  });

  it('are where the run from near (3, 1) hovers, not a point it stops at', () => {
    const last = N.rmsRight.points.slice(80).map((p) => p[0]);
    expect(Math.min(...last)).toBeLessThan(N.local[0]);
    expect(Math.max(...last)).toBeGreaterThan(N.local[0]);
    for (const x of last) expect(Math.abs(x - N.local[0])).toBeLessThan(0.15);
  });
});

describe('when the gradient vanishes', () => {
  it('is unstable from step 60 and throws the point out at step 86, well after y has nearly arrived', () => {
    expect(N.rms.effectiveLr[59][0]).toBeGreaterThan(2 / N.curvatureX);
    expect(N.kick).toBe(86);
    expect(N.approachStep).toBeGreaterThan(60);
    expect(N.approachStep).toBeLessThan(N.kick);
    // "y is still 4.2×10⁻⁶ at step 72": small, but far above rounding.
    expect(N.approachY).toBeCloseTo(4.15e-6, 8);
    expect(N.sci(N.approachY)).toBe('4.2×10⁻⁶');
  });

  it('prints a value that rounds to zero as 0, never −0', () => {
    expect(N.fmt(-1e-39, 0)).toBe('0');
    expect(N.fmt(-0.004)).toBe('0.00');
    expect(N.fmt(-1.5)).toBe('−1.50');
  });
});

describe('ε inside against outside the root', () => {
  it('keeps the two paths within 10⁻⁶ over the first 60 steps, though they part after the kick', () => {
    expect(N.epsCompareSteps).toBe(60);
    expect(N.epsGap).toBeGreaterThan(0);
    expect(N.epsGap).toBeLessThan(1e-6);
    expect(N.sci(N.epsGap)).toBe('4.3×10⁻⁷');
    const apart = N.rms.points.slice(N.kick).map(([x, y], t) => Math.hypot(x - N.rmsInside.points[N.kick + t][0], y - N.rmsInside.points[N.kick + t][1]));
    expect(Math.max(...apart)).toBeGreaterThan(1e-3);
  });
});

describe('the non-stationary run after the switch (exercise 5)', () => {
  const after = N.ns.rmsprop;
  it('grows RMSProp’s step size all the way, yet its largest step is only about 0.28η', () => {
    const rates = after.effectiveLr.slice(N.nsSwitch).map((r) => r[0]);
    rates.slice(1).forEach((r, i) => expect(r).toBeGreaterThanOrEqual(rates[i]));
    expect(N.nsPeakInEta).toBeCloseTo(0.275, 3);
    expect(N.fmt(N.nsPeakInEta)).toBe('0.28');
    expect(after.stepSize[N.nsPeakStep - 1][0]).toBe(N.nsPeak);
    expect(N.nsPeakStep).toBeGreaterThan(N.nsSwitch);
  });

  it('glides into the new minimum without overshooting it', () => {
    const xs = after.points.slice(N.nsSwitch).map((p) => p[0]);
    expect(Math.max(...xs)).toBeLessThan(3 + 1e-12);
    expect(N.nsSettled).toBe(149);
  });
});

describe('the sparse run', () => {
  const { lr, gamma } = N.sp.options;
  const period = N.spPeriod;

  it('cycles the dense coordinate between 2 − η/2 and 2 + η/2', () => {
    expect(N.spDense[0]).toBeCloseTo(2 - lr / 2, 5);
    expect(N.spDense[1]).toBeCloseTo(2 + lr / 2, 5);
    expect(N.fmt(N.spDense[0])).toBe('1.75');
    expect(N.fmt(N.spDense[1])).toBe('2.25');
  });

  it('cycles the sparse one with the amplitude η/2 · √((1 − γᵏ)/(1 − γ)), the step twice that', () => {
    expect(N.spFactor).toBeCloseTo(Math.sqrt((1 - gamma ** period) / (1 - gamma)), 12);
    expect(N.spSparse[0]).toBeCloseTo(2 - N.spAmplitude, 5);
    expect(N.spSparse[1]).toBeCloseTo(2 + N.spAmplitude, 5);
    expect(N.sp.rmsprop.stepSize[N.spLast][1]).toBeCloseTo(2 * N.spAmplitude, 5);
    expect(N.fmt(N.sp.rmsprop.stepSize[N.spLast][1], 3)).toBe('1.276');
    // Not a fresh first step η/√(1 − γ) = 1.58.
    expect(N.fmt(N.spFresh)).toBe('1.58');
  });

  it('gives the same formula for other periods, with k = 1 the dense cycle', () => {
    for (const k of [1, 3, 20]) {
      const run = simulate({
        fn: { value: () => 0, gradient: (_x, y, t) => [0, t % k === 0 ? y - 2 : 0] },
        start: [0, 0], steps: 2000, optimizer: { name: 'rmsprop', lr, gamma, eps: 1e-8 },
      });
      const b = (lr / 2) * Math.sqrt((1 - gamma ** k) / (1 - gamma));
      expect(Math.abs(run.points[2000][1] - 2), `k = ${k}`).toBeCloseTo(b, 4);
    }
  });
});
