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

/** The numbers of step t (1-based) of one run in coordinate i. */
export function workedStep(
  name: Compared,
  run: SimulateResult,
  t: number,
  i: number,
  { lr, gamma, eps, epsInSqrt }: { lr: number; gamma: number; eps: number; epsInSqrt: boolean },
): WorkedStep {
  const g = run.gradients[t - 1][i];
  const sBefore = t >= 2 ? run.accumulators[t - 2][i] : 0;
  const s = run.accumulators[t - 1][i];
  const denominator = epsInSqrt ? Math.sqrt(s + eps) : Math.sqrt(s) + eps;
  const update = run.updates[t - 1][i];
  const sTerm = name === 'adagrad'
    ? term(fmt(sBefore), '+', `${paren(g)}²`)
    : term(`${fmt(gamma)}·${fmt(sBefore)}`, '+', `${fmt(1 - gamma)}·${paren(g)}²`);
  const root = epsInSqrt ? `√(${term(fmt(s), '+', fmt(eps, 2))})` : term(`√${fmt(s)}`, '+', fmt(eps, 2));
  return {
    g: fmt(g),
    s: `${sTerm} = ${fmt(s)}`,
    denominator: `${root} = ${fmt(denominator)}`,
    update: `${term(`−${fmt(lr)}·${paren(g)}`, '/', fmt(denominator))} = ${fmt(update)}`,
  };
}
