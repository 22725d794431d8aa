/**
 * A setup → the race: every racer's whole run from the library, the function's contour bands, and
 * what the table and the CSV export say about it. Pure: the markup runs it at build time for the
 * static figure, the element on every change.
 */
import {
  compileExpression, objectives, simulate, type ContourBand, type CustomObjective, type ObjectiveName,
  type SimulateResult, type Vec2,
} from '../../lib/index.ts';
import { bandsFor, bandsOver } from '../kit/contour-bands.ts';
import { exactNumber } from '../kit/query-values.ts';
import { formatNumber } from '../kit/format.ts';
import { OPTIMIZER_LABELS, type FunctionChoice, type PlaygroundSetup } from './model.ts';

export interface Race {
  setup: PlaygroundSetup;
  /** One whole run per racer, in race order. */
  runs: SimulateResult[];
  /** The function's filled contours over the view. */
  bands: ContourBand[];
  /** The last step any run reaches (the scrubber's end). */
  last: number;
  /** Every loss is positive, so the loss chart can use a log axis (it cannot show 0 or less). */
  logLoss: boolean;
}

interface Surface {
  key: string;
  fn: ObjectiveName | CustomObjective;
  bands: ContourBand[];
}

// A typed formula is compiled and its contours traced once per formula and view, not once per
// change of a racer's learning rate: the last surface is kept.
let surface: Surface | undefined;

function surfaceFor(fn: FunctionChoice, view: [Vec2, Vec2]): Surface {
  const key = JSON.stringify([fn, view]);
  if (surface?.key === key) return surface;
  if (typeof fn === 'string') {
    const ownView = JSON.stringify(objectives[fn].view) === JSON.stringify(view);
    surface = { key, fn, bands: ownView ? bandsFor(fn) : bandsOver(fn, view) };
  } else {
    const compiled = compileExpression(fn.expr);
    surface = { key, fn: compiled, bands: bandsOver(compiled, view) };
  }
  return surface;
}

/** Runs every racer of a (sanitized) setup from its start, on its function, schedule and noise. */
export function runRace(setup: PlaygroundSetup): Race {
  const { fn, bands } = surfaceFor(setup.fn, setup.view);
  const noise = setup.noise.sigma > 0 ? setup.noise : undefined;
  const runs = setup.racers.map((optimizer) =>
    simulate({ fn, optimizer, start: setup.start, steps: setup.steps, schedule: setup.schedule, noise }));
  return {
    setup,
    runs,
    bands,
    last: Math.max(0, ...runs.map((run) => run.points.length - 1)),
    logLoss: runs.every((run) => run.loss.every((f) => f > 0)),
  };
}

/** Where a run ended: the last point it reached before stopping, and whether it diverged. */
export function finalState(run: SimulateResult) {
  const t = run.points.length - 1;
  const [x, y] = run.points[t];
  return { steps: t, divergedAt: run.divergedAt, x, y, loss: run.loss[t] };
}

/**
 * The final loss as the table prints it: ten significant digits in the page's number style, never
 * rounded to 0 however small (a run that converges reaches 1e-20), and '—' for a value that is not finite.
 */
export const finalLossText = (loss: number) => formatNumber(loss, { digits: 10, scale: Math.abs(loss) });

/** 'racer,step,x,y,loss,lr' and a row for every point of every run; numbers in full (shortest exact form). */
export function raceCsv(race: Race): string {
  const cell = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '' : exactNumber(v));
  const rows = ['racer,step,x,y,loss,lr'];
  race.runs.forEach((run, i) => {
    const racer = `${i + 1} ${OPTIMIZER_LABELS[race.setup.racers[i].name]}`;
    run.points.forEach(([x, y], t) => {
      // Step t's learning rate is the one that took the run from point t − 1 to point t; the start has none.
      rows.push([racer, t, cell(x), cell(y), cell(run.loss[t]), cell(t === 0 ? undefined : run.lr[t - 1])].join(','));
    });
  });
  return `${rows.join('\n')}\n`;
}
