import { contourBands, contourThresholds, lossGrid, type ContourBand, type ObjectiveName } from '../../lib/index.ts';

/** How finely the loss is sampled and how many levels are drawn, for the SVG and the canvas alike. */
export const CONTOURS = { grid: 72, levels: 14 } as const;

const cache = new Map<ObjectiveName, ContourBand[]>();

/** The filled contour bands of a function, computed once per page (or build). Pure. */
export function bandsFor(fn: ObjectiveName): ContourBand[] {
  let bands = cache.get(fn);
  if (!bands) {
    const grid = lossGrid(fn, CONTOURS.grid, CONTOURS.grid);
    bands = contourBands(grid, contourThresholds(grid.values, CONTOURS.levels));
    cache.set(fn, bands);
  }
  return bands;
}

/** Both renderings draw each band faintly filled (higher loss darker) and outlined. */
export const CONTOUR_STYLE = { fillOpacity: 0.035, lineOpacity: 0.45 } as const;
