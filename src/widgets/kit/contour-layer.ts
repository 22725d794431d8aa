import type { Chart, Plugin } from 'chart.js';
import type { ContourBand } from '../../lib/index.ts';
import { CONTOUR_STYLE } from './contour-bands.ts';
import type { Palette } from './palette.ts';

/**
 * A Chart.js plugin that paints a function's contours (`bandsFor`, `bandsOver`) behind the datasets,
 * as the static SVG does. The picture is cached in an offscreen canvas and repainted only when the
 * bands (a new array), the chart's size, its axes or the colours change.
 */
export function contourLayer(bands: () => ContourBand[], palette: () => Palette): Plugin<'line'> {
  let cache: HTMLCanvasElement | undefined;
  let cacheKey = '';
  let cachedBands: ContourBand[] | undefined;
  return {
    id: 'contourLayer',
    beforeDatasetsDraw(chart) {
      const { left, top, width, height } = chart.chartArea;
      if (width <= 0 || height <= 0) return;
      const ratio = chart.currentDevicePixelRatio || 1;
      const { text, grid } = palette();
      const key = `${width}|${height}|${ratio}|${text}|${grid}|${chart.scales.x.min}|${chart.scales.x.max}|${chart.scales.y.min}|${chart.scales.y.max}`;
      const current = bands();
      if (key !== cacheKey || current !== cachedBands || !cache) {
        cache ??= document.createElement('canvas');
        cache.width = Math.round(width * ratio);
        cache.height = Math.round(height * ratio);
        paint(cache, chart as unknown as Chart, current, text, grid, ratio);
        cacheKey = key;
        cachedBands = current;
      }
      chart.ctx.drawImage(cache, left, top, width, height);
    },
  };
}

function paint(canvas: HTMLCanvasElement, chart: Chart, bands: ContourBand[], fill: string, line: string, ratio: number) {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const { left, top } = chart.chartArea;
  const px = (x: number) => (chart.scales.x.getPixelForValue(x) - left) * ratio;
  const py = (y: number) => (chart.scales.y.getPixelForValue(y) - top) * ratio;
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  for (const band of bands) {
    const path = new Path2D();
    for (const polygon of band.polygons) {
      for (const ring of polygon) {
        ring.forEach(([x, y], i) => (i === 0 ? path.moveTo(px(x), py(y)) : path.lineTo(px(x), py(y))));
        path.closePath();
      }
    }
    ctx.globalAlpha = CONTOUR_STYLE.fillOpacity;
    ctx.fillStyle = fill;
    ctx.fill(path, 'evenodd');
    ctx.globalAlpha = CONTOUR_STYLE.lineOpacity;
    ctx.strokeStyle = line;
    ctx.lineWidth = ratio;
    ctx.stroke(path);
  }
  ctx.globalAlpha = 1;
}

/**
 * The layer for bands a widget computes itself, named by `key`: they are computed again only when
 * the key changes (a slider that reshapes the function), so the cache above sees one array per key.
 */
export function bandLayer(key: () => string, bands: () => ContourBand[], palette: () => Palette): Plugin<'line'> {
  let lastKey: string | undefined;
  let last: ContourBand[] = [];
  return contourLayer(() => {
    const next = key();
    if (next !== lastKey) {
      lastKey = next;
      last = bands();
    }
    return last;
  }, palette);
}

