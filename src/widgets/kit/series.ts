/**
 * How each series is drawn, the same in every view and in both renderings: the build-time SVG
 * writes `var(--series-1)`, the canvas reads that variable's value. Optimizers differ by dash and
 * point shape as well as colour, so they stay apart without colour. Pure: no DOM.
 */
export interface SeriesStyle {
  /** The CSS custom property holding the colour (tokens.css, both themes). */
  colour: `--${string}`;
  /** Line dash in px; empty for solid. */
  dash: readonly number[];
  /** Chart.js point style; the SVG draws 'rect' as squares and everything else as circles. */
  point: 'circle' | 'rect' | 'rectRot' | 'crossRot';
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
  /** Marks in the text colour: the start point. */
  ink: { colour: '--chart-text', dash: [], point: 'crossRot' },
} as const satisfies Record<string, SeriesStyle>;

export type SeriesTag = keyof typeof SERIES;

/** The optimizers a comparison draws, in drawing order. */
export const COMPARED = ['adagrad', 'rmsprop'] as const;
export type Compared = (typeof COMPARED)[number];

/** The colour as a CSS value, for SVG and HTML swatches. */
export const cssColour = (tag: SeriesTag) => `var(${SERIES[tag].colour})`;

/** The dash as an SVG stroke-dasharray, or undefined for solid. */
export const svgDash = (tag: SeriesTag) => (SERIES[tag].dash.length ? SERIES[tag].dash.join(' ') : undefined);
