import { describe, expect, it } from 'vitest';
import { getObjective, simulate } from '../../src/lib';
import { compareRuns, comparisonDefaults as trajectoryDefaults, sanitizeSettings } from '../../src/widgets/kit/comparison';

describe('compareRuns', () => {
  it("runs AdaGrad and RMSProp with the widget's settings, γ for RMSProp alone", () => {
    const settings = { ...trajectoryDefaults, fn: 'rosenbrock', gamma: 0.5, epsInSqrt: true, x: -1, y: 2 } as const;
    const runs = compareRuns(settings);
    const common = { fn: 'rosenbrock', start: [-1, 2], steps: settings.steps } as const;
    expect(runs.adagrad).toStrictEqual(simulate({ ...common, start: [-1, 2],
      optimizer: { name: 'adagrad', lr: settings.lr, eps: settings.eps, epsInSqrt: true } }));
    expect(runs.rmsprop).toStrictEqual(simulate({ ...common, start: [-1, 2],
      optimizer: { name: 'rmsprop', lr: settings.lr, gamma: 0.5, eps: settings.eps, epsInSqrt: true } }));
  });

  it("starts the default run where the source article does, wavy's own default start", () => {
    expect([trajectoryDefaults.x, trajectoryDefaults.y]).toStrictEqual(getObjective('wavy').defaultStart);
    expect(sanitizeSettings({})).toStrictEqual(trajectoryDefaults);
    expect(compareRuns(trajectoryDefaults).rmsprop.points[0]).toStrictEqual([-4, 4]);
  });
});
