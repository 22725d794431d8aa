import type { Chart, Plugin } from 'chart.js';
import { contourBands, contourThresholds, lossGrid, type ContourBand, type ObjectiveName } from '../../../lib/index.ts';

/** How finely the loss is sampled and how many levels are drawn: enough for smooth lines, cheap to compute. */
const GRID = 72;
const LEVELS = 14;

const bandCache = new Map<ObjectiveName, ContourBand[]>();

/** The filled contour bands of a function, computed once per page. */
export function bandsFor(fn: ObjectiveName): ContourBand[] {
  let bands = bandCache.get(fn);
  if (!bands) {
    const grid = lossGrid(fn, GRID, GRID);
    bands = contourBands(grid, contourThresholds(grid.values, LEVELS));
    bandCache.set(fn, bands);
  }
  return bands;
}

/** Colours of the contour layer, read from the palette by the owner. */
export interface ContourColours {
  fill: string;
  line: string;
}

/**
 * A Chart.js plugin that paints the function's contours behind the datasets: each level's
 * region is filled faintly (so higher loss is darker) and outlined. The picture is cached in an
 * offscreen canvas and repainted only when the function, the chart's size or the colours change.
 */
export function contourLayer(fn: () => ObjectiveName, colours: () => ContourColours): Plugin {
  let cache: HTMLCanvasElement | undefined;
  let cacheKey = '';
  return {
    id: 'contourLayer',
    beforeDatasetsDraw(chart: Chart) {
      const { left, top, width, height } = chart.chartArea;
      if (width <= 0 || height <= 0) return;
      const ratio = chart.currentDevicePixelRatio || 1;
      const { fill, line } = colours();
      const key = `${fn()}|${width}|${height}|${ratio}|${fill}|${line}`;
      if (key !== cacheKey || !cache) {
        cache ??= document.createElement('canvas');
        cache.width = Math.round(width * ratio);
        cache.height = Math.round(height * ratio);
        paint(cache, chart, bandsFor(fn()), { fill, line }, ratio);
        cacheKey = key;
      }
      chart.ctx.drawImage(cache, left, top, width, height);
    },
  };
}

function paint(canvas: HTMLCanvasElement, chart: Chart, bands: ContourBand[], colours: ContourColours, ratio: number) {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const { left, top } = chart.chartArea;
  const xs = chart.scales.x;
  const ys = chart.scales.y;
  const px = (x: number) => (xs.getPixelForValue(x) - left) * ratio;
  const py = (y: number) => (ys.getPixelForValue(y) - top) * ratio;
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  for (const band of bands) {
    const path = new Path2D();
    for (const polygon of band.polygons) {
      for (const ring of polygon) {
        ring.forEach(([x, y], i) => (i === 0 ? path.moveTo(px(x), py(y)) : path.lineTo(px(x), py(y))));
        path.closePath();
      }
    }
    ctx.globalAlpha = 0.035;
    ctx.fillStyle = colours.fill;
    ctx.fill(path, 'evenodd');
    ctx.globalAlpha = 0.45;
    ctx.strokeStyle = colours.line;
    ctx.lineWidth = ratio;
    ctx.stroke(path);
  }
  ctx.globalAlpha = 1;
}
