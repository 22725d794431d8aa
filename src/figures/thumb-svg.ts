/**
 * A Thumb (article-figures.ts) as SVG markup, in any box and any palette: CSS variables on the home
 * page, so it follows the theme; fixed colours in a share card, which resvg rasterizes without CSS.
 * No axes or labels: at this size the picture is the point, and the card's text says what it is.
 */
import type { Vec2 } from '../lib/index.ts';
import { CONTOUR_STYLE } from '../widgets/kit/contour-bands.ts';
import { SERIES, svgDash, type SeriesTag } from '../widgets/kit/series.ts';
import { pathData, ringPath, simplifyPath } from '../widgets/kit/static-plot.ts';
import type { Thumb } from './article-figures.ts';

export interface ThumbStyle {
  /** The colour of a series, e.g. `var(--series-1)` or `#0072b2`. */
  colour(tag: SeriesTag): string;
  /** Contour fill and outline colours. */
  bandFill: string;
  bandLine: string;
  /** Each band's fill opacity; the bands stack, so higher loss reads darker. */
  bandOpacity: number;
  /** Line width of a series drawn in full; thin ones get 60 % of it. */
  lineWidth: number;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * The figure as an `<svg>` of width × height user units (an outer or nested svg clips what leaves
 * the view, so no clip path and no id is needed); `attributes` go on the element as they are.
 */
export function thumbSvg(thumb: Thumb, width: number, height: number, style: ThumbStyle, attributes = ''): string {
  const [[x0, x1], [y0, y1]] = thumb.view;
  const px = (v: number) => ((v - x0) / (x1 - x0)) * width;
  const py = (v: number) => height - ((v - y0) / (y1 - y0)) * height;
  const toPixels = (points: Vec2[]): [number, number][] =>
    points.filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b)).map(([a, b]) => [px(a), py(b)]);
  const bands = thumb.bands.map((band) => {
    const d = band.polygons.map((polygon) => polygon.map((ring) => ringPath(toPixels(ring))).join('')).join('');
    return `<path d="${d}" fill="${style.bandFill}" fill-opacity="${style.bandOpacity}" fill-rule="evenodd" stroke="${style.bandLine}" stroke-opacity="${CONTOUR_STYLE.lineOpacity}" stroke-width="1"/>`;
  });
  const lines = thumb.lines.map(({ tag, points, thin }) => {
    const pixels = simplifyPath(toPixels(points));
    if (pixels.length === 0) return '';
    const dash = svgDash(tag);
    const stroke = thin ? style.lineWidth * 0.6 : style.lineWidth;
    const [ex, ey] = pixels[pixels.length - 1];
    return `<path d="${pathData(pixels)}" fill="none" stroke="${style.colour(tag)}" stroke-width="${stroke}" stroke-linejoin="round"${dash ? ` stroke-dasharray="${dash}"` : ''}/>` +
      (thin ? '' : `<circle cx="${r1(ex)}" cy="${r1(ey)}" r="${stroke * 1.6}" fill="${style.colour(tag)}"/>`);
  });
  return `<svg viewBox="0 0 ${width} ${height}" ${attributes}>${bands.join('')}${lines.join('')}</svg>`;
}

/** The figure's own box in user units: 300 × 300 for a square one, 480 × 300 for a wide one. */
export const thumbBox = (thumb: Thumb): [number, number] => (thumb.shape === 'square' ? [300, 300] : [480, 300]);

/** On the page: the theme's colours through CSS variables. */
export const PAGE_STYLE: ThumbStyle = {
  colour: (tag) => `var(${SERIES[tag].colour})`,
  bandFill: 'var(--chart-text)',
  bandLine: 'var(--chart-grid)',
  // Lighter than the widgets' figures: at thumbnail size fourteen stacked bands would read as a grey block.
  bandOpacity: CONTOUR_STYLE.fillOpacity / 2,
  lineWidth: 2,
};
