import { describe, expect, it } from 'vitest';
import { plotScales } from '../../src/widgets/kit/line-plot.ts';
import { linearRange, logRange, niceTicks, powerTicks } from '../../src/widgets/kit/static-plot.ts';

describe('the live curve plot’s scales', () => {
  it('are the build-time figure’s: the same ranges and ticks, so the swap shows no jump', () => {
    const values = [0.00603, 0.0102, 0.195, 7.34, 0.501];
    const log = plotScales(values, 100, true);
    expect(log.y).toEqual(logRange(values));
    expect(log.yTicks).toEqual(powerTicks(...logRange(values)));
    expect(log.xTicks).toEqual(niceTicks(0, 100, 5));
    const linear = plotScales([33, 12, -0.8], 250, false);
    expect(linear.y).toEqual(linearRange([33, 12, -0.8]));
    expect(linear.yTicks).toEqual(niceTicks(...linearRange([33, 12, -0.8]), 4));
    expect(linear.x).toEqual([0, 250]);
  });

  it('stay finite for runs with no drawable value and for a zero-step run', () => {
    for (const logY of [true, false]) {
      const scales = plotScales([NaN, Infinity, -Infinity, ...(logY ? [0, -1] : [])], 0, logY);
      expect([...scales.x, ...scales.y, ...scales.xTicks, ...scales.yTicks].every(Number.isFinite)).toBe(true);
      expect(scales.x[1]).toBeGreaterThan(scales.x[0]);
      expect(scales.y[1]).toBeGreaterThan(scales.y[0]);
    }
  });
});
