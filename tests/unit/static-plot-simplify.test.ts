import { describe, expect, it } from 'vitest';
import { marksPath, pathData, ringPath, simplifyPath, SIMPLIFY_TOLERANCE } from '../../src/widgets/kit/static-plot.ts';

type Pixel = [number, number];

function distanceToPolyline(p: Pixel, line: Pixel[]): number {
  let best = Infinity;
  for (let i = 1; i < line.length; i++) {
    const [ax, ay] = line[i - 1];
    const [bx, by] = line[i];
    const dx = bx - ax, dy = by - ay;
    const l2 = dx * dx + dy * dy;
    const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - ax) * dx + (p[1] - ay) * dy) / l2));
    best = Math.min(best, Math.hypot(p[0] - ax - t * dx, p[1] - ay - t * dy));
  }
  return best;
}

describe('contour paths in the static figures', () => {
  it('drop collinear points along an edge and keep the corners', () => {
    const edge: Pixel[] = [[0, 0], ...Array.from({ length: 50 }, (_, i): Pixel => [0, i + 1]), [10, 51], [10, 0], [0, 0]];
    expect(simplifyPath(edge)).toEqual([[0, 0], [0, 50], [10, 51], [10, 0], [0, 0]]);
  });

  it('keep every dropped point within the tolerance of the simplified path', () => {
    const circle: Pixel[] = Array.from({ length: 721 }, (_, i): Pixel => [200 + 150 * Math.cos(i * Math.PI / 360), 200 + 150 * Math.sin(i * Math.PI / 360)]);
    const simple = simplifyPath(circle);
    expect(simple.length).toBeLessThan(circle.length / 4);
    for (const p of circle) expect(distanceToPolyline(p, simple)).toBeLessThanOrEqual(SIMPLIFY_TOLERANCE + 1e-9);
  });

  it('write a closed ring as path data to 0.1 units', () => {
    expect(ringPath([[1, 1], [1, 2], [1, 3], [2, 3], [1, 1]])).toBe('M1 1l0 2 1 0-1-2z');
  });
});

/** The absolute points a path of one move and relative lines (or marks) passes through. */
function decode(d: string): Pixel[] {
  const numbers = (d.match(/-?(\d+(\.\d*)?|\.\d+)/g) ?? []).map(Number);
  const points: Pixel[] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) {
    const [x, y] = points.at(-1) ?? [0, 0];
    points.push(i === 0 ? [numbers[0], numbers[1]] : [x + numbers[i], y + numbers[i + 1]]);
  }
  return points;
}

describe('path data in the static figures', () => {
  const wiggle: Pixel[] = Array.from({ length: 400 }, (_, i): Pixel => [i * 1.237 - 50.05, 200 * Math.sin(i / 7) + (i % 3) * 0.04]);

  it('passes within 0.05 of every point, however long the path (no drift from rounding)', () => {
    const back = decode(pathData(wiggle));
    expect(back).toHaveLength(wiggle.length);
    back.forEach(([x, y], i) => {
      expect(Math.abs(x - wiggle[i][0])).toBeLessThanOrEqual(0.05 + 1e-9);
      expect(Math.abs(y - wiggle[i][1])).toBeLessThanOrEqual(0.05 + 1e-9);
    });
  });

  it('writes short relative numbers with no separator a minus sign or a second point makes', () => {
    expect(pathData([[0, 0], [0.5, 0.3], [0.2, 1.3], [10, -3]])).toBe('M0 0l.5.3-.3 1 9.8-4.3');
    expect(pathData([[5, 5], [5, 5]])).toBe('M5 5');
    expect(pathData([])).toBe('');
  });

  it('puts a zero-length mark at every point, skipping repeats', () => {
    const d = marksPath([[1, 1], [2, 1], [2, 1], [2, 0.5]]);
    expect(d).toBe('M1 1h0m1 0h0m0-.5h0');
    expect(decode(d.replace(/h0/g, ''))).toEqual([[1, 1], [2, 1], [2, 0.5]]);
  });
});
