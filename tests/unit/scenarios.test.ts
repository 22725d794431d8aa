import { describe, expect, it } from 'vitest';
import { nonstationaryRun, sparseRun } from '../../src/lib/scenarios';

describe('nonstationaryRun', () => {
  const run = nonstationaryRun();

  it('switches the target halfway', () => {
    expect(run.events).toEqual([100]);
    expect(run.targets[99]).toEqual([0, 0]);
    expect(run.targets[100]).toEqual([3, 0]);
  });

  it('lets both optimizers reach the first minimum', () => {
    expect(run.adagrad.gap[99][0]).toBeLessThan(0.2);
    expect(run.rmsprop.gap[99][0]).toBeLessThan(0.2);
  });

  it('leaves AdaGrad stuck after the switch while RMSProp reaches the new minimum', () => {
    expect(run.adagrad.gap[199][0]).toBeGreaterThan(2.5);
    expect(run.rmsprop.gap[199][0]).toBeLessThan(0.05);
  });

  it('keeps AdaGrad’s step size small after the switch but lets RMSProp’s grow', () => {
    expect(run.adagrad.effectiveLr[150][0]).toBeLessThan(0.01);
    expect(run.rmsprop.effectiveLr[150][0]).toBeGreaterThan(0.3);
  });

  it('records one entry per step', () => {
    expect(nonstationaryRun({ steps: 40 }).rmsprop.points).toHaveLength(40);
  });
});

describe('sparseRun', () => {
  it('lets AdaGrad settle the rare coordinate', () => {
    expect(sparseRun().adagrad.gap[299][1]).toBeLessThan(0.02);
  });

  it('keeps RMSProp jumping on the rare coordinate at each visit', () => {
    const gaps = sparseRun().rmsprop.gap.slice(200).map((g) => g[1]);
    expect(Math.max(...gaps)).toBeGreaterThan(0.3);
  });

  it('moves the rare coordinate only on every period-th step', () => {
    const run = sparseRun({ period: 5, steps: 20 });
    const moved = run.adagrad.stepSize.map((s, i) => (s[1] > 0 ? i + 1 : 0)).filter(Boolean);
    expect(moved).toEqual([5, 10, 15, 20]);
  });
});

describe('scenario options', () => {
  const bad: [string, () => unknown, RegExp][] = [
    ['γ = 1', () => nonstationaryRun({ gamma: 1 }), /gamma/],
    ['a negative learning rate', () => sparseRun({ lr: -1 }), /lr/],
    ['a fractional step count', () => sparseRun({ steps: 2.5 }), /steps/],
    ['a period of 0', () => sparseRun({ period: 0 }), /period/],
    ['NaN for ε', () => nonstationaryRun({ eps: NaN }), /eps/],
  ];
  it.each(bad)('rejects %s naming the field', (_, call, field) => {
    expect(call).toThrow(field);
  });
});
