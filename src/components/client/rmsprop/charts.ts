import type { Chart, Plugin } from 'chart.js';
import type { ChartPalette } from '../palette.ts';

/**
 * A vertical line at a step, drawn over the datasets; `at()` is read at every draw,
 * so the chart only needs `update('none')` (or `draw()`) when the step changes.
 */
export function stepMarker(at: () => number | null, colour: () => string): Plugin {
  return {
    id: 'stepMarker',
    afterDatasetsDraw(chart) {
      const step = at();
      const x = chart.scales.x;
      if (step === null || !x) return;
      const px = x.getPixelForValue(step);
      const { top, bottom, left, right } = chart.chartArea;
      if (!(px >= left - 0.5 && px <= right + 0.5)) return;
      const ctx = chart.ctx;
      ctx.save();
      ctx.strokeStyle = colour();
      ctx.lineWidth = 1.5;
      ctx.setLineDash([3, 3]);
      ctx.beginPath();
      ctx.moveTo(px, top);
      ctx.lineTo(px, bottom);
      ctx.stroke();
      ctx.restore();
    },
  };
}

/** Linear or logarithmic axis options in the palette's colours. */
/**
 * What every widget chart shares: it fills the box its container reserves (so nothing shifts),
 * draws without animation (the store redraws on every input), ignores pointer events (the widgets
 * handle those themselves) and takes data already as {x, y} points.
 */
export const staticChartOptions: {
  responsive: true; maintainAspectRatio: false; animation: false; events: (keyof HTMLElementEventMap)[]; parsing: false;
} = {
  responsive: true,
  maintainAspectRatio: false,
  animation: false,
  events: [],
  parsing: false,
};

export function axis(palette: ChartPalette, title: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'linear' as const,
    grid: { color: palette.grid },
    // A fixed sample of labels is measured for the layout, not every tick: updates stay cheap.
    ticks: { color: palette.text, maxRotation: 0, sampleSize: 6, maxTicksLimit: 8 },
    title: { display: title !== '', text: title, color: palette.text },
    ...extra,
  };
}

/** After a theme change: new colours for axes; datasets are recoloured by their owner. */
export function recolourAxes(chart: Chart, palette: ChartPalette): void {
  for (const scale of Object.values(chart.options.scales ?? {})) {
    if (!scale) continue;
    const s = scale as { grid?: { color?: string }; ticks?: { color?: string }; title?: { color?: string } };
    if (s.grid) s.grid.color = palette.grid;
    if (s.ticks) s.ticks.color = palette.text;
    if (s.title) s.title.color = palette.text;
  }
}

/** log10 of a positive finite value; null (a gap in the line) for anything else. */
export const log10OrNull = (v: number): number | null => (v > 0 && Number.isFinite(v) ? Math.log10(v) : null);

/** A tick at position v on a log10 axis, written as the value 10^v: 1e-3, 0.03, 1, 20, 1e4. */
export function powerTick(v: number | string): string {
  const value = 10 ** Number(v);
  if (!Number.isFinite(value)) return '';
  if (value >= 1e3 || value < 1e-2) {
    const exponent = Math.round(Number(v));
    return Math.abs(Number(v) - exponent) < 1e-9 ? `1e${exponent}` : value.toExponential(0).replace('e+', 'e');
  }
  return String(Number(value.toPrecision(1)));
}

/**
 * A logarithmic axis drawn as a linear axis over log10 of the data: a handful of ticks and grid
 * lines (a true log scale draws one for every 1…9 × 10ᵏ), so updates stay cheap.
 */
export function logAxis(palette: ChartPalette, title: string, extra: Record<string, unknown> = {}) {
  return axis(palette, title, {
    ticks: { color: palette.text, maxRotation: 0, sampleSize: 6, maxTicksLimit: 7, callback: powerTick },
    ...extra,
  });
}
