import { describe, expect, it } from 'vitest';
import { getObjective, objectiveNames, objectives } from '../../src/lib';

/** Central differences with a step scaled to the coordinate, accurate to about 1e-10 · |f|. */
function numericGradient(f: (x: number, y: number) => number, x: number, y: number): [number, number] {
  const hx = 1e-6 * Math.max(1, Math.abs(x));
  const hy = 1e-6 * Math.max(1, Math.abs(y));
  return [(f(x + hx, y) - f(x - hx, y)) / (2 * hx), (f(x, y + hy) - f(x, y - hy)) / (2 * hy)];
}

/** A 9 × 9 grid over the view box plus points just outside it. */
function samplePoints(view: [[number, number], [number, number]]): [number, number][] {
  const points: [number, number][] = [];
  const [[x0, x1], [y0, y1]] = view;
  for (let i = 0; i <= 8; i++) {
    for (let j = 0; j <= 8; j++) {
      points.push([x0 + ((x1 - x0) * (i + 0.37)) / 8, y0 + ((y1 - y0) * (j + 0.61)) / 8]);
    }
  }
  return points;
}

describe.each(objectiveNames)('the %s function', (name) => {
  const objective = objectives[name];

  it('has an analytic gradient that agrees with central differences', () => {
    for (const [x, y] of samplePoints(objective.view)) {
      const [gx, gy] = objective.gradient(x, y);
      const [nx, ny] = numericGradient(objective.value, x, y);
      const scale = Math.max(1, Math.abs(objective.value(x, y)));
      expect(Math.abs(gx - nx), `∂f/∂x at (${x}, ${y})`).toBeLessThan(1e-6 * scale);
      expect(Math.abs(gy - ny), `∂f/∂y at (${x}, ${y})`).toBeLessThan(1e-6 * scale);
    }
  });

  it('has a vanishing gradient at each listed minimum, which lies in the view box', () => {
    for (const [x, y] of objective.minima) {
      const [gx, gy] = objective.gradient(x, y);
      expect(Math.hypot(gx, gy)).toBeLessThan(1e-4);
      expect(x).toBeGreaterThanOrEqual(objective.view[0][0]);
      expect(x).toBeLessThanOrEqual(objective.view[0][1]);
      expect(y).toBeGreaterThanOrEqual(objective.view[1][0]);
      expect(y).toBeLessThanOrEqual(objective.view[1][1]);
    }
  });

  it('lists its global minimum first', () => {
    const values = objective.minima.map(([x, y]) => objective.value(x, y));
    expect(Math.min(...values)).toBeCloseTo(values[0], 6);
  });
});

describe('the wavy function', () => {
  it('has the minima the article and FACTS.md give', () => {
    const { value, minima } = getObjective('wavy');
    expect(minima[0][0]).toBeCloseTo(-1.30644, 5);
    expect(value(...minima[0])).toBeCloseTo(-0.79458, 5);
    expect(minima[1][0]).toBeCloseTo(3.8375, 4);
    expect(value(...minima[1])).toBeCloseTo(0.8316, 4);
  });
});

describe('getObjective', () => {
  it.each(['toString', '__proto__', 'constructor', '', 'Wavy'])('rejects %j as unknown', (name) => {
    expect(() => getObjective(name)).toThrow(/^fn must be one of/);
  });
});
