/**
 * AdaGrad beside RMSProp from one start with one η, ε and ε placement (and RMSProp's own γ,
 * centring and momentum): the run that the trajectory, step-inspector and rate-curve widgets all
 * show. Its settings, their ranges and defaults, and how a link carries them are declared here
 * once. Pure: no DOM.
 */
import { objectives, runOptimizer, type ObjectiveName, type SimulateResult } from '../../lib/index.ts';
import { toFlag, toNumber } from './query-values.ts';
import { clamp, clampTo, type SliderSpec } from './slider.ts';

export interface ComparisonSettings {
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
  /** Start point x. @default −4 (wavy's own start) */
  x: number;
  /** Start point y. @default 4 */
  y: number;
  /** ε inside the root, g/√(s + ε) (Keras 3, TF1, Optax), instead of outside (PyTorch). @default false */
  epsInSqrt: boolean;
  /** RMSProp only: divide by √(s − ḡ²), ḡ a running average of g (PyTorch's `centered`, Graves 2013). @default false */
  centered: boolean;
  /** RMSProp only: momentum μ on the normalised step, b = μb + g/(√s + ε), θ −= η·b (PyTorch). @default 0 */
  momentum: number;
}

/** The source article's settings. */
export const comparisonDefaults: Readonly<ComparisonSettings> = Object.freeze({
  fn: 'wavy', lr: 0.1, gamma: 0.9, eps: 1e-8, steps: 100,
  x: objectives.wavy.defaultStart[0], y: objectives.wavy.defaultStart[1], epsInSqrt: false,
  centered: false, momentum: 0,
});

/** The numeric settings' sliders; values from a link or a typed entry are clamped to them. */
export const comparisonSliders = {
  lr: { min: 1e-3, max: 10, step: 0.01, scale: 'log' },
  gamma: { min: 0, max: 0.999, step: 0.001 },
  eps: { min: 1e-10, max: 1, step: 0.25, scale: 'log' },
  steps: { min: 1, max: 500, step: 1, integer: true },
  momentum: { min: 0, max: 0.99, step: 0.01 },
} as const satisfies Record<'lr' | 'gamma' | 'eps' | 'steps' | 'momentum', SliderSpec>;

/** The query-string keys, in the order a link writes them. */
export const comparisonKeys = ['fn', 'lr', 'gamma', 'eps', 'steps', 'x', 'y', 'epsIn', 'centered', 'momentum'] as const;

/** Both optimizers' whole runs. */
export interface Runs {
  adagrad: SimulateResult;
  rmsprop: SimulateResult;
}

export function compareRuns(settings: ComparisonSettings): Runs {
  const { fn, lr, gamma, eps, steps, x, y, epsInSqrt, centered, momentum } = settings;
  const start: [number, number] = [x, y];
  return {
    adagrad: runOptimizer({ fn, start, steps, optimizer: { name: 'adagrad', lr, eps, epsInSqrt } }),
    rmsprop: runOptimizer({ fn, start, steps, optimizer: { name: 'rmsprop', lr, gamma, eps, epsInSqrt, centered, momentum } }),
  };
}

/** The largest step any view can show: the longer run's length. */
export const lastStep = (runs: Runs) => Math.max(runs.adagrad.points.length, runs.rmsprop.points.length) - 1;

function toObjective(value: unknown): ObjectiveName | undefined {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(objectives, value)
    ? (value as ObjectiveName) : undefined;
}

/**
 * Settings from untrusted values (strings from a URL, numbers from controls): each is checked and
 * clamped on its own; a missing or junk value takes its default and nothing throws. The start point
 * is clamped to the function's view box; without one it is the function's own `defaultStart`.
 */
export function sanitizeSettings(raw: Partial<Record<keyof ComparisonSettings, unknown>>): ComparisonSettings {
  const get = (key: keyof ComparisonSettings): unknown =>
    raw !== null && typeof raw === 'object' && Object.prototype.hasOwnProperty.call(raw, key) ? raw[key] : undefined;
  const number = (key: keyof typeof comparisonSliders): number => {
    const n = toNumber(get(key));
    return n === undefined ? comparisonDefaults[key] : clampTo(comparisonSliders[key], n);
  };
  const fn = toObjective(get('fn')) ?? comparisonDefaults.fn;
  const objective = objectives[fn];
  const [[x0, x1], [y0, y1]] = objective.view;
  const x = toNumber(get('x'));
  const y = toNumber(get('y'));
  return {
    fn,
    lr: number('lr'),
    gamma: number('gamma'),
    eps: number('eps'),
    steps: number('steps'),
    x: x === undefined ? objective.defaultStart[0] : clamp(x, x0, x1),
    y: y === undefined ? objective.defaultStart[1] : clamp(y, y0, y1),
    epsInSqrt: toFlag(get('epsInSqrt')) ?? comparisonDefaults.epsInSqrt,
    centered: toFlag(get('centered')) ?? comparisonDefaults.centered,
    momentum: number('momentum'),
  };
}

/** Reads `?fn=wavy&lr=0.1&…` or an old-style `#fn=wavy&…` link; never throws. */
export function parseSettings(query: unknown): ComparisonSettings {
  if (typeof query !== 'string' || query.length > 1000) return sanitizeSettings({});
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(query.replace(/^[?#]/, ''));
  } catch {
    return sanitizeSettings({});
  }
  const read = (key: string) => params.get(key) ?? undefined;
  return sanitizeSettings({
    fn: read('fn'), lr: read('lr'), gamma: read('gamma'), eps: read('eps'), steps: read('steps'),
    x: read('x'), y: read('y'), epsInSqrt: read('epsIn'), centered: read('centered'), momentum: read('momentum'),
  });
}

/** True when a query or hash carries any of these settings (a section anchor does not). */
export const carriesSettings = (query: string) => {
  const params = new URLSearchParams(query.replace(/^[?#]/, ''));
  return comparisonKeys.some((key) => params.has(key));
};

/** Six significant digits, no trailing zeros: 0.1, 1e-8, -4. Machine-readable, unlike the readouts. */
const short = (v: number) => String(Number(v.toPrecision(6)));

/** The query for the settings, without the '?': parseSettings reads it back to the same settings. */
export function serializeSettings(settings: ComparisonSettings): string {
  const s = sanitizeSettings(settings);
  return [
    `fn=${s.fn}`, `lr=${short(s.lr)}`, `gamma=${short(s.gamma)}`, `eps=${short(s.eps)}`,
    `steps=${s.steps}`, `x=${short(s.x)}`, `y=${short(s.y)}`, `epsIn=${s.epsInSqrt ? 1 : 0}`,
    `centered=${s.centered ? 1 : 0}`, `momentum=${short(s.momentum)}`,
  ].join('&');
}
