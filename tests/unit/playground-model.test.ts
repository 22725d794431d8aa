import { describe, expect, it } from 'vitest';
import { compileExpression, objectiveNames, objectives, optimizerNames, resolveOptimizer } from '../../src/lib';
import { finalRow, racerCard, settingsText } from '../../src/widgets/playground/markup';
import {
  addRacer, BUILTIN_FORMULAS, DEFAULT_SETUP, editRacer, MAX_QUERY_LENGTH, MAX_RACERS, parseSetup, removeRacer,
  sanitizeSetup, serializeSetup, toRaceSetup, unsupportedNote, type PlaygroundSetup,
} from '../../src/widgets/playground/model';
import { finalLossText, raceCsv, runRace } from '../../src/widgets/playground/race';
import { TEXT } from '../../src/widgets/playground/text';
import { torchUnsupported } from '../../src/widgets/playground/torch-script';

const defaults = sanitizeSetup({});
const labels = TEXT.en.labels;

/** A setup that uses every kind of field: a typed formula, its own view, a schedule, noise, six racers. */
const busy: PlaygroundSetup = sanitizeSetup({
  fn: { expr: 'sin(x)*cos(y) + 0.1*(x^2 + y^2)' },
  view: [[-3, 3], [-2.5, 2.5]],
  start: [2.5, -1.5],
  steps: 300,
  schedule: { name: 'warmupCosine', warmupSteps: 30, startFactor: 0.25, tMax: 270, etaMin: 1e-4 },
  noise: { sigma: 0.1, seed: 42 },
  racers: [
    { name: 'sgd', lr: 0.05, momentum: 0.9, nesterov: true },
    { name: 'rmsprop', lr: 0.01, gamma: 0.9, centered: true },
    { name: 'adam', lr: 0.05, amsgrad: true },
    { name: 'adamw', lr: 0.05, weightDecay: 0.1 },
    { name: 'nadam', lr: 0.02, momentumDecay: 0.01 },
    { name: 'adadelta', lr: 1, rho: 0.95 },
  ],
});

describe('the default race', () => {
  it('is SGD with momentum, RMSProp and Adam on Rosenbrock from its own start', () => {
    expect(defaults.fn).toBe('rosenbrock');
    expect(defaults.start).toEqual([-1.5, 2]);
    expect(defaults.racers.map((r) => r.name)).toEqual(['sgd', 'rmsprop', 'adam']);
    expect(defaults.racers[0]).toMatchObject({ momentum: 0.9 });
  });

  it('reaches a finite loss with every racer, none diverging', () => {
    const race = runRace(defaults);
    for (const run of race.runs) {
      expect(run.divergedAt).toBeNull();
      expect(Number.isFinite(run.loss.at(-1))).toBe(true);
    }
    expect(race.last).toBe(500);
    expect(race.logLoss).toBe(true);
  });
});

describe('the built-in formulas', () => {
  it.each(objectiveNames)('%s in the grammar computes the library’s own function', (name) => {
    const typed = compileExpression(BUILTIN_FORMULAS[name]);
    const [[x0, x1], [y0, y1]] = objectives[name].view;
    for (const [u, v] of [[0.13, 0.71], [0.5, 0.5], [0.92, 0.08]]) {
      const x = x0 + u * (x1 - x0);
      const y = y0 + v * (y1 - y0);
      const want = objectives[name].value(x, y);
      expect(Math.abs(typed.value(x, y) - want)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(want)));
    }
  });
});

describe('the setup in the query string', () => {
  it('writes the default race as a short, readable link', () => {
    expect(serializeSetup(defaults)).toBe(
      'fn=rosenbrock&view=-2,2,-1,3&x=-1.5&y=2&steps=500&lrs=constant&sigma=0&seed=0&r=sgd,lr=0.002,momentum=0.9&r=rmsprop&r=adam,lr=0.1');
  });

  it('round-trips every field exactly, a typed formula and all six racers included', () => {
    expect(parseSetup(serializeSetup(busy))).toEqual(busy);
    expect(parseSetup(`?${serializeSetup(defaults)}`)).toEqual(defaults);
  });

  it('keeps numbers to the last bit (no rounding to a few digits)', () => {
    const exact = sanitizeSetup({ ...defaults, start: [0.1 + 0.2, -1 / 3], racers: [{ name: 'adam', lr: 1 / 7 }] });
    const back = parseSetup(serializeSetup(exact));
    expect(back.start).toEqual([0.1 + 0.2, -1 / 3]);
    expect(back.racers[0].lr).toBe(1 / 7);
  });

  it('carries a formula with every character the grammar takes', () => {
    const expr = '-x^2 + 2^-y*(e + pi)/sqrt(abs(tanh(x) - 1e-3)) + log(1 + exp(-y))';
    expect(parseSetup(serializeSetup(sanitizeSetup({ ...defaults, fn: { expr } }))).fn).toEqual({ expr });
  });

  const hostile: [string, unknown][] = [
    ['junk', '%%%&&==&r=&r=,,,&lrs=,'],
    ['an overflowing number', 'steps=1e400&x=1e400&y=-1e400&sigma=1e400&seed=1e400&view=1e400,1,2,3'],
    ['NaN everywhere', 'steps=NaN&x=NaN&y=NaN&sigma=NaN&seed=NaN&view=NaN,NaN,NaN,NaN&lrs=step,stepSize=NaN'],
    ['__proto__ as a key and a name', '__proto__=1&constructor=2&fn=__proto__&r=__proto__&lrs=__proto__,tMax=1'],
    ['an inherited name', 'fn=toString&r=hasOwnProperty&lrs=valueOf'],
    ['a formula that is not one', 'expr=alert(1)'],
    ['a formula naming outside the grammar', 'expr=constructor%2Bx'],
    ['a query of 20 KB', `fn=wavy&steps=7&${'x'.repeat(20_000)}`],
    ['a query just over the cap', `fn=wavy&${'y'.repeat(MAX_QUERY_LENGTH)}`],
    ['no string at all', undefined],
    ['an object', { fn: 'wavy' }],
  ];
  it.each(hostile)('falls back to the default race for %s, without throwing', (_, query) => {
    expect(() => parseSetup(query)).not.toThrow();
    const setup = parseSetup(query);
    expect({ ...setup, schedule: { name: setup.schedule.name } }).toEqual({ ...defaults, schedule: { name: setup.schedule.name } });
    expect(Object.getPrototypeOf(setup)).toBe(Object.prototype);
  });

  it('gives a racer’s overflowing or NaN field PyTorch’s default, keeping the racer', () => {
    const setup = parseSetup('r=adam,lr=1e400,eps=NaN&r=sgd,momentum=-Infinity');
    expect(setup.racers).toEqual([resolveOptimizer({ name: 'adam' }), resolveOptimizer({ name: 'sgd' })]);
    expect(parseSetup('lrs=step,stepSize=NaN').schedule).toEqual({ name: 'step', stepSize: 100, gamma: 0.1 });
  });

  it('keeps what is valid beside what is not', () => {
    const setup = parseSetup('fn=beale&steps=abc&r=adam,lr=0.05,beta1=2,__proto__=1&r=nonsense&r=sgd,nesterov=1');
    expect(setup.fn).toBe('beale');
    expect(setup.steps).toBe(500);
    expect(setup.racers.map((r) => r.name)).toEqual(['adam', 'sgd']);
    expect(setup.racers[0]).toEqual(resolveOptimizer({ name: 'adam', lr: 0.05, beta1: 0.9999 }));
    // Nesterov needs momentum (PyTorch's rule): a link without it gets plain SGD, not an error.
    expect(setup.racers[1]).toMatchObject({ nesterov: false });
  });

  const clamped: [string, string, (s: PlaygroundSetup) => unknown, unknown][] = [
    ['too many steps', 'steps=100000', (s) => s.steps, 1000],
    ['a fractional step count', 'steps=12.6', (s) => s.steps, 13],
    ['a negative σ', 'sigma=-1', (s) => s.noise.sigma, 0],
    ['a huge σ', 'sigma=1e9', (s) => s.noise.sigma, 10],
    ['a seed past 2³² − 1', 'seed=1e12', (s) => s.noise.seed, 4294967295],
    ['a start outside the view', 'fn=wavy&x=1e6&y=-1e6', (s) => s.start, [5, -5]],
    ['a view beyond ±1000', 'view=-1e9,1e9,5,4', (s) => s.view, [[-1000, 1000], [5, 5.01]]],
    ['a learning rate over 10', 'r=sgd,lr=1e6', (s) => s.racers[0].lr, 10],
    ['β₂ = 1', 'r=adam,beta2=1', (s) => (s.racers[0] as { beta2: number }).beta2, 0.9999],
    ['a T_max past 1000', 'lrs=cosine,tMax=1e5', (s) => s.schedule, { name: 'cosine', tMax: 1000, etaMin: 0 }],
    ['seven racers', `${'r=sgd&'.repeat(7)}`, (s) => s.racers.length, MAX_RACERS],
  ];
  it.each(clamped)('clamps %s', (_, query, read, expected) => {
    expect(read(parseSetup(query))).toEqual(expected);
  });

  it('gives a typed formula the [−3, 3]² view and a start inside it when the link has neither', () => {
    const setup = parseSetup('expr=x%5E2%2By%5E2');
    expect(setup.view).toEqual([[-3, 3], [-3, 3]]);
    expect(setup.start[0]).toBeGreaterThan(-3);
    expect(setup.start[1]).toBeLessThan(3);
  });

  it('fills a picked schedule’s parameters from PyTorch and the run’s length', () => {
    expect(parseSetup('steps=400&lrs=cosine').schedule).toEqual({ name: 'cosine', tMax: 400, etaMin: 0 });
    expect(parseSetup('lrs=step').schedule).toEqual({ name: 'step', stepSize: 100, gamma: 0.1 });
    expect(parseSetup('steps=500&lrs=warmupCosine').schedule).toEqual({ name: 'warmupCosine', warmupSteps: 50, startFactor: 1 / 3, tMax: 450, etaMin: 0 });
  });
});

describe('racers', () => {
  it('are added up to six, each time an optimizer not yet racing, with PyTorch’s defaults', () => {
    let setup = defaults;
    for (let n = 4; n <= 6; n++) setup = addRacer(setup);
    expect(setup.racers.map((r) => r.name)).toEqual(['sgd', 'rmsprop', 'adam', 'adamw', 'nadam', 'radam']);
    expect(setup.racers[3]).toEqual(resolveOptimizer({ name: 'adamw' }));
    expect(addRacer(setup)).toBe(setup);
  });

  it('are removed down to one, never none', () => {
    let setup = defaults;
    setup = removeRacer(setup, 1);
    expect(setup.racers.map((r) => r.name)).toEqual(['sgd', 'adam']);
    setup = removeRacer(setup, 0);
    expect(removeRacer(setup, 0)).toBe(setup);
    expect(removeRacer(defaults, 7)).toBe(defaults);
    expect(sanitizeSetup({ ...defaults, racers: [] }).racers).toHaveLength(3);
  });

  it('start from PyTorch’s defaults when their optimizer changes, and clamp an edited field', () => {
    const changed = editRacer(defaults, 0, { name: 'adadelta' });
    expect(changed.racers[0]).toEqual(resolveOptimizer({ name: 'adadelta' }));
    expect(editRacer(defaults, 2, { key: 'lr', value: 50 }).racers[2].lr).toBe(10);
    expect(editRacer(defaults, 2, { key: 'eps', value: 'junk' }).racers[2]).toEqual(defaults.racers[2]);
  });

  it('can be any optimizer the library has', () => {
    for (const name of optimizerNames) {
      expect(() => runRace(sanitizeSetup({ ...busy, racers: [{ name }] }))).not.toThrow();
    }
  });
});

describe('the race’s text', () => {
  const race = runRace(busy);

  it('writes every point of every run to CSV, numbers in full', () => {
    const lines = raceCsv(race).trimEnd().split('\n');
    expect(lines[0]).toBe('racer,step,x,y,loss,lr');
    expect(lines).toHaveLength(1 + race.runs.reduce((n, run) => n + run.points.length, 0));
    expect(lines[1]).toBe(`1 SGD,0,2.5,-1.5,${race.runs[0].loss[0]},`);
    const [racer, step, x, y, loss, lr] = lines[2].split(',');
    expect([racer, Number(step)]).toEqual(['1 SGD', 1]);
    expect([Number(x), Number(y), Number(loss), Number(lr)]).toEqual([...race.runs[0].points[1], race.runs[0].loss[1], race.runs[0].lr[0]]);
    expect(lines.at(-1)!.startsWith('6 AdaDelta,300,')).toBe(true);
    expect(raceCsv(race)).not.toMatch(/NaN|Infinity|e\+/);
  });

  it('prints a final loss with ten significant digits, however small, and never NaN', () => {
    expect(finalLossText(0.009428014946985)).toBe('0.009428014947');
    expect(finalLossText(2.585158745123e-6)).toBe('2.585158745×10⁻⁶');
    expect(finalLossText(3.2e-30)).toBe('3.2×10⁻³⁰');
    expect(finalLossText(NaN)).toBe('—');
  });

  it('names each racer’s changed options with PyTorch’s keywords', () => {
    expect(settingsText(busy.racers[0])).toBe('lr = 0.05, momentum = 0.9, nesterov = True');
    expect(settingsText(busy.racers[1])).toBe('lr = 0.01, alpha = 0.9, centered = True');
    expect(settingsText(resolveOptimizer({ name: 'adam' }))).toBe('lr = 0.001');
  });

  it('marks a diverged run’s row and keeps the exact loss for scripts', () => {
    const wild = runRace(sanitizeSetup({ ...defaults, racers: [{ name: 'sgd', lr: 1 }] }));
    expect(wild.runs[0].divergedAt).not.toBeNull();
    const row = finalRow(wild.setup.racers[0], 0, wild.runs[0], labels);
    expect(row).toContain(`diverged at step ${wild.runs[0].divergedAt}`);
    expect(row).not.toMatch(/NaN|Infinity/);
    const ok = finalRow(defaults.racers[0], 0, runRace(defaults).runs[0], labels);
    expect(Number(/data-loss="([^"]+)"/.exec(ok)![1])).toBe(runRace(defaults).runs[0].loss.at(-1));
  });

  it('builds a card with a control for every PyTorch option, in slots until the widget starts', () => {
    const card = racerCard(busy.racers[0], 0, 6, labels, true);
    for (const name of ['optimizer', 'lr', 'momentum', 'dampening', 'weightDecay', 'nesterov']) expect(card).toContain(`name="${name}"`);
    expect(card.match(/<template class="control-slot"/g)).toHaveLength(6);
    expect(racerCard(busy.racers[0], 0, 1, labels, false)).toMatch(/data-action="remove"[^>]*disabled/);
    expect(racerCard(busy.racers[0], 0, 1, labels, false)).not.toContain('<template');
  });
});

describe('the default setup', () => {
  it('is frozen, so no view can change it', () => {
    expect(Object.isFrozen(DEFAULT_SETUP)).toBe(true);
    const setup = sanitizeSetup({});
    setup.view[0][0] = 99;
    expect(sanitizeSetup({}).view[0][0]).toBe(-2);
    expect(objectives.rosenbrock.view[0][0]).toBe(-2);
  });
});

describe('the note under the PyTorch code', () => {
  const unsupported = [
    { racer: 2, className: 'RMSprop', option: 'epsInSqrt' as const },
    { racer: 2, className: 'RMSprop', option: 'biasCorrection' as const },
  ];

  it('words what torch lacks in the page’s language, and is empty when torch can run the race', () => {
    expect(unsupportedNote(TEXT.en.labels, unsupported)).toBe(
      'PyTorch has nothing that matches: optimizer 2 (RMSprop), ε inside the square root (torch adds it outside); ' +
      'optimizer 2 (RMSprop), bias correction of the average (torch has none). ' +
      'The script stops with this reason; delete its raise line to run torch’s nearest settings instead.');
    expect(unsupportedNote(TEXT.zh.labels, unsupported)).toBe(
      'PyTorch 中没有对应的设置：第 2 个优化器（RMSprop）把 ε 放在根号内，PyTorch 只能加在根号外；' +
      '第 2 个优化器（RMSprop）对平均值做偏差修正，PyTorch 不做这一步。' +
      '脚本会说明原因后直接退出；删掉其中 raise 那一行，就改用 torch 最接近的设置来跑。');
    expect(unsupportedNote(TEXT.zh.labels, [])).toBe('');
  });
});

describe('the switches PyTorch lacks', () => {
  it('are offered where the library has them (ε inside the root for AdaGrad and RMSProp, bias correction for RMSProp), go into the link, and reach the note', () => {
    const setup = sanitizeSetup({ racers: [{ name: 'rmsprop', epsInSqrt: true, biasCorrection: true }, { name: 'adagrad', epsInSqrt: true }, { name: 'adam', epsInSqrt: true }] });
    expect(setup.racers.map((r) => (r as unknown as Record<string, unknown>).epsInSqrt)).toEqual([true, true, undefined]);
    const link = serializeSetup(setup);
    expect(link).toContain('r=rmsprop,epsInSqrt=1,biasCorrection=1');
    expect(link).toContain('r=adagrad,epsInSqrt=1');
    expect(parseSetup(link)).toEqual(setup);
    expect(torchUnsupported(toRaceSetup(setup)).map(({ racer, option }) => `${racer}:${option}`)).toEqual(['1:epsInSqrt', '1:biasCorrection', '2:epsInSqrt']);
  });
});

