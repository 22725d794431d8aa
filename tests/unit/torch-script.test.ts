import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { expressionToTorch, normalPythonSource, optimizerNames, scheduleNames, simulate } from '../../src/lib';
import type { OptimizerOptions, ScheduleOptions } from '../../src/lib';
import { torchScript, torchUnsupported, type RaceSetup } from '../../src/widgets/playground/torch-script';

const hasPython = spawnSync('python3', ['--version']).status === 0;
// A Python with torch, if there is one: TORCH_PYTHON, or python3 itself.
const torchPython = process.env.TORCH_PYTHON ?? 'python3';
const hasTorch = spawnSync(torchPython, ['-c', 'import torch'], { timeout: 60_000 }).status === 0;

const race = (overrides: Partial<RaceSetup> = {}): RaceSetup => ({
  fn: 'rosenbrock', start: [-1.5, 2], steps: 300, schedule: { name: 'constant' }, noise: null,
  racers: [{ name: 'sgd', lr: 1e-3, momentum: 0.9 }, { name: 'rmsprop', lr: 0.01 }, { name: 'adam', lr: 0.1 }],
  ...overrides,
});

/** The RACERS entries of a script: [label, constructor call]. */
function racerLines(script: string): [string, string][] {
  return [...script.matchAll(/^ {4}\("(.*)", lambda params: (.*)\),$/gm)].map((m) => [m[1], m[2]]);
}

describe('the PyTorch code of a race', () => {
  it.each<[OptimizerOptions, string, string]>([
    [{ name: 'sgd', lr: 0.01, momentum: 0.9, dampening: 0.1, weightDecay: 1e-4 },
      'SGD(lr=0.01, momentum=0.9, dampening=0.1, weight_decay=0.0001)',
      'torch.optim.SGD(params, lr=0.01, momentum=0.9, dampening=0.1, weight_decay=0.0001, nesterov=False)'],
    [{ name: 'sgd', lr: 0.002, momentum: 0.9, nesterov: true },
      'SGD(lr=0.002, momentum=0.9, nesterov=True)',
      'torch.optim.SGD(params, lr=0.002, momentum=0.9, dampening=0.0, weight_decay=0.0, nesterov=True)'],
    [{ name: 'adagrad', lr: 0.5, lrDecay: 0.01, initialAccumulator: 0.1 },
      'Adagrad(lr=0.5, lr_decay=0.01, initial_accumulator_value=0.1)',
      'torch.optim.Adagrad(params, lr=0.5, lr_decay=0.01, weight_decay=0.0, initial_accumulator_value=0.1, eps=1e-10)'],
    [{ name: 'rmsprop', lr: 0.01, gamma: 0.9, centered: true, momentum: 0.5 },
      'RMSprop(lr=0.01, alpha=0.9, momentum=0.5, centered=True)',
      'torch.optim.RMSprop(params, lr=0.01, alpha=0.9, eps=1e-8, weight_decay=0.0, momentum=0.5, centered=True)'],
    [{ name: 'adam', lr: 0.1, amsgrad: true },
      'Adam(lr=0.1, amsgrad=True)',
      'torch.optim.Adam(params, lr=0.1, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.0, amsgrad=True)'],
    [{ name: 'adamw' },
      'AdamW(lr=0.001)',
      'torch.optim.AdamW(params, lr=0.001, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.01, amsgrad=False)'],
    [{ name: 'adadelta', rho: 0.95, eps: 1e-4 },
      'Adadelta(lr=1.0, rho=0.95, eps=0.0001)',
      'torch.optim.Adadelta(params, lr=1.0, rho=0.95, eps=0.0001, weight_decay=0.0)'],
    [{ name: 'nadam', lr: 0.05, beta1: 0.8, momentumDecay: 0.01 },
      'NAdam(lr=0.05, betas=(0.8, 0.999), momentum_decay=0.01)',
      'torch.optim.NAdam(params, lr=0.05, betas=(0.8, 0.999), eps=1e-8, weight_decay=0.0, momentum_decay=0.01)'],
    [{ name: 'radam', lr: 0.05, weightDecay: 0.05 },
      'RAdam(lr=0.05, weight_decay=0.05)',
      'torch.optim.RAdam(params, lr=0.05, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.05)'],
  ])('writes %j as torch.optim with every hyper-parameter', (racer, label, call) => {
    expect(racerLines(torchScript(race({ racers: [racer] })))).toStrictEqual([[label, call]]);
  });

  it('keeps the race order', () => {
    const racers: OptimizerOptions[] = [
      { name: 'radam' }, { name: 'sgd', lr: 0.01 }, { name: 'adam', lr: 0.3 }, { name: 'sgd', lr: 0.02 },
      { name: 'nadam' }, { name: 'adagrad' },
    ];
    expect(racerLines(torchScript(race({ racers }))).map(([label]) => label)).toStrictEqual([
      'RAdam(lr=0.001)', 'SGD(lr=0.01)', 'Adam(lr=0.3)', 'SGD(lr=0.02)', 'NAdam(lr=0.002)', 'Adagrad(lr=0.01)',
    ]);
  });

  it.each<[ScheduleOptions, string]>([
    [{ name: 'step', stepSize: 30 }, 'torch.optim.lr_scheduler.StepLR(optimizer, step_size=30, gamma=0.1)'],
    [{ name: 'exponential', gamma: 0.98 }, 'torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=0.98)'],
    [{ name: 'cosine', tMax: 40 }, 'torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=40, eta_min=0.0)'],
    [{ name: 'warmupCosine', warmupSteps: 10, tMax: 50, etaMin: 1e-3 }, `torch.optim.lr_scheduler.SequentialLR(
        optimizer,
        [
            torch.optim.lr_scheduler.LinearLR(optimizer, start_factor=0.3333333333333333, end_factor=1.0, total_iters=10),
            torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=50, eta_min=0.001),
        ],
        milestones=[10],
    )`],
  ])('writes the schedule %j as torch.optim.lr_scheduler, stepped after optimizer.step()', (schedule, call) => {
    const script = torchScript(race({ schedule }));
    expect(script).toContain(`def make_scheduler(optimizer):
    """The page's learning-rate schedule, stepped after every optimizer.step()."""
    return ${call}\n`);
    expect(script).toContain('        optimizer.step()\n        scheduler.step()\n');
  });

  it('writes no scheduler for the constant schedule', () => {
    const script = torchScript(race());
    expect(script).not.toMatch(/scheduler/i);
    expect(script).toContain('#   Schedule        constant\n');
  });

  it('writes every float so that Python reads back the same double', () => {
    const script = torchScript(race({
      start: [0.1 + 0.2, -1e-7], noise: { sigma: 1 / 3, seed: 4294967295 },
      racers: [{ name: 'adam', lr: 0.1 + 0.2, beta2: 1 - 1e-12, eps: 1e-21 }],
      schedule: { name: 'cosine', tMax: 7, etaMin: 2 ** -30 },
    }));
    expect(script).toContain('START = (0.30000000000000004, -1e-7)\n');
    expect(script).toContain('SIGMA = 0.3333333333333333\nSEED = 4294967295\n');
    expect(script).toContain('lr=0.30000000000000004, betas=(0.9, 0.999999999999), eps=1e-21,');
    expect(script).toContain('eta_min=9.313225746154785e-10)');
    expect(script).toContain('DIVERGENCE_BOUND = 1000000.0\n');
  });

  it('writes a built-in function in the library\'s order of operations, with its analytic gradient', () => {
    const script = torchScript(race({ fn: 'himmelblau' }));
    expect(script).toContain(`def f(x, y):
    """The page's himmelblau function."""
    a = x * x + y - 11.0
    b = x + y * y - 7.0
    return a * a + b * b
`);
    expect(script).toContain('    return torch.stack([4.0 * x * a + 2.0 * b, 2.0 * a + 4.0 * y * b])\n');
    expect(script).not.toContain('torch.autograd.grad');
  });

  it('translates a typed function and differentiates it with autograd', () => {
    const expr = 'sin(x)*exp(-y^2/4) + sqrt(x^2 + 1)\n  - abs(y)/3 + tanh(x*y) + log(1 + y^2) + 2^-x^2';
    const script = torchScript(race({ fn: { expr } }));
    expect(script).toContain(`    return ${expressionToTorch(expr)}\n`);
    expect(script).toContain('(g,) = torch.autograd.grad(f(point[0], point[1]), point)');
    // The formula's line break stays out of the header, where it would end the comment.
    expect(script).toContain('#   Function        f(x, y) = sin(x)*exp(-y^2/4) + sqrt(x^2 + 1) - abs(y)/3 + tanh(x*y)');
  });

  it('embeds the noise generator only when there is noise', () => {
    const noisy = torchScript(race({ noise: { sigma: 0.5, seed: 7 } }));
    expect(noisy).toContain(normalPythonSource().replace('import math\n\n', ''));
    expect(noisy).toContain('SIGMA = 0.5\nSEED = 7\n');
    expect(noisy).toContain('        p.grad = noisy(gradient(p), noise)\n');
    expect(noisy.match(/^import math$/gm)).toHaveLength(1);
    for (const noise of [null, { sigma: 0, seed: 7 }]) {
      const script = torchScript(race({ noise }));
      expect(script).not.toMatch(/Normal|SIGMA|noisy/);
      expect(script).toContain('#   Gradient noise  none\n');
      expect(script).toContain('        p.grad = gradient(p)\n');
    }
  });

  it('runs in float64 on torch\'s baseline kernels', () => {
    const script = torchScript(race());
    expect(script.indexOf('os.environ["ATEN_CPU_CAPABILITY"] = "default"')).toBeLessThan(script.indexOf('import torch'));
    expect(script).toContain('torch.set_default_dtype(torch.float64)');
  });

  it('lists the options torch.optim lacks, and the script stops with them', () => {
    const setup = race({
      racers: [{ name: 'adam' }, { name: 'rmsprop', epsInSqrt: true, biasCorrection: true }, { name: 'adagrad', epsInSqrt: true }],
    });
    expect(torchUnsupported(setup)).toStrictEqual([
      { racer: 2, className: 'RMSprop', option: 'epsInSqrt' },
      { racer: 2, className: 'RMSprop', option: 'biasCorrection' },
      { racer: 3, className: 'Adagrad', option: 'epsInSqrt' },
    ]);
    const unsupported = [
      'racer 2, RMSprop: epsInSqrt (torch adds ε outside the square root)',
      'racer 2, RMSprop: biasCorrection (torch does not bias-correct the average)',
      'racer 3, Adagrad: epsInSqrt (torch adds ε outside the square root)',
    ];
    const script = torchScript(setup);
    expect(script).toContain(`raise SystemExit("torch.optim cannot reproduce this race: ${unsupported.join('; ')}")`);
    expect(script.indexOf('raise SystemExit')).toBeLessThan(script.indexOf('import torch'));

    const supported = race({ racers: [{ name: 'rmsprop', epsInSqrt: false, biasCorrection: false }, { name: 'adagrad' }] });
    expect(torchUnsupported(supported)).toStrictEqual([]);
    expect(torchScript(supported)).not.toContain('SystemExit');
  });

  it.each<[Partial<RaceSetup>, string]>([
    [{ steps: 1.5 }, 'steps must be an integer in 0…100000, got 1.5'],
    [{ start: [NaN, 0] }, 'start must be two finite numbers [x, y], got NaN,0'],
    [{ fn: { expr: 'x +* y' } }, 'expr: unexpected "*" at column 4'],
    [{ fn: '__proto__' as never }, 'fn must be one of'],
    [{ racers: [{ name: 'adam', beta1: 1 }] }, 'beta1 must be a number in [0, 1), got 1'],
    [{ schedule: { name: 'cosine' } as never }, 'tMax must be'],
    [{ noise: { sigma: -1, seed: 0 } }, 'sigma must be a finite number ≥ 0, got -1'],
  ])('refuses %j as simulate does', (overrides, message) => {
    expect(() => torchScript(race(overrides))).toThrow(message);
  });

  it.skipIf(!hasPython)('is valid Python for every kind of setup', () => {
    const setups = [
      race(), race({ fn: { expr: '3' }, steps: 0 }), race({ noise: { sigma: 2, seed: 1 }, schedule: { name: 'warmupCosine', warmupSteps: 0, tMax: 5 } }),
      race({ racers: [{ name: 'rmsprop', epsInSqrt: true }] }), race({ fn: 'beale', schedule: { name: 'step', stepSize: 3 } }),
    ];
    const check = 'import json, sys\nfor script in json.load(sys.stdin):\n    compile(script, "race.py", "exec")';
    const run = spawnSync('python3', ['-c', check], { input: JSON.stringify(setups.map(torchScript)), encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 30_000);
});

// Races the script must reproduce under real torch: each printed final loss within 1e-6 of the
// library's, relative, as the playground's "Final state" table shows it.
const TORCH_RACES: [string, RaceSetup][] = [
  ['the default race: SGD with momentum, RMSProp and Adam on rosenbrock', race()],
  ['SGD, AdaGrad, RMSProp, Adam, AdamW and AdaDelta with their options, and StepLR, on himmelblau', race({
    fn: 'himmelblau', start: [-1, -1], steps: 200, schedule: { name: 'step', stepSize: 30, gamma: 0.5 }, racers: [
      { name: 'sgd', lr: 0.002, momentum: 0.9, nesterov: true, weightDecay: 0.01 },
      { name: 'adagrad', lr: 0.5, lrDecay: 0.01, initialAccumulator: 0.1, weightDecay: 0.02 },
      { name: 'rmsprop', lr: 0.05, gamma: 0.9, centered: true, momentum: 0.5, weightDecay: 0.05 },
      { name: 'adam', lr: 0.05, beta1: 0.5, beta2: 0.9, amsgrad: true, weightDecay: 0.05 },
      { name: 'adamw', lr: 0.1, eps: 1e-6, weightDecay: 0.1 },
      { name: 'adadelta', lr: 1, rho: 0.95, eps: 1e-4, weightDecay: 0.05 },
    ],
  })],
  ['NAdam, RAdam and SGD with dampening, and ExponentialLR, on beale', race({
    fn: 'beale', start: [1, 1.5], steps: 150, schedule: { name: 'exponential', gamma: 0.99 }, racers: [
      { name: 'nadam', lr: 0.02, beta1: 0.8, momentumDecay: 0.01, weightDecay: 0.01 },
      { name: 'radam', lr: 0.01, beta2: 0.99, weightDecay: 0.05 },
      { name: 'sgd', lr: 0.005, momentum: 0.8, dampening: 0.5 },
    ],
  })],
  ['LinearLR then CosineAnnealingLR (SequentialLR)', race({
    steps: 200, schedule: { name: 'warmupCosine', warmupSteps: 20, startFactor: 0.1, tMax: 150, etaMin: 1e-4 },
  })],
  ['SequentialLR without warm-up, on saddle', race({
    fn: 'saddle', start: [2, 0.1], steps: 60, schedule: { name: 'warmupCosine', warmupSteps: 0, tMax: 25 },
    racers: [{ name: 'radam', lr: 0.05 }, { name: 'adadelta', lr: 1 }],
  })],
  ['a typed function with sin, exp, sqrt, abs, tanh, log and ^', race({
    fn: { expr: 'sin(x)*exp(-y^2/4) + sqrt(x^2 + y^2 + 1) + abs(x - 2*y)/4 + tanh(x*y)/2 + log(1 + x^2)/3 + 2^-x^2' },
    start: [2.5, -1.5], steps: 150,
    racers: [{ name: 'sgd', lr: 0.05, momentum: 0.5 }, { name: 'adam', lr: 0.05 }, { name: 'radam', lr: 0.05 }],
  })],
  ['gradient noise from a seed, every racer replaying the same draws, and CosineAnnealingLR past T_max', race({
    fn: 'wavy', start: [-4, 4], steps: 150, noise: { sigma: 2, seed: 4294967295 },
    schedule: { name: 'cosine', tMax: 60, etaMin: 0.01 },
    racers: [{ name: 'sgd', lr: 0.02, momentum: 0.9 }, { name: 'adam', lr: 0.1 }, { name: 'adam', lr: 0.1 }],
  })],
  ['racers that diverge: one beyond the bound, one to a non-finite loss', race({
    fn: { expr: 'x^2 - log(x) + 12.5*y^2' }, start: [3, 1], steps: 100,
    racers: [{ name: 'sgd', lr: 0.1 }, { name: 'sgd', lr: 0.6 }, { name: 'adam', lr: 0.1 }],
  })],
];

it('the races for torch cover every optimizer and schedule, noise, a typed function and divergence', () => {
  const setups = TORCH_RACES.map(([, setup]) => setup);
  expect(new Set(setups.flatMap((setup) => setup.racers.map((racer) => racer.name)))).toStrictEqual(new Set(optimizerNames));
  expect(new Set(setups.map((setup) => setup.schedule.name))).toStrictEqual(new Set(scheduleNames));
  expect(setups.some((setup) => setup.noise !== null && setup.noise.sigma > 0)).toBe(true);
  expect(setups.some((setup) => typeof setup.fn === 'object')).toBe(true);
  const divergedAt = setups.flatMap((setup) => setup.racers.map((optimizer) =>
    simulate({ ...setup, noise: setup.noise ?? undefined, optimizer }).divergedAt));
  // x^2 - log(x): SGD at lr 0.6 jumps to x < 0 at step 1 (a NaN loss); at lr 0.1, y leaves the bound.
  expect(divergedAt.filter((step) => step !== null)).toStrictEqual([35, 1]);
});

describe.skipIf(!hasTorch)('the PyTorch code of a race, run under torch', () => {
  it.each(TORCH_RACES)('%s', (_, setup) => {
    const run = spawnSync(torchPython, ['-'], { input: torchScript(setup), encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(setup.racers.length);
    setup.racers.forEach((optimizer, i) => {
      const expected = simulate({ ...setup, noise: setup.noise ?? undefined, optimizer });
      const loss = expected.loss[expected.loss.length - 1];
      const line = lines[i];
      expect(line).toMatch(expected.divergedAt === null
        ? /^\S+\(.*\) {2}final \(x, y\) = \(\S+, \S+\) {2}loss = \S+$/
        : new RegExp(`^\\S+\\(.*\\) {2}diverged at step ${expected.divergedAt} {2}loss = \\S+$`));
      const printed = Number(line.split(' ').at(-1));
      expect(Math.abs(printed - loss), `${line}\nlibrary: ${loss}`).toBeLessThanOrEqual(1e-6 * Math.abs(loss));
    });
  }, 120_000);
});
