import { describe, expect, it } from 'vitest';
import { contourBands, contourThresholds, lossGrid } from '../../src/lib/contours';
import { compileExpression } from '../../src/lib/expression';
import { objectiveNames } from '../../src/lib/objectives';

describe('lossGrid', () => {
  it('samples f at cell centres, row 0 at the bottom', () => {
    const grid = lossGrid('quadratic', 2, 2);
    expect(grid.values).toHaveLength(4);
    // quadratic's view is [-5, 5]²: the centres are ±2.5.
    expect(grid.view).toEqual([[-5, 5], [-5, 5]]);
  });

  it.each(objectiveNames)('gives finite values everywhere for %s', (fn) => {
    expect(lossGrid(fn, 40, 30).values.every(Number.isFinite)).toBe(true);
  });

  it('samples a typed function over the view box it is given', () => {
    const grid = lossGrid(compileExpression('x + 10*y'), 2, 2, [[0, 2], [0, 4]]);
    // Cell centres x = 0.5, 1.5 and y = 1, 3, row 0 at the bottom.
    expect(grid.values).toStrictEqual([10.5, 11.5, 30.5, 31.5]);
    expect(grid.view).toStrictEqual([[0, 2], [0, 4]]);
  });

  it('samples a named function over another view box when given one', () => {
    expect(lossGrid('quadratic', 2, 2, [[0, 2], [0, 2]]).values).toStrictEqual([0.5 * 0.25 + 12.5 * 0.25,
      0.5 * 2.25 + 12.5 * 0.25, 0.5 * 0.25 + 12.5 * 2.25, 0.5 * 2.25 + 12.5 * 2.25]);
  });

  it.each([undefined, [[0, 1]], [[1, 0], [0, 1]], [[0, NaN], [0, 1]], [[0, 1], [0, Infinity]], 'box'])(
    'asks a typed function for a view box, naming view: %j', (view) => {
      expect(() => lossGrid(compileExpression('x'), 4, 4, view as never)).toThrow(/^view must be \[\[xMin, xMax\], \[yMin, yMax\]\]/);
    });

  it('names the field of a bad grid size', () => {
    expect(() => lossGrid('wavy', 1, 10)).toThrow(/width/);
    expect(() => lossGrid('toString' as never)).toThrow(/fn/);
  });
});

describe('contourThresholds', () => {
  it('puts levels at evenly spaced quantiles', () => {
    expect(contourThresholds([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 4)).toEqual([2, 4, 6, 8]);
  });

  it('returns distinct, sorted levels inside the range', () => {
    const levels = contourThresholds(lossGrid('rosenbrock').values, 12);
    expect(levels.length).toBeGreaterThan(8);
    expect([...levels].sort((a, b) => a - b)).toEqual(levels);
    expect(new Set(levels).size).toBe(levels.length);
  });

  it('returns no level for a constant grid', () => {
    expect(contourThresholds([3, 3, 3], 5)).toEqual([]);
  });

  it('names the field of bad input', () => {
    expect(() => contourThresholds([NaN], 3)).toThrow(/values/);
    expect(() => contourThresholds([1, 2], 0)).toThrow(/count/);
  });
});

describe('contourBands', () => {
  it('maps the boundary between two samples to the midpoint between their centres', () => {
    // A 4×1-cell-wide grid over [-5, 5]: centres at -3.75, -1.25, 1.25, 3.75.
    const grid = { width: 4, height: 3, values: [0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1], view: [[-5, 5], [-5, 5]] as [[number, number], [number, number]] };
    const [band] = contourBands(grid, [0.5]);
    const xs = band.polygons[0][0].map((p) => p[0]);
    expect(Math.min(...xs)).toBeCloseTo(-2.5);
  });

  it('returns one band per threshold for the wavy function', () => {
    const grid = lossGrid('wavy', 50, 50);
    const thresholds = contourThresholds(grid.values, 10);
    expect(contourBands(grid, thresholds).map((b) => b.value)).toEqual(thresholds);
  });
});
