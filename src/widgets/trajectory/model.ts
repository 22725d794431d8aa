/**
 * The trajectory widget's facts, read by its markup (build time) and its element (browser):
 * the presets that set it to the article's cases, and the labels the element needs. Pure.
 */
import type { SimulateResult } from '../../lib/index.ts';
import { comparisonDefaults, type ComparisonSettings } from '../kit/comparison.ts';
import { fill, fmt } from '../kit/format.ts';

/** Text the server renders into `data-labels`, in the page's language. */
export interface TrajectoryLabels {
  play: string;
  pause: string;
  /** '{name}, step {t}: ({x}, {y}), f = {f}' */
  readout: string;
  /** '{name} diverged at step {k}' */
  diverged: string;
  /** '{name} left the plot at step {k}: …' (its steps are bounded, so it overshoots rather than blows up) */
  left: string;
  /** Between two status messages: '; ' or '；'. */
  joiner: string;
  start: string;
  copied: string;
  copyFailed: string;
}

export type PresetName = 'article' | 'stall' | 'largeLr' | 'overshoot' | 'sign' | 'longMemory' | 'epsInside' | 'localMin';

/** The article's cases, each a whole setup (so a preset always looks the same). */
export const PRESETS: Record<PresetName, ComparisonSettings> = {
  article: { ...comparisonDefaults },
  stall: { ...comparisonDefaults, steps: 400 },
  largeLr: { ...comparisonDefaults, lr: 0.5 },
  overshoot: { ...comparisonDefaults, lr: 1.5 },
  sign: { ...comparisonDefaults, gamma: 0 },
  longMemory: { ...comparisonDefaults, gamma: 0.999 },
  epsInside: { ...comparisonDefaults, eps: 0.01, epsInSqrt: true },
  localMin: { ...comparisonDefaults, x: 3, y: 1 },
};

export const PRESET_ORDER = Object.keys(PRESETS) as PresetName[];

/** The preset the settings match exactly, if any (its button shows as pressed). */
export function presetOf(settings: ComparisonSettings): PresetName | undefined {
  return PRESET_ORDER.find((name) => {
    const preset = PRESETS[name];
    return (Object.keys(preset) as (keyof ComparisonSettings)[]).every((key) => preset[key] === settings[key]);
  });
}

/**
 * Where one optimizer is at step t: the readout under the plot. The build writes the default run's
 * readouts into the page, so the widget is as tall before it starts as after.
 */
export function readoutText(labels: TrajectoryLabels, name: string, run: Pick<SimulateResult, 'points' | 'loss'>, shown: number): string {
  const t = Math.min(shown, run.points.length - 1);
  const [x, y] = run.points[t];
  return fill(labels.readout, { name, t, x: fmt(x), y: fmt(y), f: fmt(run.loss[t]) });
}
