import { objectives } from './objectives';
import type { ObjectiveName } from './types';

/** The trajectory widgets' settings, as the page's URL hash carries them. */
export interface TrajectorySettings {
  /** The test function. @default 'wavy' */
  fn: ObjectiveName;
  /** Learning rate η, shared by AdaGrad and RMSProp. @default 0.1 */
  lr: number;
  /** RMSProp's decay γ. @default 0.9 */
  gamma: number;
  /** ε for both optimizers. @default 1e-8 */
  eps: number;
  /** Steps to run. @default 100 */
  steps: number;
  /** Start point x. @default −4 */
  x: number;
  /** Start point y. @default 4 */
  y: number;
  /** ε inside the root, g/√(s + ε) (Keras, TF, Optax), instead of outside (PyTorch). @default false */
  epsInSqrt: boolean;
}

/** The source article's settings. */
export const trajectoryDefaults: Readonly<TrajectorySettings> = Object.freeze({
  fn: 'wavy', lr: 0.1, gamma: 0.9, eps: 1e-8, steps: 100, x: -4, y: 4, epsInSqrt: false,
});

/** The range each numeric setting is clamped to; steps are also rounded to an integer. */
export const trajectoryLimits = Object.freeze({
  lr: [1e-3, 10], gamma: [0, 0.999], eps: [1e-10, 1], steps: [1, 500],
} as const);

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A finite number from a string or number, or undefined for anything else ('', 'NaN', '1e400', objects). */
function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.length > 40 || !NUMBER.test(value.trim())) return undefined;
  const n = Number(value.trim());
  return Number.isFinite(n) ? n : undefined;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

function toFlag(value: unknown): boolean | undefined {
  if (value === true || value === '1' || value === 'true') return true;
  if (value === false || value === '0' || value === 'false') return false;
  return undefined;
}

function toObjective(value: unknown): ObjectiveName | undefined {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(objectives, value)
    ? (value as ObjectiveName) : undefined;
}

/**
 * Settings from untrusted values (strings from a URL, or numbers from controls): each is checked
 * and clamped on its own; a missing or junk value takes its default and nothing throws.
 * The start point is clamped to the chosen function's view box; without one it is the function's
 * own `defaultStart` (for 'wavy', the source article's (−4, 4)).
 */
export function sanitizeSettings(raw: Partial<Record<keyof TrajectorySettings, unknown>>): TrajectorySettings {
  const get = (key: keyof TrajectorySettings): unknown =>
    raw !== null && typeof raw === 'object' && Object.prototype.hasOwnProperty.call(raw, key) ? raw[key] : undefined;
  const number = (key: 'lr' | 'gamma' | 'eps' | 'steps'): number => {
    const n = toNumber(get(key));
    const [lo, hi] = trajectoryLimits[key];
    return n === undefined ? trajectoryDefaults[key] : clamp(n, lo, hi);
  };
  const fn = toObjective(get('fn')) ?? trajectoryDefaults.fn;
  const objective = objectives[fn];
  const [[x0, x1], [y0, y1]] = objective.view;
  const start = objective.defaultStart;
  const x = toNumber(get('x'));
  const y = toNumber(get('y'));
  return {
    fn,
    lr: number('lr'),
    gamma: number('gamma'),
    eps: number('eps'),
    steps: Math.round(number('steps')),
    x: x === undefined ? start[0] : clamp(x, x0, x1),
    y: y === undefined ? start[1] : clamp(y, y0, y1),
    epsInSqrt: toFlag(get('epsInSqrt')) ?? trajectoryDefaults.epsInSqrt,
  };
}

/** Reads `#fn=wavy&lr=0.1&…` (with or without the '#'); never throws. */
export function parseTrajectoryHash(hash: unknown): TrajectorySettings {
  if (typeof hash !== 'string' || hash.length > 1000) return sanitizeSettings({});
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return sanitizeSettings({});
  }
  const read = (key: string) => params.get(key) ?? undefined;
  return sanitizeSettings({
    fn: read('fn'), lr: read('lr'), gamma: read('gamma'), eps: read('eps'), steps: read('steps'),
    x: read('x'), y: read('y'), epsInSqrt: read('epsIn'),
  });
}

/** Six significant digits, no trailing zeros: 0.1, 1e-8, −4. */
const short = (v: number) => String(Number(v.toPrecision(6)));

/** The hash for the settings, without the '#': parseTrajectoryHash reads it back to the same settings. */
export function serializeTrajectoryHash(settings: TrajectorySettings): string {
  const s = sanitizeSettings(settings);
  return [
    `fn=${s.fn}`, `lr=${short(s.lr)}`, `gamma=${short(s.gamma)}`, `eps=${short(s.eps)}`,
    `steps=${s.steps}`, `x=${short(s.x)}`, `y=${short(s.y)}`, `epsIn=${s.epsInSqrt ? 1 : 0}`,
  ].join('&');
}
