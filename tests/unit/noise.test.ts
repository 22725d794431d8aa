import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  createNormal, createUint32, normalPythonSource, portableLog, simulate, uniform53, xoshiro128StarStar,
} from '../../src/lib';
import type { Vec2 } from '../../src/lib';

const hasPython = spawnSync('python3', ['--version']).status === 0;

describe('the seeded generator', () => {
  it('is xoshiro128**: the reference state (1, 2, 3, 4) gives 11520, 0, 5927040', () => {
    // Output 1: rotl(2·5, 7)·9 = 1280·9. The state becomes (7, 0, 1026, 12288): output 2 is rotl(0, 7)·9.
    // Then (12295, 1029, 1029, 25165824): output 3 is rotl(1029·5, 7)·9 = 5145·128·9.
    const next = xoshiro128StarStar([1, 2, 3, 4]);
    expect([next(), next(), next()]).toStrictEqual([11520, 0, 5927040]);
  });

  it('gives the same draws for a seed, and others for another seed', () => {
    const a = createNormal(42);
    const b = createNormal(42);
    const c = createNormal(43);
    const first = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toStrictEqual(first);
    expect(Array.from({ length: 100 }, () => c())).not.toStrictEqual(first);
  });

  it('makes 32-bit integers and 53-bit uniforms in [0, 1)', () => {
    const next = createUint32(0);
    for (let i = 0; i < 1000; i++) {
      const word = next();
      expect(Number.isInteger(word) && word >= 0 && word < 2 ** 32).toBe(true);
      const u = uniform53(next);
      expect(u >= 0 && u < 1).toBe(true);
    }
  });

  it('draws N(0, 1): mean, variance and tails roughly right over 100 000 draws', () => {
    const draw = createNormal(2024);
    const n = 100_000;
    let sum = 0;
    let squares = 0;
    let beyondTwo = 0;
    for (let i = 0; i < n; i++) {
      const z = draw();
      sum += z;
      squares += z * z;
      if (Math.abs(z) > 2) beyondTwo += 1;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.015); // 4.7 standard errors
    expect(Math.abs(squares / n - 1)).toBeLessThan(0.02);
    expect(beyondTwo / n).toBeCloseTo(0.0455, 2);
  });

  it('takes its logarithm in plain arithmetic, within a few ulps of Math.log', () => {
    for (const s of [1e-300, 2 ** -104, 1e-10, 0.001, 0.3, 0.5, 0.7071067811865476, 0.7071067811865475, 0.9, 0.999999, 1 - 2 ** -53]) {
      expect(Math.abs(portableLog(s) - Math.log(s))).toBeLessThanOrEqual(4 * Number.EPSILON * Math.abs(Math.log(s)));
    }
  });

  it.skipIf(!hasPython)('emits Python that draws the same first 1000 numbers, bit for bit', () => {
    const script = `${normalPythonSource()}
draw = Normal(987654321)
print("\\n".join(repr(draw()) for _ in range(1000)))
`;
    const run = spawnSync('python3', ['-c', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const fromPython = run.stdout.trim().split('\n').map(Number);
    const draw = createNormal(987654321);
    expect(fromPython).toStrictEqual(Array.from({ length: 1000 }, () => draw()));
  });
});

describe('simulate with noise', () => {
  const options = { fn: 'wavy', optimizer: { name: 'adam', lr: 0.1, weightDecay: 0.1 }, start: [-4, 4] as Vec2, steps: 100 } as const;

  it('with σ = 0 is the noiseless run, bit for bit', () => {
    const { noise, ...noisy } = simulate({ ...options, noise: { sigma: 0, seed: 5 } });
    const { noise: none, ...plain } = simulate(options);
    expect(noisy).toStrictEqual(plain);
    expect(noise).toStrictEqual({ sigma: 0, seed: 5 });
    expect(none).toBeNull();
  });

  it('adds σ·z to the gradient, x then y each step, before weight decay', () => {
    const fn = { value: () => 0, gradient: (): [number, number] => [1, 2] };
    const run = simulate({ fn, optimizer: { name: 'sgd', lr: 0.1, weightDecay: 0.5 }, start: [0, 0], steps: 2,
      noise: { sigma: 0.3, seed: 11 } });
    const draw = createNormal(11);
    const z = [draw(), draw(), draw(), draw()];
    expect(run.gradients[0]).toStrictEqual([1 + 0.3 * z[0], 2 + 0.3 * z[1]]);
    const [x1, y1] = run.points[1];
    expect(run.gradients[1]).toStrictEqual([1 + 0.3 * z[2] + 0.5 * x1, 2 + 0.3 * z[3] + 0.5 * y1]);
  });

  it('repeats a run for a seed, and seed 0 by default', () => {
    const noise = { sigma: 1 };
    expect(simulate({ ...options, noise })).toStrictEqual(simulate({ ...options, noise }));
    expect(simulate({ ...options, noise }).points).toStrictEqual(simulate({ ...options, noise: { sigma: 1, seed: 0 } }).points);
    expect(simulate({ ...options, noise }).points).not.toStrictEqual(simulate({ ...options, noise: { sigma: 1, seed: 1 } }).points);
  });
});
