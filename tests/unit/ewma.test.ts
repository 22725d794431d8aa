import { describe, expect, it } from 'vitest';
import { ewma, ewmaBiasCorrected, ewmaWeights, halfLife, memoryWindow } from '../../src/lib';

describe('ewma', () => {
  it('starts from v0 = 0 and so is pulled toward 0 at first', () => {
    // v1 = 0.1·10 = 1, v2 = 0.9·1 + 0.1·10 = 1.9: far below the constant 10 it averages.
    const v = ewma([10, 10, 10], 0.9);
    expect(v[0]).toBeCloseTo(1, 14);
    expect(v[1]).toBeCloseTo(1.9, 14);
    expect(v[2]).toBeCloseTo(2.71, 14);
  });

  it('with bias correction recovers a constant series exactly from the first step', () => {
    for (const v of ewmaBiasCorrected([10, 10, 10, 10], 0.9)) expect(v).toBeCloseTo(10, 12);
  });

  it('equals the weighted sum with weights (1 − β)βᵏ', () => {
    const series = [3, -1, 4, 1, -5, 9, 2, 6];
    const weights = ewmaWeights(0.8, series.length);
    const byWeights = series.reduce((sum, _, k) => sum + weights[k] * series[series.length - 1 - k], 0);
    expect(ewma(series, 0.8).at(-1)).toBeCloseTo(byWeights, 13);
  });

  it('with β = 0 is the series itself', () => {
    expect(ewma([1, 2, 3], 0)).toStrictEqual([1, 2, 3]);
  });
});

describe('memory', () => {
  it.each([
    [0.9, 10, 6.5788],
    [0.99, 100, 68.9676],
    [0.5, 2, 1],
  ])('at β = %d is a window of %d steps and a half-life of %d', (beta, window, half) => {
    expect(memoryWindow(beta)).toBeCloseTo(window, 9);
    expect(halfLife(beta)).toBeCloseTo(half, 4);
    // After one half-life a value's weight has halved.
    expect(beta ** halfLife(beta)).toBeCloseTo(0.5, 12);
  });

  it('is empty at β = 0', () => {
    expect(halfLife(0)).toBe(0);
    expect(memoryWindow(0)).toBe(1);
  });
});

describe('the EWMA article’s numbers', () => {
  it('prints the memory table and the claims made from it', async () => {
    const { memoryRows, usual, firstStep } = await import('../../src/content/articles/ewma.numbers');
    expect(memoryRows.map((row) => [row.beta, row.memory, row.halfLife, row.leftAfterTen])).toEqual([
      ['0.5', '2', '1.00', '0.001'], ['0.9', '10', '6.58', '0.349'], ['0.99', '100', '69.0', '0.904'], ['0.999', '1000', '693', '0.990'],
    ]);
    // "halved after 6.58 steps; ten steps on, about a third is still there"; RMSProp's first step 3.16η.
    expect(Math.abs(Number(usual.leftAfterTen) - 1 / 3)).toBeLessThan(0.02);
    expect(firstStep).toBe('3.16');
  });
});
