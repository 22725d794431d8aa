import { describe, expect, it } from 'vitest';
import { ringPath, simplifyPath, SIMPLIFY_TOLERANCE } from '../../src/widgets/kit/static-plot.ts';

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
    expect(ringPath([[1, 1], [1, 2], [1, 3], [2, 3], [1, 1]])).toBe('M1.0,1.0L1.0,3.0L2.0,3.0L1.0,1.0Z');
  });
});
