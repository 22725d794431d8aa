/**
 * Every number the Adam article prints, in both languages: computed once, at build time, by the
 * same library the widgets run. `en/adam.mdx` and `zh/adam.mdx` import them by name.
 * (The collection's glob loader reads only `{en,zh}/*.mdx`, so this file is not an article.)
 */
import { simulate } from '../../lib/index.ts';
import { powerTick } from '../../widgets/kit/format.ts';
import { adamDefaults } from '../../lib/optimizers/adam.ts';
import { adamwDefaults } from '../../lib/optimizers/adamw.ts';
import { correctedSteps, DEFAULTS as BIAS, largest, uncorrectedSteps } from '../../widgets/adam-bias/model.ts';
import { decayRuns, DEFAULTS as DECAY, FLAT, LR as DECAY_LR, MINIMUM, penalisedMinimum, START as DECAY_START, STEPS as DECAY_STEPS } from '../../widgets/adamw-decay/model.ts';
import { DEFAULTS as RACE, F_MIN, GAMMA, raceRuns, START as RACE_START, STEPS as RACE_STEPS } from '../../widgets/adam-race/model.ts';
export { fmt, sci, pow10 } from './momentum.numbers.ts';

/** PyTorch's defaults, read from the library (which copies them from torch.optim). */
export const torchAdam = adamDefaults;
export const torchAdamw = adamwDefaults;
const { beta1, beta2 } = BIAS;
export { beta1, beta2 };

/** The two averages' memories, 1/(1 − β): 10 and 1000 steps. */
export const memory1 = 1 / (1 - beta1);
export const memory2 = 1 / (1 - beta2);

/** The bias-correction figure at its defaults: step/η on a constant gradient. */
const uncorrected = uncorrectedSteps(BIAS);
const corrected = correctedSteps(BIAS);
export const uncorrectedFirst = uncorrected[0];
export const uncorrectedPeak = largest(uncorrected);
export const uncorrectedAt100 = uncorrected[99];
export const uncorrectedLast = uncorrected[uncorrected.length - 1];
export const uncorrectedSteps300 = uncorrected.length;
/** The library's corrected steps: all η (to ε), the largest distance from 1 over the run. */
export const correctedWorst = Math.max(...corrected.map((r) => Math.abs(r - 1)));
/** Without correction, a plain RMSProp-like Adam with β1 = 0 would start at 1/√(1 − β2). */
export const uncorrectedFirstNoMomentum = uncorrectedSteps({ beta1: 0, beta2 })[0];

/**
 * The paper's worst case: a coordinate whose gradient was 0 for SPARSE_AT − 1 steps and is 1 at
 * step SPARSE_AT. Bias-corrected, that one step is η(1 − β1)/√(1 − β2) (times a factor near 1).
 */
export const SPARSE_AT = 5000;
export const sparseRun = simulate({
  fn: { value: () => 0, gradient: (_x, _y, t) => [t === SPARSE_AT ? 1 : 0, 0] },
  start: [0, 0], steps: SPARSE_AT, optimizer: { name: 'adam', lr: 1, beta1, beta2 },
});
export const sparseStep = Math.abs(sparseRun.updates[SPARSE_AT - 1][0]);
export const sparseBound = (1 - beta1) / Math.sqrt(1 - beta2);

/**
 * ε̂ in the paper's efficient form (and Keras's, TF1's) against PyTorch's ε after the correction:
 * the same step when ε = ε̂ / √(1 − β2ᵗ). Keras's ε̂ = 1e-7 is, at t = 1, PyTorch's ε =
 */
export const KERAS_EPS_HAT = 1e-7;
export const epsHatFirst = KERAS_EPS_HAT / Math.sqrt(1 - beta2);
/** … and the factor 1/√(1 − β2) between the two at t = 1 (√1000 ≈ 31.6). */
export const epsHatFactor = 1 / Math.sqrt(1 - beta2);
/** The two forms agree step for step when ε is translated; checked on the library's run in the unit test. */
export function efficientFormSteps(epsHat: number, steps: number): number[] {
  let m = 0;
  let v = 0;
  const out: number[] = [];
  for (let t = 1; t <= steps; t++) {
    m = beta1 * m + (1 - beta1);
    v = beta2 * v + (1 - beta2);
    const alpha = (Math.sqrt(1 - beta2 ** t) / (1 - beta1 ** t));
    out.push((alpha * m) / (Math.sqrt(v) + epsHat));
  }
  return out;
}

/** The weight-decay figure at its default λ. */
export const lambda = DECAY.weightDecay;
export const flat = FLAT;
export const decayLr = DECAY_LR;
export const decaySteps = DECAY_STEPS;
export const decayStart = DECAY_START;
export const minimum = MINIMUM;
export const runs = decayRuns(lambda);
export const l2End = runs.l2.points[DECAY_STEPS];
export const decoupledEnd = runs.decoupled.points[DECAY_STEPS];
export const penalised = penalisedMinimum(lambda);
/** How much of each coordinate's distance from 0 each method took away, in percent of the minimum's. */
export const shrink = (p: readonly number[]) => [100 * (1 - p[0] / MINIMUM[0]), 100 * (1 - p[1] / MINIMUM[1])];
export const l2Shrink = shrink(l2End);
export const decoupledShrink = shrink(decoupledEnd);
/** At λ = 0 the two optimizers are the same code path: the same run, bit for bit. */
const zero = decayRuns(0);
export const sameAtZero = zero.l2.points.every((p, t) => p[0] === zero.decoupled.points[t][0] && p[1] === zero.decoupled.points[t][1]);

/** The three-way race on the series' function at the widget's defaults. */
export const race = raceRuns(RACE);
export const raceLr = RACE.lr;
export const raceSgdLr = RACE.sgdLr;
export const raceLast = {
  momentum: race.momentum.loss[RACE_STEPS], rmsprop: race.rmsprop.loss[RACE_STEPS], adam: race.adam.loss[RACE_STEPS],
};
export const fMin = F_MIN;
/** At η = 1 RMSProp's oversized first steps and hovering leave it far from the minimum; Adam still arrives. */
export const RACE_BIG_LR = 1;
const big = raceRuns({ ...RACE, lr: RACE_BIG_LR });
export const bigLast = { rmsprop: big.rmsprop.loss[RACE_STEPS], adam: big.adam.loss[RACE_STEPS] };
/** The first step at which each run is within 10⁻³ of f*, and the gap at the end. */
export const ARRIVAL = 1e-3;
const arrival = (loss: number[]) => loss.findIndex((v) => v - F_MIN < ARRIVAL);
export const raceArrival = { momentum: arrival(race.momentum.loss), rmsprop: arrival(race.rmsprop.loss), adam: arrival(race.adam.loss) };
export const raceGap = { momentum: raceLast.momentum - F_MIN, rmsprop: raceLast.rmsprop - F_MIN, adam: raceLast.adam - F_MIN };
/** RMSProp's closest approach on the way, before its hovering throws it out again. */
export const rmsBest = Math.min(...race.rmsprop.loss) - F_MIN;
/**
 * That approach as "within 10⁻ⁿ": it reaches f* to about the digits f* itself is known to (the
 * difference is ~6×10⁻¹³ and may even come out negative), so a printed difference would read "0".
 */
export const rmsBestWithin = powerTick(Math.floor(Math.log10(Math.max(Math.abs(rmsBest), 1e-15))) + 1);
/** RMSProp's first step at γ = 0.9 in units of η, 1/√(1 − γ), and how far y starts from the valley floor. */
export const rmsFirstFactor = 1 / Math.sqrt(1 - GAMMA);
export const raceStartY = RACE_START[1];

/**
 * The exercises' worked answers. 1: at β₁ = 0.9, β₂ = 0.99 the uncorrected step is η at t = 1 and
 * longer from t = 2. 5: Keras's ε̂ as a PyTorch ε, ε̂/√(1 − β₂ᵗ), is `epsHatFirst` at t = 1; the step
 * from which it stays within 3% of ε̂ (the round step count the answer quotes, and β₂ᵗ there).
 */
export const EXERCISE_BETAS = { beta1: 0.9, beta2: 0.99 };
const exerciseStep = (t: number) => (1 - EXERCISE_BETAS.beta1 ** t) / Math.sqrt(1 - EXERCISE_BETAS.beta2 ** t);
export const exerciseFirst = exerciseStep(1);
export const exerciseSecond = exerciseStep(2);
export const KERAS_WITHIN = 0.03;
/** The first step from which ε stays within 3% of ε̂, rounded up to a thousand steps for the prose. */
export const kerasWithinStep = Math.ceil(Math.log(1 - 1 / (1 + KERAS_WITHIN) ** 2) / Math.log(beta2));
export const kerasRoundStep = Math.ceil(kerasWithinStep / 1000) * 1000;
export const kerasDecayAtRound = beta2 ** kerasRoundStep;
