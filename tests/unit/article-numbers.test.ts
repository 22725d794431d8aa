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

describe('where RMSProp came from: the lecture’s mini-batch example', () => {
  it('drifts 8η per ten mini-batches as sign descent, and less the longer γ remembers', () => {
    expect(N.drift0).toBeCloseTo(8, 5);
    expect(N.fmt(N.drift0, 2)).toBe('8.00');
    expect(N.fmt(N.drift09, 2)).toBe('0.68');
    expect(N.fmt(N.drift099, 3)).toBe('0.067');
    expect(N.drift09).toBeLessThan(N.drift0 / 10);
    expect(N.drift099).toBeLessThan(N.drift09 / 10);
    expect(N.hintonDrift(0.5)).toBeGreaterThan(N.drift09);
  });
});

describe('noisy gradients (σ = 0.5, seed 1)', () => {
  it('keep s near σ² plus the true gradient squared at the minimum', () => {
    const variance = N.noiseSigma ** 2;
    expect(N.noisy.meanS).toBeGreaterThan(variance);
    expect(N.noisy.meanS).toBeLessThan(1.3 * variance);
    expect(N.noisy.meanS / (variance + N.noisyTrueSquare)).toBeGreaterThan(0.9);
    expect(N.noisy.meanS / (variance + N.noisyTrueSquare)).toBeLessThan(1.15);
    expect(N.fmt(N.noisy.meanS, 2)).toBe('0.30');
    expect(N.fmt(N.noisyTrueSquare, 3)).toBe('0.026');
  });

  it('cap the step size far below the stability limit, where the exact run far exceeds it', () => {
    const limit = 2 / N.curvatureX;
    expect(N.noisy.peakRate).toBeLessThan(limit / 4);
    expect(N.exact.peakRate).toBeGreaterThan(limit);
    expect([N.fmt(N.noisy.peakRate, 2), N.fmt(N.exact.peakRate, 2)]).toEqual(['0.26', '2.43']);
  });

  it('give a noise ball whose radius along x is about √(ησ/2h), growing like √σ', () => {
    expect(N.noisy.radiusX / N.noiseBallPredicted).toBeGreaterThan(0.85);
    expect(N.noisy.radiusX / N.noiseBallPredicted).toBeLessThan(1.15);
    expect(N.noisy2.radiusX / N.noiseBallPredicted2).toBeGreaterThan(0.85);
    expect(N.noisy2.radiusX / N.noiseBallPredicted2).toBeLessThan(1.15);
    expect(N.noisy2.radius / N.noisy.radius).toBeGreaterThan(1.5);
    expect(N.noisy2.radius / N.noisy.radius).toBeLessThan(2.5);
    expect([N.fmt(N.noisy.radius, 2), N.fmt(N.noisy.radiusX, 2), N.fmt(N.noiseBallPredicted, 2), N.fmt(N.noisy2.radius, 2)]).toEqual(['0.16', '0.14', '0.15', '0.30']);
    // Steps of order η: about 0.77η per step along x.
    expect(N.noisy.meanStep / 0.1).toBeGreaterThan(0.6);
    expect(N.noisy.meanStep / 0.1).toBeLessThan(1);
  });

  it('make AdaGrad stall sooner', () => {
    expect(N.noisy.adagradGap).toBeGreaterThan(N.exact.adagradGap);
    expect([N.fmt(N.noisy.adagradGap, 2), N.fmt(N.exact.adagradGap, 2)]).toEqual(['1.80', '1.27']);
  });
});

describe('the rotated bowl', () => {
  it('takes 51 steps to f < 10⁻³ at 0° and 77 at 45°, its two step sizes 5.1 and 1.6 apart', () => {
    expect([N.bowlSteps0, N.bowlSteps45]).toEqual([51, 77]);
    expect(N.fmt(N.bowlSpread0, 1)).toBe('5.1');
    expect(N.fmt(N.bowlSpread45, 1)).toBe('1.6');
    // Gradient size, not curvature: the curvatures are 20 apart, the step sizes far less.
    expect(N.bowlSpread0).toBeLessThan(20 / 2);
  });
});

describe('centered RMSProp and momentum on the article’s run', () => {
  it('makes the centred first step η/√(γ(1 − γ)) and arrives sooner', () => {
    expect(N.rmsCentered.updates[0][0] / 0.1).toBeCloseTo(1 / Math.sqrt(0.9 * 0.1), 5);
    expect(N.fmt(N.rmsCentered.updates[0][0] / 0.1, 2)).toBe('3.33');
    expect(N.fmt(N.rms.updates[0][0] / 0.1, 2)).toBe('3.16');
    expect([N.arrival(N.rmsCentered), N.arrival(N.rms)]).toEqual([36, 52]);
  });

  it('with μ = 0.9 flies over the global minimum into the local one, and with η/10 arrives at step 85', () => {
    const [x, y] = N.rmsMomentum.points[100];
    expect(Math.hypot(x - N.local[0], y - N.local[1])).toBeLessThan(0.05);
    expect(N.arrival(N.rmsMomentum)).toBe(-1);
    expect(Math.max(...N.rmsMomentum.points.map((p) => p[0]))).toBeGreaterThan(N.local[0] - 0.1);
    expect(N.arrival(N.rmsMomentumSlow)).toBe(85);
  });
});

describe('convergence', () => {
  it('sends RMSProp the wrong way on Reddi et al.’s example, and AMSGrad the right way', () => {
    expect(N.reddiGamma).toBeCloseTo(0.1, 15);
    // The gradient averages (C − 2)/3 > 0, so x should fall.
    expect(N.reddiRms.points[300][0]).toBeGreaterThan(0.5);
    expect(N.reddiAms.points[300][0]).toBeLessThan(-0.2);
    expect([N.fmt(N.reddiRms.points[300][0], 2), N.fmt(N.reddiAms.points[300][0], 2)]).toEqual(['0.68', '−0.35']);
  });

  it('with ε = 1 inside the root never steps faster than η and settles without hovering', () => {
    expect(N.epsOnePeakRate).toBeLessThanOrEqual(0.1);
    expect(N.fmt(N.epsOnePeakRate, 4)).toBe('0.0999');
    const from = N.arrival(N.rmsEpsOne);
    expect([from, N.arrival(N.rms)]).toEqual([65, 52]);
    for (const [x, y] of N.rmsEpsOne.points.slice(from)) expect(Math.hypot(x - N.best[0], y - N.best[1])).toBeLessThan(0.05);
    expect(N.fmt(N.rmsEpsOne.points[100][0], 3)).toBe('−1.307');
  });
});
