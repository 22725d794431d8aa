import { contourBands, contourThresholds, lossGrid, type ContourBand, type ObjectiveName, type Vec2 } from '../../lib/index.ts';

/** How finely the loss is sampled and how many levels are drawn, for the SVG and the canvas alike. */
export const CONTOURS = { grid: 72, levels: 14 } as const;

const cache = new Map<ObjectiveName, ContourBand[]>();

/** The filled contour bands of a named function over its own view box, computed once per page (or build). Pure. */
export function bandsFor(fn: ObjectiveName): ContourBand[] {
  let bands = cache.get(fn);
  if (!bands) {
    bands = bandsOver(fn, undefined);
    cache.set(fn, bands);
  }
  return bands;
}

/**
 * The bands of any function (a named one, or one with a `value`) over a view box, not cached: a typed
 * formula changes with every keystroke. A function with no finite value on the grid has no bands.
 */
export function bandsOver(fn: ObjectiveName | { value(x: number, y: number): number }, view: [Vec2, Vec2] | undefined): ContourBand[] {
  const grid = lossGrid(fn, CONTOURS.grid, CONTOURS.grid, view);
  if (!grid.values.some(Number.isFinite)) return [];
  return contourBands(grid, contourThresholds(grid.values, CONTOURS.levels));
}

/** Both renderings draw each band faintly filled (higher loss darker) and outlined. */
export const CONTOUR_STYLE = { fillOpacity: 0.035, lineOpacity: 0.45 } as const;
