/**
 * The playground's facts, read by its markup (build time), its element (browser) and its tests:
 * the setup a race is made of, its defaults and limits, every optimizer's and schedule's
 * hyper-parameters, and how the setup travels in the query string. Pure: no DOM.
 */
import {
  expressionError, MAX_SEED, objectives, optimizerNames, resolveOptimizer, resolveSchedule, scheduleNames,
  type ObjectiveName, type OptimizerName, type OptimizerOptions, type ScheduleName, type ScheduleOptions, type Vec2,
} from '../../lib/index.ts';
import { fill } from '../kit/format.ts';
import { exactNumber, toFlag, toNumber } from '../kit/query-values.ts';
import { clamp, clampTo, type SliderSpec } from '../kit/slider.ts';
import type { UnsupportedOption } from './torch-optimizer-code.ts';
import type { Unsupported } from './torch-script.ts';

/** One racer: an optimizer with every option filled in (PyTorch's defaults where none is given). */
export type Racer = Required<OptimizerOptions>;

/** A built-in test function by name, or a formula in x and y typed by the reader. */
export type FunctionChoice = ObjectiveName | { expr: string };

/** Everything a race is made of: what the page shows, the link carries and the PyTorch code runs. */
export interface PlaygroundSetup {
  /** The function raced on. @default 'rosenbrock' */
  fn: FunctionChoice;
  /** The region plotted (contours, start point): [[xMin, xMax], [yMin, yMax]]. @default the function's own */
  view: [Vec2, Vec2];
  /** Where every racer starts, inside the view. @default the function's own start */
  start: Vec2;
  /** Steps each racer takes, 1…1000. @default 500 */
  steps: number;
  /** The learning-rate schedule, one scheduler per racer as in PyTorch. @default constant */
  schedule: Required<ScheduleOptions>;
  /** Gaussian noise on every gradient; σ = 0 is none. @default σ 0, seed 0 */
  noise: { sigma: number; seed: number };
  /** One to six optimizers, in race order (which sets colour, dash and marker). */
  racers: Racer[];
}

export const MIN_RACERS = 1;
export const MAX_RACERS = 6;

/** The optimizers' names as the site writes them (the same in both languages). */
export const OPTIMIZER_LABELS: Record<OptimizerName, string> = {
  sgd: 'SGD', adagrad: 'AdaGrad', rmsprop: 'RMSProp', adam: 'Adam',
  adamw: 'AdamW', adadelta: 'AdaDelta', nadam: 'NAdam', radam: 'RAdam',
};

/** The order "Add optimizer" picks from: the first one not yet racing. */
export const ADD_ORDER: readonly OptimizerName[] = ['sgd', 'rmsprop', 'adam', 'adamw', 'nadam', 'radam', 'adagrad', 'adadelta'];

/**
 * A hyper-parameter the reader can set: a number in a range, or a flag. `torch` is the keyword the
 * page shows; a switch torch.optim lacks (`notInTorch`) shows Optax's keyword for it instead.
 */
export type ParamSpec =
  | { key: string; torch: string; kind: 'number'; min: number; max: number; integer?: boolean }
  | { key: string; torch: string; kind: 'flag'; notInTorch?: true };

const num = (key: string, torch: string, min: number, max: number, integer = false): ParamSpec =>
  ({ key, torch, kind: 'number', min, max, integer });
const flag = (key: string, torch: string): ParamSpec => ({ key, torch, kind: 'flag' });
// The library's variants other frameworks use (FACTS.md), shown by Optax rmsprop's keywords: PyTorch cannot
// follow them, and the note under the code says so.
const variant = (key: 'epsInSqrt' | 'biasCorrection', optax: string): ParamSpec => ({ key, torch: optax, kind: 'flag', notInTorch: true });
const epsInSqrt = variant('epsInSqrt', 'eps_in_sqrt');

// The library's option names with PyTorch's keyword beside each (the label the reader sees, since
// the code they take to PyTorch uses it). Ranges are what the library accepts, cut to what a plane needs.
const lr = num('lr', 'lr', 0, 10);
const eps = num('eps', 'eps', 0, 1);
const weightDecay = num('weightDecay', 'weight_decay', 0, 1);
const betas = [num('beta1', 'betas[0]', 0, 0.9999), num('beta2', 'betas[1]', 0, 0.9999)];

/** Every optimizer's PyTorch hyper-parameters, in the order `torch.optim` lists them. */
export const OPTIMIZER_PARAMS: Record<OptimizerName, readonly ParamSpec[]> = {
  sgd: [lr, num('momentum', 'momentum', 0, 1), num('dampening', 'dampening', 0, 1), weightDecay, flag('nesterov', 'nesterov')],
  adagrad: [lr, num('lrDecay', 'lr_decay', 0, 1), weightDecay, num('initialAccumulator', 'initial_accumulator_value', 0, 10), eps, epsInSqrt],
  rmsprop: [lr, num('gamma', 'alpha', 0, 0.9999), eps, weightDecay, num('momentum', 'momentum', 0, 1), flag('centered', 'centered'),
    epsInSqrt, variant('biasCorrection', 'bias_correction')],
  adam: [lr, ...betas, eps, weightDecay, flag('amsgrad', 'amsgrad')],
  adamw: [lr, ...betas, eps, weightDecay, flag('amsgrad', 'amsgrad')],
  adadelta: [lr, num('rho', 'rho', 0, 0.9999), eps, weightDecay],
  nadam: [lr, ...betas, eps, weightDecay, num('momentumDecay', 'momentum_decay', 0, 1)],
  radam: [lr, ...betas, eps, weightDecay],
};

/** Every schedule's parameters, with PyTorch's keywords. */
export const SCHEDULE_PARAMS: Record<ScheduleName, readonly ParamSpec[]> = {
  constant: [],
  step: [num('stepSize', 'step_size', 1, 1000, true), num('gamma', 'gamma', 0, 1)],
  exponential: [num('gamma', 'gamma', 0, 1)],
  cosine: [num('tMax', 'T_max', 1, 1000, true), num('etaMin', 'eta_min', 0, 10)],
  warmupCosine: [
    num('warmupSteps', 'total_iters', 0, 1000, true), num('startFactor', 'start_factor', 0.001, 1),
    num('tMax', 'T_max', 1, 1000, true), num('etaMin', 'eta_min', 0, 10),
  ],
};

/** A schedule with the parameters it starts with when picked: PyTorch's defaults, and the run's length for T_max. */
export function scheduleDefaults(name: ScheduleName, steps: number): Required<ScheduleOptions> {
  const warmup = Math.min(50, Math.floor(steps / 5));
  const given: Record<ScheduleName, ScheduleOptions> = {
    constant: { name: 'constant' },
    step: { name: 'step', stepSize: Math.max(1, Math.round(steps / 5)) },
    exponential: { name: 'exponential', gamma: 0.99 },
    cosine: { name: 'cosine', tMax: steps },
    warmupCosine: { name: 'warmupCosine', warmupSteps: warmup, tMax: Math.max(1, steps - warmup) },
  };
  return resolveSchedule(given[name]);
}

/** The built-in functions written in the formula grammar, so the text box shows what is raced. */
export const BUILTIN_FORMULAS: Record<ObjectiveName, string> = {
  wavy: '0.1*x^2 + 2*y^2 + sin(x)*cos(y)',
  quadratic: '0.5*x^2 + 12.5*y^2',
  rosenbrock: '(1 - x)^2 + 100*(y - x^2)^2',
  beale: '(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2',
  himmelblau: '(x^2 + y - 11)^2 + (x + y^2 - 7)^2',
  saddle: '0.5*x^2 - y^2 + 0.25*y^4',
};

/** The view a typed formula gets until the reader sets one. */
export const TYPED_VIEW: [Vec2, Vec2] = [[-3, 3], [-3, 3]];
/** A view's bounds stay within ±VIEW_LIMIT and at least MIN_SPAN wide. */
export const VIEW_LIMIT = 1000;
export const MIN_SPAN = 0.01;

export const SLIDERS = {
  steps: { min: 1, max: 1000, step: 1, integer: true },
  sigma: { min: 0, max: 10, step: 0.01 },
} as const satisfies Record<string, SliderSpec>;

/** The race a reader first sees: momentum carries SGD down Rosenbrock's valley first; Adam and RMSProp follow slower. */
export const DEFAULT_SETUP: Readonly<PlaygroundSetup> = Object.freeze({
  fn: 'rosenbrock',
  view: defaultView('rosenbrock'),
  start: defaultStart('rosenbrock', defaultView('rosenbrock')),
  steps: 500,
  schedule: resolveSchedule({ name: 'constant' }),
  noise: { sigma: 0, seed: 0 },
  racers: [
    resolveOptimizer({ name: 'sgd', lr: 0.002, momentum: 0.9 }),
    resolveOptimizer({ name: 'rmsprop', lr: 0.01 }),
    resolveOptimizer({ name: 'adam', lr: 0.1 }),
  ],
});

/** The formula the text box shows for a function. */
export const formulaOf = (fn: FunctionChoice): string => (typeof fn === 'string' ? BUILTIN_FORMULAS[fn] : fn.expr);

/** The view a function gets by default: a named function's own, a typed one TYPED_VIEW. */
export function defaultView(fn: FunctionChoice): [Vec2, Vec2] {
  const [[x0, x1], [y0, y1]] = typeof fn === 'string' ? objectives[fn].view : TYPED_VIEW;
  return [[x0, x1], [y0, y1]];
}

/** Where a run starts by default: a named function's own start, else near the view's top-left corner. */
export function defaultStart(fn: FunctionChoice, [[x0, x1], [y0, y1]]: [Vec2, Vec2]): Vec2 {
  if (typeof fn === 'string') return [clamp(objectives[fn].defaultStart[0], x0, x1), clamp(objectives[fn].defaultStart[1], y0, y1)];
  return [x0 + 0.1 * (x1 - x0), y0 + 0.9 * (y1 - y0)];
}

/** A racer with PyTorch's defaults for its optimizer. */
export const torchDefaults = (name: OptimizerName): Racer => resolveOptimizer({ name } as OptimizerOptions);

// ---------- untrusted values → a valid setup ----------

const own = (raw: unknown, key: string): unknown =>
  raw !== null && typeof raw === 'object' && Object.prototype.hasOwnProperty.call(raw, key) ? (raw as Record<string, unknown>)[key] : undefined;

const isName = <T extends string>(names: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (names as readonly string[]).includes(value);

/** A parameter's value from anything: clamped into its range, or undefined (keep the default). */
function paramValue(spec: ParamSpec, value: unknown): number | boolean | undefined {
  if (spec.kind === 'flag') return toFlag(value);
  const n = toNumber(value);
  if (n === undefined) return undefined;
  const v = clamp(n, spec.min, spec.max);
  return spec.integer ? Math.round(v) : v;
}

/** A racer's (or schedule's) option by key, for code that walks the specs. */
export const paramOf = (options: object, key: string): unknown => (options as Record<string, unknown>)[key];

/** Fills `base` with the given fields that `specs` allow, each checked and clamped. */
function withParams<T extends object>(base: T, specs: readonly ParamSpec[], raw: unknown): T {
  const result = { ...base } as Record<string, unknown>;
  for (const spec of specs) {
    const value = paramValue(spec, own(raw, spec.key));
    if (value !== undefined) result[spec.key] = value;
  }
  return result as T;
}

/** A racer from untrusted fields: an unknown optimizer is undefined; bad fields take PyTorch's defaults. */
export function sanitizeRacer(raw: unknown): Racer | undefined {
  const name = own(raw, 'name');
  if (!isName(optimizerNames, name)) return undefined;
  const racer = withParams(torchDefaults(name), OPTIMIZER_PARAMS[name], raw) as Racer & Record<string, unknown>;
  // PyTorch's rule: Nesterov needs momentum and no dampening; a link that breaks it gets plain momentum.
  if (racer.name === 'sgd' && racer.nesterov && (racer.momentum === 0 || racer.dampening !== 0)) racer.nesterov = false;
  return resolveOptimizer(racer);
}

function sanitizeFunction(raw: unknown): FunctionChoice | undefined {
  if (isName(Object.keys(objectives) as ObjectiveName[], raw)) return raw;
  const expr = own(raw, 'expr');
  return typeof expr === 'string' && expressionError(expr) === null ? { expr } : undefined;
}

function sanitizeView(raw: unknown): [Vec2, Vec2] | undefined {
  if (!Array.isArray(raw) || raw.length !== 2) return undefined;
  const range = (r: unknown): Vec2 | undefined => {
    if (!Array.isArray(r) || r.length !== 2) return undefined;
    const lo = toNumber(r[0]);
    const hi = toNumber(r[1]);
    if (lo === undefined || hi === undefined) return undefined;
    const a = clamp(lo, -VIEW_LIMIT, VIEW_LIMIT - MIN_SPAN);
    return [a, clamp(hi, a + MIN_SPAN, VIEW_LIMIT)];
  };
  const x = range(raw[0]);
  const y = range(raw[1]);
  return x && y ? [x, y] : undefined;
}

function sanitizeSchedule(raw: unknown, steps: number): Required<ScheduleOptions> {
  const name = own(raw, 'name');
  if (!isName(scheduleNames, name)) return scheduleDefaults('constant', steps);
  return resolveSchedule(withParams(scheduleDefaults(name, steps), SCHEDULE_PARAMS[name], raw));
}

/**
 * A setup from untrusted values (a link, the controls): each field is checked and clamped on its
 * own, a missing or junk one takes its default, and nothing throws. The start is clamped into the
 * view; racers beyond six are dropped, and a race with none valid is the default race.
 */
export function sanitizeSetup(raw: unknown): PlaygroundSetup {
  const fn = sanitizeFunction(own(raw, 'fn')) ?? DEFAULT_SETUP.fn;
  const view = sanitizeView(own(raw, 'view')) ?? defaultView(fn);
  const [[x0, x1], [y0, y1]] = view;
  const start = own(raw, 'start');
  const sx = toNumber(Array.isArray(start) ? start[0] : undefined);
  const sy = toNumber(Array.isArray(start) ? start[1] : undefined);
  const fallback = defaultStart(fn, view);
  const steps = clampTo(SLIDERS.steps, toNumber(own(raw, 'steps')) ?? DEFAULT_SETUP.steps);
  const noise = own(raw, 'noise');
  const sigma = toNumber(own(noise, 'sigma'));
  const seed = toNumber(own(noise, 'seed'));
  const givenRacers = own(raw, 'racers');
  const racers = (Array.isArray(givenRacers) ? givenRacers.slice(0, MAX_RACERS) : [])
    .map(sanitizeRacer).filter((r): r is Racer => r !== undefined);
  return {
    fn,
    view,
    start: sx === undefined || sy === undefined ? fallback : [clamp(sx, x0, x1), clamp(sy, y0, y1)],
    steps,
    schedule: sanitizeSchedule(own(raw, 'schedule'), steps),
    noise: {
      sigma: sigma === undefined ? 0 : clampTo(SLIDERS.sigma, sigma),
      seed: seed === undefined ? 0 : Math.round(clamp(seed, 0, MAX_SEED)),
    },
    racers: racers.length >= MIN_RACERS ? racers : DEFAULT_SETUP.racers.map((r) => ({ ...r })),
  };
}

// ---------- racers in and out ----------

/** The race with one more racer (the first optimizer from ADD_ORDER not racing yet, PyTorch's defaults); at most six. */
export function addRacer(setup: PlaygroundSetup): PlaygroundSetup {
  if (setup.racers.length >= MAX_RACERS) return setup;
  const racing = new Set(setup.racers.map((r) => r.name));
  const name = ADD_ORDER.find((n) => !racing.has(n)) ?? 'adam';
  return { ...setup, racers: [...setup.racers, torchDefaults(name)] };
}

/** The race without racer `index`; the last one stays. */
export function removeRacer(setup: PlaygroundSetup, index: number): PlaygroundSetup {
  if (setup.racers.length <= MIN_RACERS || !(index >= 0 && index < setup.racers.length)) return setup;
  return { ...setup, racers: setup.racers.filter((_, i) => i !== index) };
}

/** The race with racer `index` changed: a new optimizer starts from its PyTorch defaults, a field is clamped. */
export function editRacer(setup: PlaygroundSetup, index: number, change: { name?: OptimizerName; key?: string; value?: unknown }): PlaygroundSetup {
  const old = setup.racers[index];
  if (!old) return setup;
  const next = change.name !== undefined && change.name !== old.name
    ? torchDefaults(change.name)
    : sanitizeRacer({ ...old, ...(change.key === undefined ? {} : { [change.key]: change.value }) }) ?? old;
  return { ...setup, racers: setup.racers.map((r, i) => (i === index ? next : r)) };
}

/** '1 · SGD': a racer's place and optimizer, as the legend, table, status and controls name it. */
export const racerName = (racer: Racer, index: number) => `${index + 1} · ${OPTIMIZER_LABELS[racer.name]}`;

/** The racer's options that differ from PyTorch's defaults, with PyTorch's keywords: lr always. */
export function changedParams(racer: Racer): { torch: string; value: number | boolean }[] {
  const defaults = torchDefaults(racer.name);
  return OPTIMIZER_PARAMS[racer.name]
    .filter((spec) => spec.key === 'lr' || paramOf(racer, spec.key) !== paramOf(defaults, spec.key))
    .map((spec) => ({ torch: spec.torch, value: paramOf(racer, spec.key) as number | boolean }));
}

// ---------- the query string ----------

/** The query keys the playground reads; a link with any of them carries a setup. */
export const QUERY_KEYS = ['fn', 'expr', 'view', 'x', 'y', 'steps', 'lrs', 'sigma', 'seed', 'r'] as const;

/** Longer than this, a query is not one the page wrote: it is ignored whole. */
export const MAX_QUERY_LENGTH = 6000;

/** 'name,key=value,…' → { name, key: value, … }, with own keys only (a '__proto__' key is just a key). */
function readRecord(text: string): Record<string, string> {
  const [name, ...pairs] = text.split(',');
  const record: Record<string, string> = Object.create(null);
  record.name = name;
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at > 0) record[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return record;
}

const writeRecord = (name: string, fields: [string, number | boolean][]) =>
  [name, ...fields.map(([key, value]) => `${key}=${typeof value === 'boolean' ? (value ? 1 : 0) : exactNumber(value)}`)].join(',');

/**
 * Reads `?fn=rosenbrock&steps=500&r=sgd,lr=0.002,momentum=0.9&r=adam,lr=0.1…`; never throws. A query
 * longer than MAX_QUERY_LENGTH, or one URLSearchParams cannot read, gives the default setup.
 */
export function parseSetup(query: unknown): PlaygroundSetup {
  if (typeof query !== 'string' || query.length > MAX_QUERY_LENGTH) return sanitizeSetup({});
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(query.replace(/^[?#]/, ''));
  } catch {
    return sanitizeSetup({});
  }
  const read = (key: string) => params.get(key) ?? undefined;
  const expr = read('expr');
  const view = read('view')?.split(',');
  return sanitizeSetup({
    fn: expr !== undefined ? { expr } : read('fn'),
    view: view?.length === 4 ? [[view[0], view[1]], [view[2], view[3]]] : undefined,
    start: [read('x'), read('y')],
    steps: read('steps'),
    schedule: readRecord(read('lrs') ?? ''),
    noise: { sigma: read('sigma'), seed: read('seed') },
    racers: params.getAll('r').slice(0, MAX_RACERS).map(readRecord),
  });
}

/** The query for a setup, without the '?': parseSetup reads it back to the same setup, bit for bit. */
export function serializeSetup(given: PlaygroundSetup): string {
  const s = sanitizeSetup(given);
  const parts: string[] = [];
  parts.push(typeof s.fn === 'string' ? `fn=${s.fn}` : `expr=${encodeURIComponent(s.fn.expr)}`);
  parts.push(`view=${s.view.flat().map(exactNumber).join(',')}`);
  parts.push(`x=${exactNumber(s.start[0])}`, `y=${exactNumber(s.start[1])}`, `steps=${s.steps}`);
  parts.push(`lrs=${writeRecord(s.schedule.name, SCHEDULE_PARAMS[s.schedule.name].map((spec) => [spec.key, paramOf(s.schedule, spec.key) as number]))}`);
  parts.push(`sigma=${exactNumber(s.noise.sigma)}`, `seed=${s.noise.seed}`);
  for (const racer of s.racers) {
    const defaults = torchDefaults(racer.name);
    const changed = OPTIMIZER_PARAMS[racer.name].filter((spec) => paramOf(racer, spec.key) !== paramOf(defaults, spec.key));
    parts.push(`r=${writeRecord(racer.name, changed.map((spec) => [spec.key, paramOf(racer, spec.key) as number | boolean]))}`);
  }
  return parts.join('&');
}

// ---------- what the element is told ----------

/** Text the server renders into `data-labels`, in the page's language. */
export interface PlaygroundLabels {
  play: string;
  pause: string;
  copied: string;
  copyFailed: string;
  /** '{name}, step {t}: ({x}, {y}), f = {f}' */
  readout: string;
  /** '{name} diverged at step {k}' */
  diverged: string;
  /** The table's steps cell for a run the library stopped: 'diverged at step {k}' */
  divergedCell: string;
  /** Between two status messages: '; ' or '；'. */
  joiner: string;
  /** 'Formula error at column {column}: {detail}' */
  formulaError: string;
  /** The built-in select's entry for a typed formula. */
  ownFormula: string;
  /** The remove button; the racer's name follows, for screen readers. */
  remove: string;
  /** '{name} joined the race' / '{name} left the race' */
  added: string;
  removed: string;
  /** The racer card's optimizer select. */
  optimizer: string;
  /** Axis titles. */
  step: string;
  loss: string;
  lossLog: string;
  lr: string;
  /** A view box whose minimum is not below its maximum. */
  badView: string;
  /** The start point's legend entry. */
  start: string;
  /** Under the PyTorch code, when torchUnsupported lists something: '… : {list}.' */
  unsupported: string;
  /** One item of that list: '{racer}', '{optimizer}' (torch's class) and '{what}'. */
  unsupportedItem: string;
  /** What each option torch lacks means, in the page's language. */
  unsupportedOption: Record<UnsupportedOption, string>;
  /** Beside a switch torch lacks: '(not in PyTorch)'. */
  notInTorch: string;
}

/** The note under the PyTorch code, in the page's language; '' when torch can run the race. */
export function unsupportedNote(labels: PlaygroundLabels, unsupported: readonly Unsupported[]): string {
  const items = unsupported.map(({ racer, className, option }) =>
    fill(labels.unsupportedItem, { racer, optimizer: className, what: labels.unsupportedOption[option] }));
  return items.length === 0 ? '' : fill(labels.unsupported, { list: items.join(labels.joiner) });
}

/** The setup in the form `torchScript` takes (see torch-script.ts): noise only when σ > 0. */
export function toRaceSetup(setup: PlaygroundSetup) {
  return {
    fn: setup.fn,
    start: setup.start,
    steps: setup.steps,
    schedule: setup.schedule,
    noise: setup.noise.sigma > 0 ? { ...setup.noise } : null,
    racers: setup.racers,
  };
}
