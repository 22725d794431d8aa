import { contours as d3Contours } from 'd3-contour';
import { getObjective } from './objectives';
import type { ObjectiveName, Vec2 } from './types';
import { fail, integerIn } from './validate';

/** The function sampled on a regular grid over its view box. */
export interface LossGrid {
  /** Samples along x and along y. */
  width: number;
  height: number;
  /** Row-major values, row 0 at the bottom (y = yMin): values[j·width + i] = f(x_i, y_j). */
  values: number[];
  /** The view box the grid covers: [[xMin, xMax], [yMin, yMax]]. */
  view: [Vec2, Vec2];
}

/** One filled level: the region where f ≥ value, as polygons in the function's own coordinates. */
export interface ContourBand {
  value: number;
  /** Polygons, each a list of rings (the first the outline, the rest holes), each ring a list of points. */
  polygons: Vec2[][][];
}

function checkView(view: unknown): [Vec2, Vec2] {
  const range = (r: unknown) => Array.isArray(r) && r.length === 2 &&
    r.every((v) => typeof v === 'number' && Number.isFinite(v)) && r[0] < r[1];
  if (!Array.isArray(view) || view.length !== 2 || !view.every(range)) {
    fail('view', '[[xMin, xMax], [yMin, yMax]] with finite numbers, min < max', view);
  }
  return [[view[0][0], view[0][1]], [view[1][0], view[1][1]]];
}

/**
 * Samples f at the centres of a width × height grid of cells over a view box: a named function's
 * own unless `view` is given; a typed (`compileExpression`) or custom function needs `view`.
 */
export function lossGrid(
  fn: ObjectiveName | { value(x: number, y: number): number }, width = 64, height = 64, view?: [Vec2, Vec2],
): LossGrid {
  const objective = typeof fn === 'object' && fn !== null ? null : getObjective(fn);
  const value = objective ? objective.value : (fn as { value(x: number, y: number): number }).value;
  if (typeof value !== 'function') fail('fn.value', 'a function (x, y) => f', value);
  integerIn('width', width, 2, 1000);
  integerIn('height', height, 2, 1000);
  const box = view === undefined && objective ? objective.view : checkView(view);
  const [[x0, x1], [y0, y1]] = box;
  const values: number[] = new Array(width * height);
  for (let j = 0; j < height; j++) {
    const y = y0 + ((j + 0.5) / height) * (y1 - y0);
    for (let i = 0; i < width; i++) {
      values[j * width + i] = value(x0 + ((i + 0.5) / width) * (x1 - x0), y);
    }
  }
  return { width, height, values, view: box };
}

/**
 * `count` contour levels at evenly spaced quantiles of the grid's values, so each band covers
 * about the same area whatever the function's range (Rosenbrock's and Beale's span 1e5).
 * Sorted, distinct, all strictly inside the range of the values.
 */
export function contourThresholds(values: readonly number[], count: number): number[] {
  integerIn('count', count, 1, 200);
  const finite = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (finite.length === 0) fail('values', 'an array with a finite number', values);
  const levels: number[] = [];
  for (let k = 1; k <= count; k++) {
    const v = finite[Math.min(finite.length - 1, Math.floor((k / (count + 1)) * finite.length))];
    if (v > finite[0] && v < finite[finite.length - 1] && v !== levels[levels.length - 1]) levels.push(v);
  }
  return levels;
}

/** The filled contour bands of a grid, in the function's coordinates, lowest level first. */
export function contourBands(grid: LossGrid, thresholds: readonly number[]): ContourBand[] {
  const { width, height, view: [[x0, x1], [y0, y1]] } = grid;
  const toView = ([gx, gy]: number[]): Vec2 => [x0 + (gx / width) * (x1 - x0), y0 + (gy / height) * (y1 - y0)];
  return d3Contours().size([width, height]).thresholds(thresholds as number[])(grid.values)
    .map((multi) => ({
      value: multi.value,
      polygons: multi.coordinates.map((polygon) => polygon.map((ring) => ring.map(toView))),
    }));
}
