/**
 * The small picture of each page's main widget, for the home page's cards and the share cards:
 * slug → a figure made from the widget's own model and defaults, so the thumbnail is the run the
 * widget starts with. A slug without an entry (an article added before its figure) gets none, and
 * the cards are laid out without it. Pure: runs at build time only.
 */
import { objectives, simulate, type ContourBand, type Vec2 } from '../lib/index.ts';
import { compareRuns, comparisonDefaults } from '../widgets/kit/comparison.ts';
import { bandsFor } from '../widgets/kit/contour-bands.ts';
import type { SeriesTag } from '../widgets/kit/series.ts';
import { EWMA_FIGURE, ewmaFigureData, noisySeries, stableRange } from '../widgets/ewma-explorer/model.ts';
import {
  DEFAULTS as NESTEROV, FN as NESTEROV_FN, METHODS, nesterovRuns, pathPoints as nesterovPath, VIEW as NESTEROV_VIEW,
} from '../widgets/momentum-nesterov/model.ts';
import { DEFAULT_SETUP } from '../widgets/playground/model.ts';
import {
  accumulatorRuns, bowlBands as adagradBands, DEFAULTS as ACCUMULATOR, pathPoints as adagradPath, VIEW as ADAGRAD_VIEW,
} from '../widgets/adagrad-accumulator/model.ts';
import { DEFAULTS as ADAM_RACE, FN as ADAM_FN, pathPoints as adamPath, raceRuns as adamRaceRuns, TAGS as ADAM_TAGS, VIEW as ADAM_VIEW } from '../widgets/adam-race/model.ts';

/** A figure in data coordinates: the view box, contour bands behind, then lines styled by series tag. */
export interface Thumb {
  /** A path on the plane is drawn square (its contours stay round); a curve against the step wide. */
  shape: 'square' | 'wide';
  view: [Vec2, Vec2];
  bands: ContourBand[];
  lines: { tag: SeriesTag; points: Vec2[]; thin?: boolean }[];
}

const series = (values: number[]): Vec2[] => values.map((v, t) => [t + 1, v]);

const FIGURES: Record<string, () => Thumb> = {
  // ewma-explorer: the noisy series, its EWMA and the bias-corrected EWMA at β = 0.9.
  ewma: () => {
    const raw = noisySeries(EWMA_FIGURE);
    const { average, corrected } = ewmaFigureData(raw, EWMA_FIGURE.beta);
    return {
      shape: 'wide',
      view: [[1, EWMA_FIGURE.steps], stableRange(raw)],
      bands: [],
      lines: [
        { tag: 'raw', points: series(raw), thin: true },
        { tag: 'average', points: series(average) },
        { tag: 'corrected', points: series(corrected) },
      ],
    };
  },
  // momentum-nesterov: plain descent, the heavy ball and Nesterov on the series' function (the race
  // in the long valley, at its defaults, swings too wide to read at thumbnail size).
  momentum: () => {
    const runs = nesterovRuns(NESTEROV);
    return {
      shape: 'square',
      view: NESTEROV_VIEW,
      bands: bandsFor(NESTEROV_FN),
      lines: METHODS.map((method) => ({ tag: method, points: nesterovPath(runs[method].points), thin: method === 'plain' })),
    };
  },
  // adagrad-accumulator: AdaGrad straight down the diagonal of the bowl, SGD with the same η bouncing.
  adagrad: () => {
    const runs = accumulatorRuns(ACCUMULATOR);
    return {
      shape: 'square',
      view: ADAGRAD_VIEW,
      bands: adagradBands(),
      lines: [
        { tag: 'raw', points: adagradPath(runs.sgd.points), thin: true },
        { tag: 'adagrad', points: adagradPath(runs.adagrad.points) },
      ],
    };
  },
  // trajectory: AdaGrad and RMSProp on the article's function, from its start.
  rmsprop: () => {
    const runs = compareRuns(comparisonDefaults);
    return {
      shape: 'square',
      view: objectives[comparisonDefaults.fn].view,
      bands: bandsFor(comparisonDefaults.fn),
      lines: [
        { tag: 'adagrad', points: runs.adagrad.points },
        { tag: 'rmsprop', points: runs.rmsprop.points },
      ],
    };
  },
  // adam-race: momentum, RMSProp and Adam on the series' function.
  adam: () => {
    const runs = adamRaceRuns(ADAM_RACE);
    return {
      shape: 'square',
      view: ADAM_VIEW,
      bands: bandsFor(ADAM_FN),
      lines: [
        { tag: ADAM_TAGS.momentum, points: adamPath(runs.momentum.points), thin: true },
        { tag: ADAM_TAGS.rmsprop, points: adamPath(runs.rmsprop.points), thin: true },
        { tag: ADAM_TAGS.adam, points: adamPath(runs.adam.points) },
      ],
    };
  },
  // The playground's first race on Rosenbrock's function.
  playground: () => {
    const { fn, view, start, steps, racers } = DEFAULT_SETUP;
    const tags = ['racer1', 'racer2', 'racer3', 'racer4', 'racer5', 'racer6'] as const;
    return {
      shape: 'square',
      view,
      bands: typeof fn === 'string' ? bandsFor(fn) : [],
      lines: racers.map((optimizer, i) => ({ tag: tags[i], points: simulate({ fn, start, steps, optimizer }).points })),
    };
  },
};

const made = new Map<string, Thumb>();

/** The figure for a slug (or `playground`), computed once per build; undefined when there is none. */
export function figureFor(slug: string): Thumb | undefined {
  const make = Object.prototype.hasOwnProperty.call(FIGURES, slug) ? FIGURES[slug] : undefined;
  if (!make) return undefined;
  let thumb = made.get(slug);
  if (!thumb) {
    thumb = make();
    made.set(slug, thumb);
  }
  return thumb;
}
