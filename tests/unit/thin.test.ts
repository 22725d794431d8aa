import { describe, expect, it } from 'vitest';
import { lineUpTo, thinCurve, thinPath } from '../../src/widgets/kit/thin';

describe('thinPath', () => {
  const path = [0, 1, 1.0001, 1.0002, 2, 2.00001, 2.00002].map((x) => ({ x, y: 0 }));
  const thin = thinPath(path, [0.01, 0.01]);

  it('drops points within the tolerance of the last one kept, keeping both ends', () => {
    expect(thin.indices).toEqual([0, 1, 4, 6]);
    expect(thin.points).toEqual([0, 1, 2, 2.00002].map((x) => ({ x, y: 0 })));
  });

  it('draws up to any step, ending exactly on it', () => {
    expect(lineUpTo(thin, path, 0)).toEqual([{ x: 0, y: 0 }]);
    expect(lineUpTo(thin, path, 3)).toEqual([0, 1, 1.0002].map((x) => ({ x, y: 0 })));
    expect(lineUpTo(thin, path, 4)).toEqual([0, 1, 2].map((x) => ({ x, y: 0 })));
    expect(lineUpTo(thin, path, 99)).toEqual(thin.points);
  });
});

describe('thinCurve', () => {
  it('draws a constant as its two ends and a step as its corners', () => {
    expect(thinCurve(new Array(1000).fill(0.1), 1)).toEqual([{ x: 1, y: 0.1 }, { x: 1000, y: 0.1 }]);
    const stepped = Array.from({ length: 300 }, (_, t) => (t < 100 ? 1 : t < 200 ? 0.5 : 0.25));
    expect(thinCurve(stepped)).toEqual([
      { x: 0, y: 1 }, { x: 99, y: 1 }, { x: 100, y: 0.5 }, { x: 199, y: 0.5 }, { x: 200, y: 0.25 }, { x: 299, y: 0.25 },
    ]);
  });

  it('keeps each bucket’s lowest and highest value, in order, and every gap', () => {
    const noisy = Array.from({ length: 4000 }, (_, t) => Math.sin(t) + t / 1000);
    const thin = thinCurve(noisy, 0, 400);
    expect(thin.length).toBeLessThanOrEqual(801);
    expect(Math.max(...thin.map((p) => p.y!))).toBe(Math.max(...noisy));
    expect(Math.min(...thin.map((p) => p.y!))).toBe(Math.min(...noisy));
    expect(thin.map((p) => p.x)).toEqual([...thin.map((p) => p.x)].sort((a, b) => a - b));
    expect(thinCurve([1, 2, null, 4, 5], 0, 1).filter((p) => p.y === null)).toHaveLength(1);
  });

  it('leaves a short curve as it is', () => {
    expect(thinCurve([3, 1, 2])).toEqual([{ x: 0, y: 3 }, { x: 1, y: 1 }, { x: 2, y: 2 }]);
    expect(thinCurve([])).toEqual([]);
  });
});
