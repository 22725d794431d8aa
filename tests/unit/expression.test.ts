import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileExpression, ExpressionError, expressionError, parseExpression, simulate } from '../../src/lib';
import type { Vec2 } from '../../src/lib';

const at = (source: string, x = 0, y = 0) => compileExpression(source).value(x, y);

describe('the formula grammar', () => {
  it.each([
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['8 / 4 / 2', 1], // left-associative
    ['10 - 4 - 3', 3],
    ['2^3^2', 512], // right-associative: 2^(3^2)
    ['(2^3)^2', 64],
    ['-2^2', -4], // ^ binds tighter than unary minus, as in Python
    ['(-2)^2', 4],
    ['2^-1', 0.5],
    ['2^-1^2', 0.5], // 2^(-(1^2))
    ['-x^2', -9],
    ['--3', 3],
    ['+3 - -3', 6],
    ['2*-3', -6],
    ['3 * x ^ 2', 27],
    ['.5 + 5. + 1e-3 + 1E3 + 2.5e+1', 0.5 + 5 + 1e-3 + 1e3 + 25],
    [' \t x \n+\r\n y ', 3 + 4],
    ['pi', Math.PI],
    ['e', Math.E],
    ['e^1', Math.E],
    ['sqrt(16) + abs(-2) + exp(0) + log(1) + sin(0) + cos(0) + tan(0) + tanh(0)', 8],
    ['sin(pi/2)', 1],
  ])('reads %s as %d', (source, expected) => {
    expect(at(source, 3, 4)).toBe(expected);
  });

  it('uses x and y as given', () => {
    const f = compileExpression('x - 2*y');
    expect(f.value(5, 1)).toBe(3);
    expect(f.value(1, 5)).toBe(-9);
    expect(f.source).toBe('x - 2*y');
  });
});

describe('exact gradients by dual numbers', () => {
  it.each([
    ['x^2 + 3*y', (x: number, y: number) => [2 * x, 3 + 0 * y]],
    ['x*y', (x: number, y: number) => [y, x]],
    ['x/y', (x: number, y: number) => [1 / y, -x / (y * y)]],
    ['sin(x)*cos(y)', (x: number, y: number) => [Math.cos(x) * Math.cos(y), -Math.sin(x) * Math.sin(y)]],
    ['exp(x*y)', (x: number, y: number) => [y * Math.exp(x * y), x * Math.exp(x * y)]],
    ['log(x^2 + y^2)', (x: number, y: number) => [2 * x / (x * x + y * y), 2 * y / (x * x + y * y)]],
    ['sqrt(x^2 + y^2)', (x: number, y: number) => [x / Math.hypot(x, y), y / Math.hypot(x, y)]],
    ['tanh(x) + tan(y)', (x: number, y: number) => [1 - Math.tanh(x) ** 2, 1 + Math.tan(y) ** 2]],
    ['abs(x - y)', (x: number, y: number) => [Math.sign(x - y), -Math.sign(x - y)]],
    ['2^x + y^3', (x: number, y: number) => [Math.LN2 * 2 ** x, 3 * y * y]],
    ['x^y', (x: number, y: number) => [y * x ** (y - 1), Math.log(x) * x ** y]],
  ] as const)('of %s', (source, expected) => {
    const f = compileExpression(source);
    for (const [x, y] of [[0.7, 1.3], [1.9, -0.4], [2.5, 0.8]]) {
      const [gx, gy] = f.gradient(x, y);
      const [ex, ey] = expected(x, y);
      expect(gx).toBeCloseTo(ex, 12);
      expect(gy).toBeCloseTo(ey, 12);
    }
  });

  it('agree with central differences on a formula using every operation', () => {
    const f = compileExpression('sin(x)*cos(y)/(2 + tanh(x*y)) + exp(-x^2/4)*sqrt(1 + y^2) - log(2 + abs(x - 3)) + (1 + x^2)^(y/5) + 2^tan(y/3)');
    fc.assert(fc.property(fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true }), (x, y) => {
      const h = 1e-6;
      const [gx, gy] = f.gradient(x, y);
      expect(gx).toBeCloseTo((f.value(x + h, y) - f.value(x - h, y)) / (2 * h), 5);
      expect(gy).toBeCloseTo((f.value(x, y + h) - f.value(x, y - h)) / (2 * h), 5);
    }));
  });

  it('pass no tangent through a part without the variable, as autograd does: d√y/dx = 0 at y = 0', () => {
    expect(compileExpression('x + sqrt(y)').gradient(1, 0)).toStrictEqual([1, Infinity]);
    expect(compileExpression('x^2 * 3^2').gradient(1, 0)).toStrictEqual([18, 0]);
  });

  it('match value() in the value the gradient pass computes', () => {
    const f = compileExpression('x^2 + sin(y)');
    f.gradient(3, 1);
    expect(f.value(3, 1)).toBe(9 + Math.sin(1));
  });
});

describe('bad formulas', () => {
  it.each([
    ['', 'unexpected end at column 1'],
    ['   ', 'unexpected end at column 4'],
    ['x +', 'unexpected end at column 4'],
    ['1 + 2 *', 'unexpected end at column 8'],
    ['x + * 2', 'unexpected "*" at column 5'],
    ['(x + y) * * 2', 'unexpected "*" at column 11'],
    ['(', 'unexpected end at column 2'],
    [')', 'unexpected ")" at column 1'],
    ['(x + 1', 'unexpected end at column 7: expected ")"'],
    ['x + 1)', 'unexpected ")" at column 6'],
    ['x y', 'unexpected "y" at column 3'],
    ['2x', 'unexpected "x" at column 2'],
    ['sin', 'unexpected end at column 4: write sin(…)'],
    ['sin x', 'unexpected "x" at column 5: write sin(…)'],
    ['sin + 1', 'unexpected "+" at column 5: write sin(…)'],
    ['sin()', 'unexpected ")" at column 5'],
    ['x(1)', 'unexpected "(" at column 2'],
    ['constructor', 'unknown name "constructor" at column 1'],
    ['__proto__', 'unknown name "__proto__" at column 1'],
    ['toString', 'unknown name "toString" at column 1'],
    ['alert(1)', 'unknown name "alert" at column 1'],
    ['x + hasOwnProperty', 'unknown name "hasOwnProperty" at column 5'],
    ['Sin(x)', 'unknown name "Sin" at column 1'],
    ['x.constructor', 'unexpected "." at column 2'],
    ['x["constructor"]', 'unexpected "[" at column 2'],
    ['x ** 2', 'unexpected "*" at column 4'],
    ['x = 1', 'unexpected "=" at column 3'],
    ['1e400', 'number 1e400 too large at column 1'],
    ['x + π', 'unexpected "π" at column 5'],
    ['😀 + x', 'unexpected "😀" at column 1'],
    ['x + 😀 + ¿', 'unexpected "😀" at column 5'],
    ['😀😀x y', 'unexpected "😀" at column 1'],
    ['(😀)', 'unexpected "😀" at column 2'],
  ])('%j: %s', (source, message) => {
    expect(() => compileExpression(source)).toThrow(ExpressionError);
    expect(expressionError(source)?.message).toBe(`expr: ${message}`);
  });

  it('counts columns in characters, and gives UTF-16 offsets to select', () => {
    const error = expressionError('😀+x y')!;
    expect(error).toBeInstanceOf(ExpressionError);
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toBe('expr: unexpected "😀" at column 1');
    expect([error.column, error.start, error.end]).toStrictEqual([1, 0, 2]); // a surrogate pair
    const late = expressionError('sin(x) * y z')!;
    expect(late.message).toBe('expr: unexpected "z" at column 12');
    expect([late.column, late.start, late.end]).toStrictEqual([12, 11, 12]);
    const name = expressionError('x + alert(1)')!;
    expect([name.column, name.start, name.end]).toStrictEqual([5, 4, 9]);
    expect(expressionError('sin(x) + y^2')).toBeNull();
  });

  it('takes at most 1000 characters', () => {
    const longest = `x${'+x'.repeat(499)} `;
    expect(longest).toHaveLength(1000);
    expect(compileExpression(longest).value(1, 0)).toBe(500);
    const error = expressionError(`${longest} `)!;
    expect(error.message).toBe('expr: longer than 1000 characters at column 1001');
    expect(expressionError('😀'.repeat(1000))!.message).toBe('expr: unexpected "😀" at column 1');
    expect(expressionError('😀'.repeat(1001))!.message).toBe('expr: longer than 1000 characters at column 1001');
    expect(expressionError('x'.repeat(1_000_000))!.column).toBe(1001);
  });

  it('rejects what is not a string', () => {
    for (const value of [undefined, null, 42, {}, ['x']]) {
      expect(() => compileExpression(value as never)).toThrow(/^expr must be a string, got /);
    }
  });

  it('never reaches a property of a prototype, however deep the nesting', () => {
    const deep = `${'('.repeat(400)}x${')'.repeat(400)}`;
    expect(compileExpression(deep).value(2, 0)).toBe(2);
    expect(compileExpression(`${'-'.repeat(999)}x`).value(2, 0)).toBe(-2);
  });
});

describe('speed', () => {
  it('evaluates a 200 × 200 grid well under 30 ms', () => {
    const f = compileExpression('sin(x)*cos(y) + 0.1*(x^2 + y^2) + exp(-((x - 1)^2 + y^2)) - log(1 + abs(x*y))');
    const grid = new Float64Array(200 * 200);
    // Milliseconds of this process's CPU time: other work on a shared two-core machine does not count.
    const once = () => {
      const before = process.cpuUsage();
      for (let j = 0; j < 200; j++) {
        const y = -3 + (6 * j) / 199;
        for (let i = 0; i < 200; i++) grid[j * 200 + i] = f.value(-3 + (6 * i) / 199, y);
      }
      const { user, system } = process.cpuUsage(before);
      return (user + system) / 1000;
    };
    once(); // warm-up, so the JIT has compiled the closures
    const times = Array.from({ length: 5 }, once).sort((a, b) => a - b);
    expect(times[2]).toBeLessThan(30);
    expect(grid.every(Number.isFinite)).toBe(true);
  });
});

describe('simulate on a typed function', () => {
  it('runs as on the same function written by hand', () => {
    const options = { optimizer: { name: 'adam', lr: 0.1 } as const, start: [-1.5, 2] as Vec2, steps: 200 };
    const typed = simulate({ ...options, fn: { expr: '(1 - x)^2 + 100*(y - x^2)^2' } });
    const named = simulate({ ...options, fn: 'rosenbrock' });
    typed.points.forEach((p, t) => {
      expect(p[0]).toBeCloseTo(named.points[t][0], 10);
      expect(p[1]).toBeCloseTo(named.points[t][1], 10);
    });
  });

  it('reports a bad formula naming expr', () => {
    expect(() => simulate({ fn: { expr: 'x + * y' }, optimizer: { name: 'sgd' }, start: [0, 0], steps: 1 }))
      .toThrow('expr: unexpected "*" at column 5');
  });
});

describe('parseExpression', () => {
  it('hands out a tree of its own: changing it changes no later parse', () => {
    const tree = parseExpression('x');
    (tree as { name: string }).name = 'y';
    expect(compileExpression('x').value(1, 2)).toBe(1);
  });
});
