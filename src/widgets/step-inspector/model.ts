/**
 * The step inspector's arithmetic: one step of one run in one coordinate, every quantity of the
 * update written out with the numbers the library used. Pure, so the build-time table and the
 * live one are the same text. Tokens are separated by plain spaces; each token is shown
 * unbreakable (see `tokens`), so a line may break between tokens but never inside a number.
 */
import type { SimulateResult } from '../../lib/index.ts';
import { fmt, paren } from '../kit/format.ts';
import type { Compared } from '../kit/series.ts';

/** One coordinate's numbers for one step. */
export interface WorkedStep {
  g: string;
  s: string;
  denominator: string;
  update: string;
}

/** Text the server renders into `data-labels`. */
export interface InspectorLabels {
  /** 'Step {t}' */
  heading: string;
  /** Shown at step 0. */
  start: string;
  /** '{name} stopped: it diverged at step {k}.' */
  stopped: string;
}

const term = (...parts: string[]) => parts.join(' ');

/**
 * A worked-out cell split where a line may break: at spaces (around +, /, =) and after a product's
 * "·". Each token is shown unbreakable; `space` says whether a space came before it.
 */
export function tokens(text: string): { token: string; space: boolean }[] {
  return text.split(' ').flatMap((word, i) =>
    word.split(/(?<=·)/).map((token, j) => ({ token, space: i > 0 && j === 0 })));
}

/** The settings the worked step reads; `centered` and `momentum` change RMSProp only. */
export interface StepSettings {
  lr: number;
  gamma: number;
  eps: number;
  epsInSqrt: boolean;
  centered?: boolean;
  momentum?: number;
}

/** The row headers that change with the settings: the denominator and the update rule. */
export function stepRules(name: Compared, { epsInSqrt, centered = false, momentum = 0 }: StepSettings): { denominator: string; update: string } {
  const variance = name === 'rmsprop' && centered;
  const inner = variance ? 'sₜ − ḡₜ²' : 'sₜ';
  const root = variance ? `√(${inner})` : '√sₜ';
  const denominator = epsInSqrt ? `√(${inner} + ε)` : `${root} + ε`;
  const divisor = epsInSqrt ? denominator : `(${denominator})`;
  const update = name === 'rmsprop' && momentum > 0 ? `Δθ = −η·(μ·bₜ₋₁ + gₜ / ${divisor})` : `Δθ = −η·gₜ / ${divisor}`;
  return { denominator, update };
}

/** The numbers of step t (1-based) of one run in coordinate i. */
export function workedStep(name: Compared, run: SimulateResult, t: number, i: number, settings: StepSettings): WorkedStep {
  const { lr, gamma, eps, epsInSqrt } = settings;
  const centered = name === 'rmsprop' && settings.centered === true;
  const momentum = name === 'rmsprop' ? settings.momentum ?? 0 : 0;
  const g = run.gradients[t - 1][i];
  const sBefore = t >= 2 ? run.accumulators[t - 2][i] : 0;
  const s = run.accumulators[t - 1][i];
  // Centred: ḡ, the running average of g, replayed from the gradients (PyTorch's lerp, as the library).
  let mean = 0;
  if (centered) for (let k = 0; k < t; k++) mean += (run.gradients[k][i] - mean) * (1 - gamma);
  const variance = centered ? Math.max(s - mean * mean, 0) : s;
  const denominator = epsInSqrt ? Math.sqrt(variance + eps) : Math.sqrt(variance) + eps;
  const update = run.updates[t - 1][i];
  const sTerm = name === 'adagrad'
    ? term(fmt(sBefore), '+', `${paren(g)}²`)
    : term(`${fmt(gamma)}·${fmt(sBefore)}`, '+', `${fmt(1 - gamma)}·${paren(g)}²`);
  const inner = centered ? term(fmt(s), '−', `${paren(mean)}²`) : fmt(s);
  const root = epsInSqrt
    ? `√(${term(inner, '+', fmt(eps, 2))})`
    : term(centered ? `√(${inner})` : `√${inner}`, '+', fmt(eps, 2));
  // With momentum the buffer before this step is b = −Δθ/η of the step before (η is constant here).
  const before = t >= 2 ? -run.updates[t - 2][i] / lr : 0;
  const step = momentum > 0
    ? term(`−${fmt(lr)}·(${fmt(momentum)}·${paren(before)}`, '+', paren(g), '/', `${fmt(denominator)})`)
    : term(`−${fmt(lr)}·${paren(g)}`, '/', fmt(denominator));
  return {
    g: fmt(g),
    s: `${sTerm} = ${fmt(s)}`,
    denominator: `${root} = ${fmt(denominator)}`,
    update: `${step} = ${fmt(update)}`,
  };
}
