/**
 * A small canvas line chart for curve views that redraw on every slider input: lines against the
 * step, a grid, tick labels, axis titles and a step marker. Chart.js spends about 2.5 ms on each
 * update of even a small chart (option resolution, layout, scale fitting); three curve charts under
 * a slider then cost more than a frame can spare. This draws the same picture in a fraction of that,
 * with the build-time figure's own ranges and ticks (static-plot.ts), so the swap shows no jump.
 */
import { strokeGrid, strokeStepMarker } from './canvas-marks.ts';
import type { Palette } from './palette.ts';
import { SERIES, type SeriesTag } from './series.ts';
import { linearRange, logRange, niceTicks, powerTicks, tickLabel } from './static-plot.ts';

export interface PlotLine {
  /** Unique within the plot. */
  key: string;
  tag: SeriesTag;
  width: number;
}

export interface PlotAxes {
  xTitle: string;
  yTitle: string;
  /** Logarithmic y axis: values ≤ 0 leave a gap. */
  logY: boolean;
}

export interface PlotScales {
  x: [number, number];
  y: [number, number];
  xTicks: number[];
  yTicks: number[];
}

/** The ranges and ticks for these values: the build-time figure's (StaticPlot), so the two agree. Pure. */
export function plotScales(values: number[], xMax: number, logY: boolean): PlotScales {
  const y = logY ? logRange(values) : linearRange(values);
  const x: [number, number] = [0, Math.max(1, xMax)];
  return {
    x,
    y,
    xTicks: niceTicks(x[0], x[1], 5),
    yTicks: logY ? powerTicks(y[0], y[1]) : niceTicks(y[0], y[1], 4),
  };
}

const FONT_SIZE = 13;
const PAD = 6;
// Where the rotated y title sits, and the room the x tick labels and title take under the plot.
const TITLE_BAND = FONT_SIZE + 6;
const X_LABELS = FONT_SIZE + PAD;

export class LinePlot {
  readonly canvas: HTMLCanvasElement;
  #ctx: CanvasRenderingContext2D;
  #palette: () => Palette;
  #axes: PlotAxes;
  #lines: PlotLine[];
  #points = new Map<string, [number, number][]>();
  #xMax = 1;
  #marker: number | null = null;
  #width = 0;
  #height = 0;
  #font: string;
  #labelWidths = new Map<string, number>();
  #area = { left: 0, right: 0, top: 0, bottom: 0 };
  #scales: PlotScales = plotScales([], 1, false);
  /** The scales are stale: a line or the x range changed since they were computed. */
  #stale = true;
  /** The y range as drawn: log10 of it on a log axis. */
  #yDrawn: [number, number] = [0, 1];
  #resize: ResizeObserver;

  /** `palette` is read at every draw, so a theme switch needs only `draw()`. */
  constructor(canvas: HTMLCanvasElement, palette: () => Palette, axes: PlotAxes, lines: PlotLine[]) {
    this.canvas = canvas;
    this.#ctx = canvas.getContext('2d')!;
    this.#palette = palette;
    this.#axes = axes;
    this.#lines = lines;
    const family = getComputedStyle(canvas).getPropertyValue('--font-ui').trim() || 'sans-serif';
    this.#font = `${FONT_SIZE}px ${family}`;
    // The frame reserves the size (nothing shifts); the canvas follows it at the screen's pixel density.
    this.#resize = new ResizeObserver(([entry]) => {
      const { width, height } = entry.contentRect;
      if (width === this.#width && height === this.#height) return;
      this.#setSize(width, height);
      this.draw();
    });
    const frame = canvas.parentElement!;
    this.#resize.observe(frame);
    this.#setSize(frame.clientWidth, frame.clientHeight);
    // The same mark Chart.js leaves on a canvas it has taken over: tests and benchmarks wait for it.
    canvas.style.boxSizing = 'border-box';
  }

  setLine(key: string, points: [number, number][]): void {
    if (!this.#lines.some((line) => line.key === key)) throw new Error(`no line "${key}"`);
    this.#points.set(key, points);
    this.#stale = true;
  }

  setXMax(xMax: number): void {
    this.#xMax = xMax;
    this.#stale = true;
  }

  /** A dashed vertical line at this step (null: none). */
  setMarker(step: number | null): void {
    this.#marker = step;
  }

  /** The step under a pointer's x, or undefined outside the plot area. */
  stepAt(clientX: number): number | undefined {
    const px = clientX - this.canvas.getBoundingClientRect().left;
    const { left, right } = this.#area;
    if (!(right > left) || px < left || px > right) return undefined;
    const [x0, x1] = this.#scales.x;
    return x0 + ((px - left) / (right - left)) * (x1 - x0);
  }

  destroy(): void {
    this.#resize.disconnect();
    this.#ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
  }

  /** Draws everything; the scales are recomputed only after the lines or the x range changed (not for a moved marker). */
  draw(): void {
    if (this.#stale) {
      const values = [...this.#points.values()].flatMap((points) => points.map(([, y]) => y));
      this.#scales = plotScales(values, this.#xMax, this.#axes.logY);
      const [y0, y1] = this.#scales.y;
      this.#yDrawn = this.#axes.logY ? [Math.log10(y0), Math.log10(y1)] : [y0, y1];
      this.#stale = false;
    }
    const ctx = this.#ctx;
    const dpr = this.canvas.width / Math.max(1, this.#width);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, this.#width, this.#height);
    if (this.#width <= 0 || this.#height <= 0) return;
    ctx.font = this.#font;
    const palette = this.#palette();
    this.#layout();
    this.#drawAxes(palette);
    this.#drawLines(palette);
    this.#drawMarker(palette);
  }

  #setSize(width: number, height: number): void {
    this.#width = width;
    this.#height = height;
    const dpr = globalThis.devicePixelRatio || 1;
    this.canvas.width = Math.max(1, Math.round(width * dpr));
    this.canvas.height = Math.max(1, Math.round(height * dpr));
  }

  #textWidth(text: string): number {
    let width = this.#labelWidths.get(text);
    if (width === undefined) {
      width = this.#ctx.measureText(text).width;
      this.#labelWidths.set(text, width);
    }
    return width;
  }

  #layout(): void {
    const yLabels = this.#scales.yTicks.map((t) => tickLabel(t, this.#axes.logY));
    const widest = Math.max(0, ...yLabels.map((label) => this.#textWidth(label)));
    const lastX = tickLabel(this.#scales.xTicks.at(-1) ?? 0, false);
    this.#area = {
      left: Math.ceil(PAD + (this.#axes.yTitle ? TITLE_BAND : 0) + widest + PAD),
      right: Math.floor(this.#width - Math.max(PAD, this.#textWidth(lastX) / 2)),
      top: PAD + FONT_SIZE / 2,
      bottom: Math.floor(this.#height - PAD - (this.#axes.xTitle ? TITLE_BAND : 0) - X_LABELS),
    };
  }

  #px(x: number): number {
    const [x0, x1] = this.#scales.x;
    return this.#area.left + ((x - x0) / (x1 - x0)) * (this.#area.right - this.#area.left);
  }

  /** y in data units (a log plot's positive values); NaN where the value cannot be drawn. */
  #py(y: number): number {
    const log = this.#axes.logY;
    if (!Number.isFinite(y) || (log && y <= 0)) return NaN;
    const [y0, y1] = this.#yDrawn;
    return this.#area.bottom - (((log ? Math.log10(y) : y) - y0) / (y1 - y0)) * (this.#area.bottom - this.#area.top);
  }

  #drawAxes(palette: Palette): void {
    const ctx = this.#ctx;
    const { left, right, top, bottom } = this.#area;
    const { xTicks, yTicks } = this.#scales;
    strokeGrid(ctx, this.#area, xTicks.map((t) => this.#px(t)), yTicks.map((t) => this.#py(t)), palette.grid);

    ctx.fillStyle = palette.text;
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    for (const t of yTicks) ctx.fillText(tickLabel(t, this.#axes.logY), left - PAD, this.#py(t));
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    for (const t of xTicks) ctx.fillText(tickLabel(t, false), this.#px(t), bottom + PAD);
    if (this.#axes.xTitle) {
      ctx.textBaseline = 'bottom';
      ctx.fillText(this.#axes.xTitle, (left + right) / 2, this.#height - PAD);
    }
    if (this.#axes.yTitle) {
      ctx.save();
      ctx.translate(PAD, (top + bottom) / 2);
      ctx.rotate(-Math.PI / 2);
      ctx.textBaseline = 'top';
      ctx.fillText(this.#axes.yTitle, 0, 0);
      ctx.restore();
    }
  }

  #drawLines(palette: Palette): void {
    const ctx = this.#ctx;
    const { left, right, top, bottom } = this.#area;
    ctx.save();
    ctx.beginPath();
    ctx.rect(left, top, right - left, bottom - top);
    ctx.clip();
    ctx.lineJoin = 'round';
    for (const line of this.#lines) {
      const points = this.#points.get(line.key) ?? [];
      ctx.strokeStyle = palette.colour(line.tag);
      ctx.lineWidth = line.width;
      ctx.setLineDash(SERIES[line.tag].dash);
      ctx.beginPath();
      // A value the axis cannot show (diverged, or ≤ 0 on a log axis) breaks the line.
      let drawing = false;
      for (const [x, y] of points) {
        const py = this.#py(y);
        if (Number.isNaN(py)) {
          drawing = false;
          continue;
        }
        // Far-off values are pulled in to a band around the plot: the clip hides them, the slope stays.
        const clamped = Math.max(top - this.#height, Math.min(bottom + this.#height, py));
        if (drawing) ctx.lineTo(this.#px(x), clamped);
        else ctx.moveTo(this.#px(x), clamped);
        drawing = true;
      }
      ctx.stroke();
    }
    ctx.restore();
  }

  #drawMarker(palette: Palette): void {
    if (this.#marker === null) return;
    strokeStepMarker(this.#ctx, this.#area, this.#px(this.#marker), palette.text);
  }
}
