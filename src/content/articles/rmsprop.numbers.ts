/**
 * Every number the RMSProp article prints, in both languages: computed once, at build time, by the
 * same library the widgets run. `en/rmsprop.mdx` and `zh/rmsprop.mdx` import them by name.
 * (The collection's glob loader reads only `{en,zh}/*.mdx`, so this file is not an article.)
 */
import {
  ewmaWeights, nonstationaryRun, objectives, simulate, sparseDefaults, sparseRun, type Objective, type OptimizerOptions, type Vec2,
} from '../../lib/index.ts';
import { formatNumber } from '../../widgets/kit/format.ts';
import { ballDetails, noiseDefaults, noiseFacts, noiseRuns, predictedRadius, TAIL_FROM } from '../../widgets/noise-ball/model.ts';
import { bowlRun, rateSpread, stepsToTarget } from '../../widgets/rotated-bowl/model.ts';

/** Fixed decimals with a real minus sign; a value that rounds to zero prints as 0, never −0. */
export const fmt = (x: number, digits = 2) => {
  const text = x.toFixed(digits);
  return (/^-0(\.0*)?$/.test(text) ? text.slice(1) : text).replace('-', '−');
};
/** A very small (or large) number in the widgets' style: 4.2×10⁻⁶. */
export const sci = (x: number, digits = 2) => formatNumber(x, { digits });

/**
 * Newton's method on ∇f = 0 from `from`, with the Hessian from central differences of the
 * analytic gradient: the stationary point a run is near. Pure.
 */
export function stationaryPoint(objective: Pick<Objective, 'gradient'>, from: Vec2, iterations = 50): Vec2 {
  const h = 1e-5;
  let [x, y] = from;
  for (let i = 0; i < iterations; i++) {
    const [gx, gy] = objective.gradient(x, y);
    const hxx = (objective.gradient(x + h, y)[0] - objective.gradient(x - h, y)[0]) / (2 * h);
    const hyy = (objective.gradient(x, y + h)[1] - objective.gradient(x, y - h)[1]) / (2 * h);
    const hxy = (objective.gradient(x, y + h)[0] - objective.gradient(x, y - h)[0]) / (2 * h);
    const det = hxx * hyy - hxy * hxy;
    const [dx, dy] = [(hyy * gx - hxy * gy) / det, (hxx * gy - hxy * gx) / det];
    x -= dx;
    y -= dy;
    if (Math.abs(dx) + Math.abs(dy) < 1e-15) break;
  }
  return [x, y];
}
const run = (optimizer: OptimizerOptions) => simulate({ fn: 'wavy', start: [-4, 4], steps: 100, optimizer });
export const ada = run({ name: 'adagrad', lr: 0.1, eps: 1e-8 });
export const rms = run({ name: 'rmsprop', lr: 0.1, gamma: 0.9, eps: 1e-8 });
export const rmsCorrected = run({ name: 'rmsprop', lr: 0.1, gamma: 0.9, eps: 1e-8, biasCorrection: true });
export const rmsInside = run({ name: 'rmsprop', lr: 0.1, gamma: 0.9, eps: 1e-8, epsInSqrt: true });
export const rms0 = run({ name: 'rmsprop', lr: 0.1, gamma: 0, eps: 1e-8 });
export const rms99 = run({ name: 'rmsprop', lr: 0.1, gamma: 0.99, eps: 1e-8 });
export const rms999 = run({ name: 'rmsprop', lr: 0.1, gamma: 0.999, eps: 1e-8 });
const wavy = objectives.wavy;
export const rmsRight = simulate({ fn: 'wavy', start: [3, 1], steps: 100, optimizer: { name: 'rmsprop', lr: 0.1, gamma: 0.9, eps: 1e-8 } });
// The two minima, found from where the runs end: the article's run, and the run from near (3, 1),
// which hovers around the local minimum (where exactly it is at step 100 depends on the last bits of sin).
export const best = stationaryPoint(wavy, rms.points[100]);
export const fBest = wavy.value(best[0], best[1]);
export const local = stationaryPoint(wavy, rmsRight.points[100]);
export const fLocal = wavy.value(local[0], local[1]);
export const curvatureX = (wavy.gradient(best[0] + 1e-5, best[1])[0] - wavy.gradient(best[0] - 1e-5, best[1])[0]) / 2e-5;
export const weights = ewmaWeights(0.9, 4);
export const lowest = rms.loss.indexOf(Math.min(...rms.loss));
export const kick = rms.points.reduce((far, p, t) => (Math.abs(p[0] - best[0]) > Math.abs(rms.points[far][0] - best[0]) && t > lowest ? t : far), lowest);
export const peakRate = Math.max(...rms.effectiveLr.slice(lowest, kick).map((r) => r[0]));
/** A step well inside the unstable stretch, where the approach has still not finished in y. */
export const approachStep = 72;
export const approachY = rms.points[approachStep][1];
export const ada05 = run({ name: 'adagrad', lr: 0.5, eps: 1e-8 });
export const rms05 = run({ name: 'rmsprop', lr: 0.5, gamma: 0.9, eps: 1e-8 });
export const epsOut = run({ name: 'rmsprop', lr: 0.1, gamma: 0.9, eps: 0.01 });
export const epsIn = run({ name: 'rmsprop', lr: 0.1, gamma: 0.9, eps: 0.01, epsInSqrt: true });
/** ε = 10⁻⁸ outside against inside the root: the largest distance between the two paths over steps 0 … 60. */
export const epsCompareSteps = 60;
export const epsGap = Math.max(...rms.points.slice(0, epsCompareSteps + 1)
  .map(([x, y], t) => Math.hypot(x - rmsInside.points[t][0], y - rmsInside.points[t][1])));
export const ns = nonstationaryRun();
export const nsLast = ns.options.steps - 1;
export const nsSwitch = ns.events[0];
export const nsSettled = ns.rmsprop.gap.findIndex((g, i) => i >= nsSwitch && g[0] < 0.05) + 1;
/** RMSProp's largest step |Δx| after the switch, the step it is taken at, and its size in units of η. */
const nsAfter = ns.rmsprop.stepSize.slice(nsSwitch).map((d) => d[0]);
export const nsPeak = Math.max(...nsAfter);
export const nsPeakStep = nsSwitch + 1 + nsAfter.indexOf(nsPeak);
export const nsPeakInEta = nsPeak / ns.options.lr;
export const sp = sparseRun();
export const spLast = sp.options.steps - 1;
/** The sparse coordinate's period k. */
export const spPeriod = sp.options.period ?? sparseDefaults.period;
/**
 * The sparse run's two-step cycles. On the dense coordinate x, a cycle 2 ± a has |g| = a every step,
 * so s → a² and every step is η: it closes when 2a = η. On y, seen every k-th step, s just after a
 * visit is S = γᵏS + (1 − γ)b², so the step is η·b/√S = η·√((1 − γᵏ)/(1 − γ)) and the cycle 2 ± b
 * closes when that is 2b: the amplitude η/2 times √((1 − γᵏ)/(1 − γ)).
 */
export const spDense = [sp.rmsprop.points[spLast - 1][0], sp.rmsprop.points[spLast][0]].sort((a, b) => a - b);
export const spSparse = [sp.rmsprop.points[spLast - 1][1], sp.rmsprop.points[spLast][1]].sort((a, b) => a - b);
export const spFactor = Math.sqrt((1 - sp.options.gamma ** spPeriod) / (1 - sp.options.gamma));
export const spAmplitude = (sp.options.lr / 2) * spFactor;
/** What a truly fresh first step would be, η/√(1 − γ): the limit k → ∞. */
export const spFresh = sp.options.lr / Math.sqrt(1 - sp.options.gamma);

// ---------- Where RMSProp came from ----------

/**
 * Hinton's example against mini-batch Rprop: a weight gets +0.1 on nine mini-batches and −0.9 on
 * the tenth, so the gradients average to 0 and it should stay put. RMSProp's drift per ten steps,
 * in units of η (measured over steps 500–1000, when the average has settled), for a γ.
 */
export function hintonDrift(gamma: number): number {
  const lr = 0.01;
  const run = simulate({
    fn: { value: () => 0, gradient: (_x, _y, t) => [t % 10 === 0 ? -0.9 : 0.1, 0] },
    start: [0, 0], steps: 1000, optimizer: { name: 'rmsprop', lr, gamma, eps: 1e-8 },
  });
  return Math.abs(run.points[1000][0] - run.points[500][0]) / 50 / lr;
}
export const drift0 = hintonDrift(0);
export const drift09 = hintonDrift(0.9);
export const drift099 = hintonDrift(0.99);

// ---------- Noisy gradients (the noise widget's default run, σ = 0.5, seed 1) ----------

export const noiseSigma = noiseDefaults.sigma;
export const noiseSeed = noiseDefaults.seed;
export const noiseTailFrom = TAIL_FROM;
/** The widget's facts and the article's details (the ball along x, the largest step size along x) for a σ. */
const noiseAt = (sigma: number) => {
  const runs = noiseRuns({ ...noiseDefaults, sigma });
  return { runs, ...noiseFacts(runs), ...ballDetails(runs.rmsprop) };
};
const noisyAll = noiseAt(noiseDefaults.sigma);
const noisyRuns = noisyAll.runs;
export const noisy = noisyAll;
/** The same run without noise. */
export const exact = noiseAt(0);
export const noisy2 = noiseAt(2);
/** E[g]²: the true gradient along x, squared, averaged where the noisy run went (steps 101–300). */
export const noisyTrueSquare = (() => {
  const points = noisyRuns.rmsprop.points.slice(TAIL_FROM);
  return points.reduce((sum, [x, y]) => sum + objectives.wavy.gradient(x, y)[0] ** 2, 0) / points.length;
})();
/** √(ησ/2h): the noise ball along x if RMSProp were gradient descent with step size η/σ. */
export const noiseBallPredicted = predictedRadius(0.1, noiseSigma, curvatureX);
export const noiseBallPredicted2 = predictedRadius(0.1, 2, curvatureX);

// ---------- The rotated bowl ----------

const bowl0 = bowlRun(0);
const bowl45 = bowlRun(45);
export const bowlSteps0 = stepsToTarget(bowl0) ?? NaN;
export const bowlSteps45 = stepsToTarget(bowl45) ?? NaN;
export const bowlSpread0 = rateSpread(bowl0);
export const bowlSpread45 = rateSpread(bowl45);

// ---------- Centered RMSProp and momentum, on the article's run ----------

/** The first step that brings a run within 0.05 of the global minimum. */
export const arrival = (result: { points: Vec2[] }) =>
  result.points.findIndex(([x, y]) => Math.hypot(x - best[0], y - best[1]) < 0.05);
export const rmsCentered = run({ name: 'rmsprop', lr: 0.1, gamma: 0.9, eps: 1e-8, centered: true });
export const rmsMomentum = run({ name: 'rmsprop', lr: 0.1, gamma: 0.9, eps: 1e-8, momentum: 0.9 });
/** μ = 0.9 with η cut tenfold, so that η/(1 − μ) is the plain run's η. */
export const rmsMomentumSlow = run({ name: 'rmsprop', lr: 0.01, gamma: 0.9, eps: 1e-8, momentum: 0.9 });

// ---------- Convergence ----------

/**
 * Reddi, Kale and Kumar's example: the gradient is C = 3 at steps 1, 4, 7, … and −1 at the others,
 * so it averages +1/3 and x should fall. γ = β₂ = 1/(1 + C²) = 0.1, as in their proof; η = 0.01.
 */
export const reddiC = 3;
const reddi = (optimizer: OptimizerOptions) => simulate({
  fn: { value: (x, _y, t) => (t % 3 === 1 ? reddiC * x : -x), gradient: (_x, _y, t) => [t % 3 === 1 ? reddiC : -1, 0] },
  start: [0, 0], steps: 300, optimizer,
});
export const reddiGamma = 1 / (1 + reddiC ** 2);
export const reddiRms = reddi({ name: 'rmsprop', lr: 0.01, gamma: reddiGamma, eps: 1e-8 });
/** AMSGrad: Adam with β₁ = 0 and PyTorch's `amsgrad`, dividing by the largest average seen so far. */
export const reddiAms = reddi({ name: 'adam', lr: 0.01, beta1: 0, beta2: reddiGamma, eps: 1e-8, amsgrad: true });

/** ε = 1 inside the root, as Inception's RMSProp: the step size can never exceed η. */
export const rmsEpsOne = run({ name: 'rmsprop', lr: 0.1, gamma: 0.9, eps: 1, epsInSqrt: true });
export const epsOnePeakRate = Math.max(...rmsEpsOne.effectiveLr.map((r) => Math.max(r[0], r[1])));
