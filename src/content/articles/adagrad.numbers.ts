/**
 * Every number the AdaGrad article prints, in both languages: computed once, at build time, by the
 * same library the widgets run. `en/adagrad.mdx` and `zh/adagrad.mdx` import them by name.
 * (The collection's glob loader reads only `{en,zh}/*.mdx`, so this file is not an article.)
 */
import { simulate, type AdagradOptions, type SimulateResult } from '../../lib/index.ts';
import { accumulatorRuns, bowl, CURVATURE, DEFAULTS, START, STEPS } from '../../widgets/adagrad-accumulator/model.ts';
import { DEFAULTS as SPARSE, sparseRuns, STEPS as SPARSE_STEPS } from '../../widgets/adagrad-sparse/model.ts';
import { formatNumber } from '../../widgets/kit/format.ts';

/** Fixed decimals with a real minus sign; a value that rounds to zero prints as 0, never −0. */
export const fmt = (x: number, digits = 2) => {
  const text = x.toFixed(digits);
  return (/^-0(\.0*)?$/.test(text) ? text.slice(1) : text).replace('-', '−');
};
/**
 * A very small (or large) number in the widgets' style: 4.2×10⁻⁶. Read against a tiny scale, so a
 * loss of 6×10⁻⁴⁸ prints as itself, not as the widgets' 0 (the text compares such numbers).
 */
export const sci = (x: number | null, digits = 2) => formatNumber(x, { digits, scale: 1e-290 });
const last = <T>(values: T[]) => values[values.length - 1];

/** The bowl 0.1x² + 2y² from (−4, 4), 100 steps, η = 0.5, PyTorch's other defaults. */
export const start = START;
export const steps = STEPS;
export const lr = DEFAULTS.lr;
export const [hx, hy] = CURVATURE;
export const fStart = bowl.value(START[0], START[1]);
const runs = accumulatorRuns(DEFAULTS);
export const ada = runs.adagrad;
export const sgd = runs.sgd;
/** The first gradient and AdaGrad's first move: η·sign(g) in each coordinate. */
export const g1 = ada.gradients[0];
export const move1 = ada.updates[0];
/** The step sizes and accumulators at the last step, and their ratio y : x. */
export const rateLast = ada.effectiveLr[STEPS - 1];
export const accLast = ada.accumulators[STEPS - 1];
export const rateRatios = ada.effectiveLr.map(([rx, ry]) => rx / ry);
export const rateRatioSpread = Math.max(...rateRatios) - Math.min(...rateRatios);
/** How far the path strays from the diagonal x = −y (rounding and ε only). */
export const offDiagonal = Math.max(...ada.points.map(([x, y]) => Math.abs(x + y)));
export const adaLast = last(ada.loss);
/** SGD with the same η: y flips between 4 and −4, the loss stays put. */
export const sgdY = sgd.points.slice(0, 4).map((p) => p[1]);
export const sgdLast = last(sgd.loss);
export const sgdLimit = 2 / hy;

/** AdaGrad on the same bowl across η: it never leaves, SGD leaves above 2/4. */
export const LR_SWEEP = [0.1, 0.5, 2, 10] as const;
const at = (optimizer: AdagradOptions | { name: 'sgd'; lr: number }): SimulateResult =>
  simulate({ fn: bowl, start: START, steps: STEPS, optimizer });
/** SGD's last loss, or the step where it left the plane (then the loss is null). */
const sgdEnd = (run: SimulateResult) => ({
  sgdLoss: run.divergedAt === null ? last(run.loss) : null,
  sgdDiverged: run.divergedAt,
});
export const sweep = LR_SWEEP.map((eta) => ({
  lr: eta,
  adagrad: last(at({ name: 'adagrad', lr: eta }).loss),
  ...sgdEnd(at({ name: 'sgd', lr: eta })),
}));

/** Keras's initial accumulator 0.1: the first x step and where x is after 100 steps. */
export const keras = at({ name: 'adagrad', lr, initialAccumulator: 0.1 });
export const kerasMove1 = keras.updates[0];
export const kerasX = last(keras.points)[0];
export const pytorchX = last(ada.points)[0];
/** A large initial accumulator, 5: x barely starts. */
export const bigG0 = 5;
export const bigStart = at({ name: 'adagrad', lr, initialAccumulator: bigG0 });

/** PyTorch's lr_decay d: η/(1 + (t − 1)d); at d = 0.01 the 100th step uses η/1.99. */
export const lrDecay = 0.01;
export const decayed = at({ name: 'adagrad', lr, lrDecay });
export const decayFactor = 1 + (STEPS - 1) * lrDecay;
export const decayedLast = last(decayed.loss);
export const decayedRate = decayed.effectiveLr[STEPS - 1];

/** ε: PyTorch 1e-10 outside the root, Keras 1e-7 inside, and what 1e-7 inside is worth outside. */
export const epsTorch = 1e-10;
export const epsKeras = 1e-7;
export const epsKerasOutside = Math.sqrt(epsKeras);
/** ε = 1 shows the placement: outside, the x step size is capped at η; inside, √(G + 1) ≥ 1 as well but later. */
export const bigEps = 1;
export const epsOut = at({ name: 'adagrad', lr, eps: bigEps });
export const epsIn = at({ name: 'adagrad', lr, eps: bigEps, epsInSqrt: true });
export const epsOutRate1 = epsOut.effectiveLr[0];
export const epsInRate1 = epsIn.effectiveLr[0];

/** The sparse run: k = 10, η = 0.5, 200 steps. */
export const period = SPARSE.period;
export const sparseLr = SPARSE.lr;
export const sparseSteps = SPARSE_STEPS;
const sparse = sparseRuns(SPARSE);
export const visits = Math.floor((SPARSE_STEPS - 1) / SPARSE.period) + 1;
export const rareAda = Math.abs(last(sparse.adagrad.points)[1] - 1);
export const rareSgd = Math.abs(last(sparse.sgd.points)[1] - 1);
export const frequentAda = Math.abs(last(sparse.adagrad.points)[0] - 1);
export const frequentSgd = Math.abs(last(sparse.sgd.points)[0] - 1);
export const rareRateAda = last(sparse.adagrad.rate)[1];
export const sgdRateLast = last(sparse.sgd.rate)[0];
/** The step SGD's rare feature gets at its last visit, and the step at its second. */
export const lastVisit = 1 + (visits - 1) * SPARSE.period;
export const sgdRateLastVisit = sparse.sgd.rate[lastVisit - 1][1];
export const sgdRateSecondVisit = sparse.sgd.rate[SPARSE.period][1];
/** Across k: the rare feature's distance after 200 steps, AdaGrad and SGD. */
export const PERIODS = [1, 10, 50] as const;
export const byPeriod = PERIODS.map((k) => {
  const r = sparseRuns({ period: k, lr: SPARSE.lr });
  return { k, ada: Math.abs(last(r.adagrad.points)[1] - 1), sgd: Math.abs(last(r.sgd.points)[1] - 1) };
});
