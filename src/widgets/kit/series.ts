/**
 * How each series is drawn, the same in every view and in both renderings: the build-time SVG
 * writes `var(--series-1)`, the canvas reads that variable's value. Optimizers differ by dash and
 * point shape as well as colour, so they stay apart without colour. Pure: no DOM.
 */

/** The point shapes a series may mark its points with, on the canvas and in SVG alike. */
export type PointShape = 'circle' | 'rect' | 'rectRot' | 'crossRot' | 'triangle' | 'star';

export interface SeriesStyle {
  /** The CSS custom property holding the colour (tokens.css, both themes). */
  colour: `--${string}`;
  /** Line dash in px; empty for solid. */
  dash: readonly number[];
  /** Chart.js point style; `markerPath` draws the same shape in SVG. */
  point: PointShape;
  /** Legend text, where the series has a name that is the same in every language. */
  label?: string;
}

export const SERIES = {
  adagrad: { colour: '--series-1', dash: [7, 4], point: 'rect', label: 'AdaGrad' },
  rmsprop: { colour: '--series-2', dash: [], point: 'circle', label: 'RMSProp' },
  /** The EWMA weights (1 − γ)γᵏ. */
  weights: { colour: '--series-3', dash: [], point: 'rectRot' },
  /** Raw noisy data behind an average. */
  raw: { colour: '--series-raw', dash: [], point: 'circle' },
  /** A plain EWMA and its bias-corrected twin. */
  average: { colour: '--series-1', dash: [], point: 'circle' },
  corrected: { colour: '--series-2', dash: [6, 4], point: 'circle' },
  /** The momentum article's three SGD runs: plain descent, the heavy ball and Nesterov. */
  plain: { colour: '--series-1', dash: [7, 4], point: 'rect' },
  heavy: { colour: '--series-2', dash: [], point: 'circle' },
  nesterov: { colour: '--series-3', dash: [10, 3, 2, 3], point: 'triangle' },
  /** Marks in the text colour: the start point. */
  ink: { colour: '--chart-text', dash: [], point: 'crossRot' },
  /** The playground's racers, by place in the race: each its own hue, dash and marker. */
  racer1: { colour: '--racer-1', dash: [], point: 'circle' },
  racer2: { colour: '--racer-2', dash: [8, 4], point: 'rect' },
  racer3: { colour: '--racer-3', dash: [2, 3], point: 'triangle' },
  racer4: { colour: '--racer-4', dash: [10, 3, 2, 3], point: 'rectRot' },
  racer5: { colour: '--racer-5', dash: [14, 5], point: 'crossRot' },
  racer6: { colour: '--racer-6', dash: [5, 3, 1, 3, 1, 3], point: 'star' },
} as const satisfies Record<string, SeriesStyle>;

export type SeriesTag = keyof typeof SERIES;

/** The optimizers a comparison draws, in drawing order. */
export const COMPARED = ['adagrad', 'rmsprop'] as const;
export type Compared = (typeof COMPARED)[number];

/** The playground's series, one per place in the race (at most six racers). */
export const RACERS = ['racer1', 'racer2', 'racer3', 'racer4', 'racer5', 'racer6'] as const;
export type RacerTag = (typeof RACERS)[number];

/** The colour as a CSS value, for SVG and HTML swatches. */
export const cssColour = (tag: SeriesTag) => `var(${SERIES[tag].colour})`;

/** The dash as an SVG stroke-dasharray, or undefined for solid. */
export const svgDash = (tag: SeriesTag) => (SERIES[tag].dash.length ? SERIES[tag].dash.join(' ') : undefined);

/**
 * A point shape as an SVG path centred on (x, y), `r` its radius; the cross and star are strokes,
 * the rest outlines. The same shapes Chart.js draws for the point styles, near enough to read as one.
 */
export function markerPath(shape: PointShape, x: number, y: number, r: number): string {
  const at = (dx: number, dy: number) => `${round(x + dx)} ${round(y + dy)}`;
  switch (shape) {
    case 'rect': return `M${at(-r * 0.8, -r * 0.8)}H${round(x + r * 0.8)}V${round(y + r * 0.8)}H${round(x - r * 0.8)}Z`;
    case 'rectRot': return `M${at(0, -r)}L${at(r, 0)}L${at(0, r)}L${at(-r, 0)}Z`;
    case 'triangle': return `M${at(0, -r)}L${at(r * 0.87, r * 0.5)}L${at(-r * 0.87, r * 0.5)}Z`;
    case 'crossRot': {
      const d = r * 0.71;
      return `M${at(-d, -d)}L${at(d, d)}M${at(d, -d)}L${at(-d, d)}`;
    }
    case 'star': {
      const d = r * 0.71;
      return `M${at(-d, -d)}L${at(d, d)}M${at(d, -d)}L${at(-d, d)}M${at(0, -r)}L${at(0, r)}M${at(-r, 0)}L${at(r, 0)}`;
    }
    case 'circle': return `M${at(-r, 0)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
  }
}

const round = (v: number) => Math.round(v * 10) / 10;
