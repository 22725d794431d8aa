/**
 * Every number the RMSProp article prints, in both languages: computed once, at build time, by the
 * same library the widgets run. `en/rmsprop.mdx` and `zh/rmsprop.mdx` import them by name.
 * (The collection's glob loader reads only `{en,zh}/*.mdx`, so this file is not an article.)
 */
import {
  ewmaWeights, nonstationaryRun, objectives, simulate, sparseRun, type OptimizerOptions,
} from '../../lib/index.ts';

export const fmt = (x: number, digits = 2) => x.toFixed(digits).replace('-', '−');
const run = (optimizer: OptimizerOptions) => simulate({ fn: 'wavy', start: [-4, 4], steps: 100, optimizer });
export const ada = run({ name: 'adagrad', lr: 0.1, eps: 1e-8 });
export const rms = run({ name: 'rmsprop', lr: 0.1, gamma: 0.9, eps: 1e-8 });
export const rmsCorrected = run({ name: 'rmsprop', lr: 0.1, gamma: 0.9, eps: 1e-8, biasCorrection: true });
export const rmsInside = run({ name: 'rmsprop', lr: 0.1, gamma: 0.9, eps: 1e-8, epsInSqrt: true });
export const rms0 = run({ name: 'rmsprop', lr: 0.1, gamma: 0, eps: 1e-8 });
export const rms99 = run({ name: 'rmsprop', lr: 0.1, gamma: 0.99, eps: 1e-8 });
export const rms999 = run({ name: 'rmsprop', lr: 0.1, gamma: 0.999, eps: 1e-8 });
const wavy = objectives.wavy;
export const best = wavy.minima[0];
export const fBest = wavy.value(best[0], best[1]);
export const local = wavy.minima[1];
export const fLocal = wavy.value(local[0], local[1]);
export const curvatureX = (wavy.gradient(best[0] + 1e-5, best[1])[0] - wavy.gradient(best[0] - 1e-5, best[1])[0]) / 2e-5;
export const weights = ewmaWeights(0.9, 4);
export const lowest = rms.loss.indexOf(Math.min(...rms.loss));
export const kick = rms.points.reduce((far, p, t) => (Math.abs(p[0] - best[0]) > Math.abs(rms.points[far][0] - best[0]) && t > lowest ? t : far), lowest);
export const peakRate = Math.max(...rms.effectiveLr.slice(lowest, kick).map((r) => r[0]));
export const ada05 = run({ name: 'adagrad', lr: 0.5, eps: 1e-8 });
export const rms05 = run({ name: 'rmsprop', lr: 0.5, gamma: 0.9, eps: 1e-8 });
export const rmsRight = simulate({ fn: 'wavy', start: [3, 1], steps: 100, optimizer: { name: 'rmsprop', lr: 0.1, gamma: 0.9, eps: 1e-8 } });
export const epsOut = run({ name: 'rmsprop', lr: 0.1, gamma: 0.9, eps: 0.01 });
export const epsIn = run({ name: 'rmsprop', lr: 0.1, gamma: 0.9, eps: 0.01, epsInSqrt: true });
export const ns = nonstationaryRun();
export const nsLast = ns.options.steps - 1;
export const nsSwitch = ns.events[0];
export const nsSettled = ns.rmsprop.gap.findIndex((g, i) => i >= nsSwitch && g[0] < 0.05) + 1;
export const sp = sparseRun();
export const spLast = sp.options.steps - 1;
