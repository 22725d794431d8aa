import type { SimulateResult } from '../../../lib/index.ts';
import { fmt, paren, signed } from './format.ts';

/** One coordinate's numbers for one step: every quantity in the update, worked out. */
export interface WorkedStep {
  g: string;
  s: string;
  denominator: string;
  update: string;
}

/** The numbers of step t (1-based) of one run in coordinate i, as text with the formula filled in. */
export function workedStep(
  name: 'adagrad' | 'rmsprop',
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
  const sText = name === 'adagrad'
    ? `${fmt(sBefore)} + ${paren(g)}² = ${fmt(s)}`
    : `${fmt(gamma)}·${fmt(sBefore)} + ${fmt(1 - gamma)}·${paren(g)}² = ${fmt(s)}`;
  const denominatorText = epsInSqrt ? `√(${fmt(s)} + ${fmt(eps, 2)}) = ${fmt(denominator)}` : `√${fmt(s)} + ${fmt(eps, 2)} = ${fmt(denominator)}`;
  return {
    g: signed(g),
    s: sText,
    denominator: denominatorText,
    update: `−${fmt(lr)}·${paren(g)} / ${fmt(denominator)} = ${signed(update)}`,
  };
}
