import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { compileExpression, expressionToTorch, pythonFloat } from '../../src/lib';

const hasPython = spawnSync('python3', ['--version']).status === 0;
// A Python with torch, if there is one: TORCH_PYTHON, or python3 itself.
const torchPython = process.env.TORCH_PYTHON ?? 'python3';
const hasTorch = spawnSync(torchPython, ['-c', 'import torch'], { timeout: 60_000 }).status === 0;

describe('a typed formula as PyTorch code', () => {
  it.each([
    ['sin(x)*cos(y) + 0.1*(x^2+y^2)', 'torch.sin(x) * torch.cos(y) + 0.1 * (x ** 2.0 + y ** 2.0)'],
    ['-x^2 + y^4/4', '-(x ** 2.0) + y ** 4.0 / 4.0'],
    ['x^y^2', 'x ** (y ** 2.0)'],
    ['(x^y)^2', '(x ** y) ** 2.0'],
    ['x^-1', 'x ** (-1.0)'],
    ['x^-y^2', 'x ** (-(y ** 2.0))'],
    ['(-x)^2', '(-x) ** 2.0'],
    ['--x', '-(-x)'],
    ['-(x + y)', '-(x + y)'],
    ['-x*y', '-x * y'],
    ['x*-y', 'x * -y'],
    ['x - y - 1', 'x - y - 1.0'],
    ['x - (y - 1)', 'x - (y - 1.0)'],
    ['x + (y + 1)', 'x + (y + 1.0)'], // floating-point addition is not associative: keep the grouping
    ['x*y/2', 'x * y / 2.0'],
    ['x/(y*2)', 'x / (y * 2.0)'],
    ['pi*x + e', 'math.pi * x + math.e'],
    ['2^x', '2.0 ** x'],
    ['e^(x/2)', 'math.e ** (x / 2.0)'],
    ['exp(-(x^2 + y^2)/2)', 'torch.exp(-(x ** 2.0 + y ** 2.0) / 2.0)'],
    ['abs(x) + sqrt(y) + log(x) + tan(y) + tanh(x)', 'torch.abs(x) + torch.sqrt(y) + torch.log(x) + torch.tan(y) + torch.tanh(x)'],
    ['+x', 'x'],
    ['((x))', 'x'],
    ['.5*x + 1e-3*y + 1E3', '0.5 * x + 0.001 * y + 1000.0'],
    ['1e21*x + 1e-7*y', '1e+21 * x + 1e-7 * y'],
    ['007*x', '7.0 * x'],
    // Constants Python would evaluate otherwise (or not at all) become our value.
    ['sin(1)*x', '0.8414709848078965 * x'],
    ['2^0.5*x', '1.4142135623730951 * x'],
    ['x + 1/0', 'x + math.inf'],
    ['x + (-8)^(1/3)', 'x + math.nan'],
    ['x - sin(1)', 'x - 0.8414709848078965'],
    ['x ^ (-sin(1))', 'x ** (-0.8414709848078965)'],
    ['(1/3)*x', '1.0 / 3.0 * x'],
    ['2*pi*x', '2.0 * math.pi * x'],
    // No x or y: still a tensor, so autograd has something to differentiate.
    ['3', '0.0 * x + 3.0'],
    ['2^3^2', '0.0 * x + 512.0'],
    ['1 - 2', '0.0 * x + (1.0 - 2.0)'],
  ])('%s → %s', (source, code) => {
    expect(expressionToTorch(source)).toBe(code);
  });

  it('writes floats Python reads back as the same doubles', () => {
    for (const value of [0, 1, -2, 0.1, 1 / 3, 1e21, 1e-7, 1.2345678901234568e20, 5e-324, Number.MAX_VALUE]) {
      const text = pythonFloat(value);
      expect(text).toMatch(/^-?(\d+\.\d+|\d+(\.\d+)?e[+-]\d+)$/);
      expect(Number(text)).toBe(value);
    }
    expect([pythonFloat(Infinity), pythonFloat(-Infinity), pythonFloat(NaN), pythonFloat(-0)])
      .toStrictEqual(['math.inf', '-math.inf', 'math.nan', '-0.0']);
  });

  it('throws the parser\'s error for a bad formula', () => {
    expect(() => expressionToTorch('x +* y')).toThrow('expr: unexpected "*" at column 4');
  });

  // Python evaluates the emitted text with a stand-in torch made of math's functions on floats: the
  // same grouping and order must give our values, whatever the precedence rules of the two languages.
  it.skipIf(!hasPython)('evaluates in Python to the same values', () => {
    const formulas = [
      'sin(x)*cos(y) + 0.1*(x^2+y^2)', '-x^2 + y^4/4', 'x^y^2/10', '-(x - y)^3 + 2^-x^2', 'x - (y - 1) - -x*y',
      'exp(-(x^2 + y^2)/2)*tanh(2*x) + log(1 + y^2)', 'sqrt(x^2 + 1)/(1 + abs(y)) - tan(x/4)*pi + e^(y/3)',
      '-2^-y^2 * x/y/3', '(x + y)*(x - y)/(1 + x^2)^2', 'sin(1)*x + 2^0.5*y + (1/3)*x*y', 'x^3 - 3*x*y^2',
    ];
    const points = [[0.7, 1.3], [1.9, 0.4], [2.5, 1.8], [0.3, 2.2]];
    const script = [
      'import math, types',
      'torch = types.SimpleNamespace(sin=math.sin, cos=math.cos, tan=math.tan, exp=math.exp, log=math.log,',
      '                              sqrt=math.sqrt, abs=abs, tanh=math.tanh)',
      `points = ${JSON.stringify(points)}`,
      ...formulas.map((f, i) => `def f${i}(x, y):\n    return ${expressionToTorch(f)}`),
      `print("\\n".join(repr(f(x, y)) for f in [${formulas.map((_, i) => `f${i}`).join(', ')}] for x, y in points))`,
    ].join('\n');
    const run = spawnSync('python3', ['-c', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const values = run.stdout.trim().split('\n').map(Number);
    const expected = formulas.flatMap((f) => points.map(([x, y]) => compileExpression(f).value(x, y)));
    expect(values).toHaveLength(expected.length);
    values.forEach((value, i) => {
      // math's sin, exp, … are glibc's, Math's are V8's: they may differ in the last bit.
      expect(Math.abs(value - expected[i]), `${formulas[Math.floor(i / points.length)]}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected[i])));
    });
  });

  it.skipIf(!hasTorch)('runs under torch: the same values, and autograd\'s gradients are ours', () => {
    const formulas = [
      'sin(x)*cos(y) + 0.1*(x^2+y^2)', '-x^2 + y^4/4', '2^-x^2 * (y - 1)^2', 'e^(x/2) - pi*y', 'x^y + y^x',
      'sqrt(x^2 + 1)/(1 + abs(y)) - tan(x/4) + tanh(x*y) + log(x + y) + exp(-y)', '3/x - 1/(1 + y^2)',
      'sin(1)*x + 2^0.5*y', '3', '(x + y)^3/27',
    ];
    const points = [[0.7, 1.3], [1.9, 0.4], [2.5, 1.8]];
    const script = [
      'import math, torch',
      'torch.set_default_dtype(torch.float64)',
      `points = ${JSON.stringify(points)}`,
      ...formulas.map((f, i) => `def f${i}(x, y):\n    return ${expressionToTorch(f)}`),
      'for f in [' + formulas.map((_, i) => `f${i}`).join(', ') + ']:',
      '    for x, y in points:',
      '        p = torch.tensor([x, y], requires_grad=True)',
      '        v = f(p[0], p[1])',
      '        (g,) = torch.autograd.grad(v, p)',
      '        print(repr(v.item()), repr(g[0].item()), repr(g[1].item()))',
    ].join('\n');
    const run = spawnSync(torchPython, ['-c', script], { encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => line.split(' ').map(Number));
    const expected = formulas.flatMap((f) => {
      const compiled = compileExpression(f);
      return points.map(([x, y]) => [compiled.value(x, y), ...compiled.gradient(x, y)]);
    });
    expect(lines).toHaveLength(expected.length);
    lines.forEach((line, i) => line.forEach((value, k) => {
      expect(Math.abs(value - expected[i][k]), `${formulas[Math.floor(i / points.length)]}, entry ${k}`)
        .toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected[i][k])));
    }));
  }, 120_000);
});
