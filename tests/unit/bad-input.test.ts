import { describe, expect, it } from 'vitest';
import { ewma, ewmaWeights, halfLife, memoryWindow, simulate } from '../../src/lib';

// Every way a URL, a slider or a caller can hand us junk. 1e400 parses to Infinity.
const junk: unknown[] = ['', 'toString', '__proto__', NaN, Infinity, -Infinity, 1e400, '0.1', null, {}];
const negative: unknown[] = [-1, -1e-300];
const outsideUnit: unknown[] = [1, 1.5, -0.1];

const ok = { fn: 'wavy', optimizer: { name: 'rmsprop' }, start: [-4, 4], steps: 10 };

function run(patch: Record<string, unknown>, optimizer: Record<string, unknown> = {}) {
  return () => simulate({ ...ok, ...patch, optimizer: { ...ok.optimizer, ...optimizer } } as never);
}

interface Case { field: string; optimizer: string; values: unknown[] }

const optimizerFields: Case[] = [
  ...['lr', 'eps', 'momentum', 'weightDecay'].map((field) => ({ field, optimizer: 'rmsprop', values: [...junk, ...negative] })),
  { field: 'lr', optimizer: 'sgd', values: [...junk, ...negative] },
  { field: 'momentum', optimizer: 'sgd', values: [...junk, ...negative] },
  { field: 'lrDecay', optimizer: 'adagrad', values: [...junk, ...negative] },
  { field: 'initialAccumulator', optimizer: 'adagrad', values: [...junk, ...negative] },
  { field: 'gamma', optimizer: 'rmsprop', values: [...junk, ...outsideUnit] },
  { field: 'beta1', optimizer: 'adam', values: [...junk, ...outsideUnit] },
  { field: 'beta2', optimizer: 'adam', values: [...junk, ...outsideUnit] },
  { field: 'centered', optimizer: 'rmsprop', values: ['', 'true', 1, NaN] },
  { field: 'epsInSqrt', optimizer: 'adagrad', values: ['', 'false', 0] },
  { field: 'dampening', optimizer: 'sgd', values: [...junk, ...negative, 1.5] },
  { field: 'amsgrad', optimizer: 'adam', values: ['', 'true', 1] },
  { field: 'amsgrad', optimizer: 'adamw', values: ['', 'true', 1] },
  ...['lr', 'eps', 'weightDecay'].flatMap((field) => ['adamw', 'adadelta', 'nadam', 'radam'].map((optimizer) =>
    ({ field, optimizer, values: [...junk, ...negative] }))),
  ...['beta1', 'beta2'].flatMap((field) => ['adamw', 'nadam', 'radam'].map((optimizer) =>
    ({ field, optimizer, values: [...junk, ...outsideUnit] }))),
  { field: 'rho', optimizer: 'adadelta', values: [...junk, ...outsideUnit] },
  { field: 'momentumDecay', optimizer: 'nadam', values: [...junk, ...negative] },
];

describe.each(optimizerFields)('the $optimizer option $field', ({ field, optimizer, values }) => {
  it.each(values.map((value) => [String(value), value]))('rejects %s, naming the field', (_, value) => {
    expect(run({}, { name: optimizer, [field]: value })).toThrow(new RegExp(`^${field} must be .*, got `));
  });
});

describe('simulate rejects', () => {
  it.each(['', 'toString', '__proto__', 'hasOwnProperty', 'Wavy', NaN, null])('the function %j', (fn) => {
    expect(run({ fn })).toThrow(/^fn must be one of wavy, /);
  });

  it.each([{}, [], { value: () => 0 }, { value: 0, gradient: () => [0, 0] }])('the custom function %j', (fn) => {
    expect(run({ fn })).toThrow(/^fn\.(value|gradient) must be a function \(x, y, t\) => /);
  });

  it('a custom function without a gradient, naming it', () => {
    expect(run({ fn: { value: () => 0, gradient: 'grad' } })).toThrow('fn.gradient must be a function (x, y, t) => [∂f/∂x, ∂f/∂y], got "grad"');
    expect(run({ fn: { gradient: () => [0, 0] } })).toThrow('fn.value must be a function (x, y, t) => f, got undefined');
  });

  it.each(['', 'toString', '__proto__', 'RMSProp', 'AdamW', 'adamax', 7])('the optimizer name %j', (name) => {
    expect(run({}, { name })).toThrow(
      /^optimizer name must be one of sgd, adagrad, rmsprop, adam, adamw, adadelta, nadam, radam, got /);
  });

  it.each([1.5, -1, 100_001, NaN, Infinity, '', '10', 1e400])('the step count %j', (steps) => {
    expect(run({ steps })).toThrow(/^steps must be an integer in 0…100000, got /);
  });

  it.each([[[NaN, 0]], [[0, Infinity]], [[1e400, 0]], [[0]], [[0, 0, 0]], ['toString'], [''], [null], [['1', '2']]])(
    'the start %j', (start) => {
      expect(run({ start })).toThrow(/^start must be two finite numbers \[x, y\], got /);
    });

  it('an option that belongs to another optimizer', () => {
    expect(run({}, { alpha: 0.9 })).toThrow('alpha is not an option of rmsprop');
    expect(run({}, { name: 'sgd', gamma: 0.9 })).toThrow('gamma is not an option of sgd');
  });

  it('Nesterov without momentum or with dampening, as PyTorch does', () => {
    expect(run({}, { name: 'sgd', lr: 0.1, nesterov: true })).toThrow(/^nesterov needs momentum > 0/);
    expect(run({}, { name: 'sgd', lr: 0.1, momentum: 0.9, dampening: 0.1, nesterov: true }))
      .toThrow('nesterov needs dampening 0, got dampening 0.1');
  });

  it('a missing optimizer', () => {
    expect(() => simulate({ ...ok, optimizer: undefined } as never)).toThrow(/^optimizer must be an object/);
  });
});

interface ScheduleCase { name: string; field: string; valid: Record<string, unknown>; values: unknown[] }

const scheduleFields: ScheduleCase[] = [
  { name: 'step', field: 'stepSize', valid: { stepSize: 5 }, values: [...junk, 0, -1, 2.5, 100_001, undefined] },
  { name: 'step', field: 'gamma', valid: { stepSize: 5 }, values: [...junk, -0.1, 1.5] },
  { name: 'exponential', field: 'gamma', valid: { gamma: 0.9 }, values: [...junk, -0.1, 1.01, undefined] },
  { name: 'cosine', field: 'tMax', valid: { tMax: 10 }, values: [...junk, 0, -3, 1.5, 100_001, undefined] },
  { name: 'cosine', field: 'etaMin', valid: { tMax: 10 }, values: [...junk, ...negative] },
  { name: 'warmupCosine', field: 'warmupSteps', valid: { warmupSteps: 5, tMax: 10 }, values: [...junk, -1, 0.5, undefined] },
  { name: 'warmupCosine', field: 'startFactor', valid: { warmupSteps: 5, tMax: 10 }, values: [...junk, 0, -0.5, 1.5] },
  { name: 'warmupCosine', field: 'tMax', valid: { warmupSteps: 5, tMax: 10 }, values: [...junk, 0, undefined] },
  { name: 'warmupCosine', field: 'etaMin', valid: { warmupSteps: 5, tMax: 10 }, values: [...junk, ...negative] },
];

describe.each(scheduleFields)('the $name schedule\'s $field', ({ name, field, valid, values }) => {
  it.each(values.map((value) => [String(value), value]))('rejects %s, naming the field', (_, value) => {
    expect(run({ schedule: { name, ...valid, [field]: value } })).toThrow(new RegExp(`^${field} must be .*, got `));
  });
});

describe('simulate rejects a schedule', () => {
  it.each(['', 'toString', '__proto__', 'cosineAnnealing', 'Step', 7, undefined])('named %j', (name) => {
    expect(run({ schedule: { name } })).toThrow(/^schedule name must be one of constant, step, exponential, cosine, warmupCosine, got /);
  });

  it.each([null, 'cosine', 3])('that is not an object: %j', (schedule) => {
    expect(run({ schedule })).toThrow(/^schedule must be an object with a name, got /);
  });

  it('with a field of another schedule', () => {
    expect(run({ schedule: { name: 'cosine', tMax: 10, gamma: 0.5 } })).toThrow('gamma is not an option of cosine');
    expect(run({ schedule: { name: 'constant', tMax: 10 } })).toThrow('tMax is not an option of constant');
  });
});

describe('simulate rejects noise', () => {
  it.each([...junk, ...negative, undefined])('with σ = %j, naming sigma', (sigma) => {
    expect(run({ noise: { sigma, seed: 1 } })).toThrow(/^sigma must be a finite number ≥ 0, got /);
  });

  it.each([...junk, -1, 0.5, 2 ** 32])('with the seed %j, naming seed', (seed) => {
    expect(run({ noise: { sigma: 1, seed } })).toThrow(/^seed must be an integer in 0…4294967295, got /);
  });

  it('with an unknown field or not an object', () => {
    expect(run({ noise: { sigma: 1, mean: 0 } })).toThrow('mean is not an option of noise');
    expect(run({ noise: { sigma: 1, name: 'gauss' } })).toThrow('name is not an option of noise');
    expect(run({ noise: 0.5 })).toThrow('noise must be an object { sigma, seed }, got 0.5');
    expect(run({ noise: null })).toThrow('noise must be an object { sigma, seed }, got null');
  });
});

describe('simulate rejects a typed function', () => {
  it.each([
    ['x +', 'expr: unexpected end at column 4'],
    ['constructor', 'expr: unknown name "constructor" at column 1'],
    ['__proto__', 'expr: unknown name "__proto__" at column 1'],
    ['alert(1)', 'expr: unknown name "alert" at column 1'],
  ])('%j, naming expr and the column', (expr, message) => {
    expect(run({ fn: { expr } })).toThrow(message);
  });

  it('that is not a string', () => {
    expect(run({ fn: { expr: 42 } })).toThrow('expr must be a string, got number');
  });
});

describe('error messages', () => {
  it('name the field and show the value as given', () => {
    expect(run({}, { lr: -1 })).toThrow('lr must be a finite number ≥ 0, got -1');
    expect(run({}, { gamma: 1 })).toThrow('gamma must be a number in [0, 1), got 1');
    expect(run({}, { eps: '' })).toThrow('eps must be a finite number ≥ 0, got ""');
    expect(run({}, { lr: 1e400 })).toThrow('lr must be a finite number ≥ 0, got Infinity');
  });
});

describe('the EWMA helpers reject', () => {
  it.each([NaN, 1, -0.5, '0.9', Infinity])('the decay %j', (beta) => {
    expect(() => ewma([1, 2], beta as number)).toThrow(/^beta must be a number in \[0, 1\), got /);
    expect(() => ewmaWeights(beta as number, 3)).toThrow(/^beta must be/);
    expect(() => memoryWindow(beta as number)).toThrow(/^beta must be/);
    expect(() => halfLife(beta as number)).toThrow(/^beta must be/);
  });

  it('a series with a non-finite value and a bad count', () => {
    expect(() => ewma([1, NaN], 0.9)).toThrow(/^series must be an array of finite numbers/);
    expect(() => ewmaWeights(0.9, -1)).toThrow(/^count must be an integer/);
  });
});
