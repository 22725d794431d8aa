/**
 * Every number the Momentum article prints, in both languages: computed once, at build time, by the
 * same library the widgets run. `en/momentum.mdx` and `zh/momentum.mdx` import them by name.
 * (The collection's glob loader reads only `{en,zh}/*.mdx`, so this file is not an article.)
 */
import { objectives, simulate, type ScheduleOptions, type SimulateResult, type Vec2 } from '../../lib/index.ts';
import { bowl, DEFAULTS, raceRuns, START } from '../../widgets/momentum-race/model.ts';
import { contraction, gdOptimal, heavyBallOptimal, nesterovContraction, stabilityLimits, stepsToThousandth } from '../../widgets/momentum-roots/model.ts';
import { formatNumber } from '../../widgets/kit/format.ts';
import { DEFAULTS as WAVY, gaps, MINIMUM, nesterovRuns, START as WAVY_START, STEPS as WAVY_STEPS, settledAt, THRESHOLD } from '../../widgets/momentum-nesterov/model.ts';

/** Fixed decimals with a real minus sign; a value that rounds to zero prints as 0, never −0. */
export const fmt = (x: number, digits = 2) => {
  const text = x.toFixed(digits);
  return (/^-0(\.0*)?$/.test(text) ? text.slice(1) : text).replace('-', '−');
};
/** A very small (or large) number in the widgets' style: 4.2×10⁻⁶. */
export const sci = (x: number, digits = 2) => formatNumber(x, { digits });

/** The article's bowl: f = ½(x²/κ + y²), curvatures m = 1/κ and L = 1, from START. */
export const kappa = DEFAULTS.kappa;
export const L = 1;
export const m = L / kappa;
export const start = START;
export const fStart = bowl(kappa).value(START[0], START[1]);

/** The widgets' default run: η = 1.6, μ = 0.9, 100 steps. */
export const lr = DEFAULTS.lr;
export const mu = DEFAULTS.momentum;
export const race = raceRuns(DEFAULTS);
export const plainLast = race.plain.loss[race.plain.loss.length - 1];
export const heavyLast = race.heavy.loss[race.heavy.loss.length - 1];
/** Plain descent's y at steps 0…4: the zig-zag across the valley, factor 1 − ηL each step. */
export const zigzag = race.plain.points.slice(0, 5).map((p) => p[1]);
export const zigFactor = 1 - lr * L;
/** Plain descent's factor along x, 1 − ηm, and what it leaves of x after 100 steps. */
export const slowFactor = 1 - lr * m;
export const xLeft = race.plain.points[100][0] / START[0];
/** The heavy ball's factor per step along both axes at the default settings. */
export const heavyFactorX = contraction(m, lr, mu);
export const heavyFactorY = contraction(L, lr, mu);

/** The tuned settings for κ and their rates. */
export const gd = gdOptimal(kappa, L);
export const hb = heavyBallOptimal(kappa, L);
export const gdSteps = stepsToThousandth(gd.rate);
export const hbSteps = stepsToThousandth(hb.rate);

/**
 * A rate measured from a run: (‖θ_{t2}‖ / ‖θ_{t1}‖)^{1/(t2 − t1)}, the minimum being at 0.
 * Pure; used by the unit test as well.
 */
export function measuredRate(run: SimulateResult, t1: number, t2: number): number {
  const norm = ([x, y]: Vec2) => Math.hypot(x, y);
  return (norm(run.points[t2]) / norm(run.points[t1])) ** (1 / (t2 - t1));
}
export const RATE_WINDOW: [number, number] = [100, 300];
export const tunedRun = (k: number, heavy: boolean) => {
  const settings = heavy ? heavyBallOptimal(k) : gdOptimal(k);
  return simulate({
    fn: bowl(k), start: START, steps: RATE_WINDOW[1],
    optimizer: { name: 'sgd', lr: settings.lr, momentum: heavy ? heavyBallOptimal(k).momentum : 0 },
  });
};
export const gdMeasured = measuredRate(tunedRun(kappa, false), ...RATE_WINDOW);
export const hbMeasured = measuredRate(tunedRun(kappa, true), ...RATE_WINDOW);

/**
 * The textbook form v ← μv − η_t g, θ ← θ + v, written out here (the library runs PyTorch's form),
 * on the same bowl, with the learning rates PyTorch's run used step by step.
 */
export function textbookRun(k: number, momentum: number, lrs: number[]): Vec2[] {
  const f = bowl(k);
  let [x, y] = START;
  let v: Vec2 = [0, 0];
  const points: Vec2[] = [[x, y]];
  for (const eta of lrs) {
    const [gx, gy] = f.gradient(x, y, 0);
    v = [momentum * v[0] - eta * gx, momentum * v[1] - eta * gy];
    x += v[0];
    y += v[1];
    points.push([x, y]);
  }
  return points;
}
const maxGap = (a: Vec2[], b: Vec2[]) => Math.max(...a.map((p, t) => Math.hypot(p[0] - b[t][0], p[1] - b[t][1])));
/** PyTorch's form against the textbook form: the largest distance between the paths, η constant and η cut. */
export const FORMS_STEPS = 60;
export const drop: ScheduleOptions = { name: 'step', stepSize: 20, gamma: 0.1 };
export const formsRun = (schedule: ScheduleOptions) =>
  simulate({ fn: bowl(kappa), start: START, steps: FORMS_STEPS, optimizer: { name: 'sgd', lr, momentum: mu }, schedule });
const constantTorch = formsRun({ name: 'constant' });
const droppedTorch = formsRun(drop);
export const gapConstant = maxGap(constantTorch.points, textbookRun(kappa, mu, constantTorch.lr));
export const gapDropped = maxGap(droppedTorch.points, textbookRun(kappa, mu, droppedTorch.lr));
/** The first step after the cut: PyTorch's step and the textbook's, in y. */
export const cutStep = drop.name === 'step' ? drop.stepSize + 1 : 0;
const textbookDropped = textbookRun(kappa, mu, droppedTorch.lr);
export const torchCutMove = Math.hypot(droppedTorch.updates[cutStep - 1][0], droppedTorch.updates[cutStep - 1][1]);
export const textbookCutMove = Math.hypot(
  textbookDropped[cutStep][0] - textbookDropped[cutStep - 1][0], textbookDropped[cutStep][1] - textbookDropped[cutStep - 1][1],
);

/** Nesterov on the same bowl at the widgets' default settings. */
export const nesterov = simulate({ fn: bowl(kappa), start: START, steps: 100, optimizer: { name: 'sgd', lr, momentum: mu, nesterov: true } });
export const nesterovLast = nesterov.loss[nesterov.loss.length - 1];

/** Dampening τ = 0.9 with μ = 0.9: the buffer converges to g, not 10g. */
export const dampening = 0.9;
export const amplification = 1 / (1 - mu);

/** Where each method stops converging along a direction, in units of ηh, at the default μ. */
export const limits = stabilityLimits(mu);
/** Along y (h = L) at η = 1.6 Nesterov's factor is above 1: its run leaves the bowl. */
export const nesterovFactorY = nesterovContraction(L, lr, mu);
export const nesterovDiverged = nesterov.divergedAt;
/** Below its limit, η = 1.2: the three after 100 steps. */
export const lrSafe = 1.2;
const at = (momentum: number, nest = false) =>
  simulate({ fn: bowl(kappa), start: START, steps: 100, optimizer: { name: 'sgd', lr: lrSafe, momentum, nesterov: nest } });
export const safePlain = at(0).loss[100];
export const safeHeavy = at(mu).loss[100];
export const safeNesterov = at(mu, true).loss[100];

/** 10 to an integer power in superscripts: pow10(−15) → 10⁻¹⁵. */
export const pow10 = (e: number) => `10${String(e).replace('-', '⁻').replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)])}`;

/**
 * The three-way race on the RMSProp article's function (the momentum-nesterov widget's default run):
 * plain descent, the heavy ball and Nesterov from (−4, 4) with η = 0.1, μ = 0.9, 100 steps.
 */
export const wavyLr = WAVY.lr;
export const wavyMu = WAVY.momentum;
export const wavySteps = WAVY_STEPS;
/** The RMSProp article's start point, as the prose writes it: (−4, 4). */
export const wavyStart = `(${WAVY_START.map((v) => fmt(v, 0)).join(', ')})`;
export const wavyThreshold = THRESHOLD;
export const fStar = MINIMUM.value;
const wavy = nesterovRuns(WAVY);
/** Steps until f − f* < 10⁻⁶ (null: not within the run) and the gap after the last step. */
export const wavyReached = { plain: settledAt(wavy.plain), heavy: settledAt(wavy.heavy), nesterov: settledAt(wavy.nesterov) };
export const wavyGap = { plain: gaps(wavy.plain)[WAVY_STEPS], heavy: gaps(wavy.heavy)[WAVY_STEPS], nesterov: gaps(wavy.nesterov)[WAVY_STEPS] };
/** With a smaller μ the heavy ball stops ringing. */
export const wavyLowMu = 0.5;
const wavyLow = nesterovRuns({ lr: WAVY.lr, momentum: wavyLowMu });
export const wavyLowReached = { heavy: settledAt(wavyLow.heavy), nesterov: settledAt(wavyLow.nesterov) };

/**
 * The curvatures at the minimum, from the library's gradient by central differences (the Hessian is
 * diagonal there: f is even in y), their ratio, and each method's factor per step along them.
 */
const H = 1e-5;
const [xs, ys] = MINIMUM.point;
const grad = objectives.wavy.gradient;
export const wavyHx = (grad(xs + H, ys)[0] - grad(xs - H, ys)[0]) / (2 * H);
export const wavyHy = (grad(xs, ys + H)[1] - grad(xs, ys - H)[1]) / (2 * H);
export const wavyKappa = wavyHy / wavyHx;
export const wavyFactors = {
  plain: Math.max(Math.abs(1 - wavyLr * wavyHx), Math.abs(1 - wavyLr * wavyHy)),
  heavy: Math.max(contraction(wavyHx, wavyLr, wavyMu), contraction(wavyHy, wavyLr, wavyMu)),
  nesterov: Math.max(nesterovContraction(wavyHx, wavyLr, wavyMu), nesterovContraction(wavyHy, wavyLr, wavyMu)),
  nesterovY: nesterovContraction(wavyHy, wavyLr, wavyMu),
};
