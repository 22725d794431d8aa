import { cssColour, markerPath, SERIES, svgDash, type SeriesTag } from './series.ts';

/**
 * A legend swatch as SVG markup: the series' line in its colour and dash, with its point shape in
 * the middle, for markup built as a string (the playground's rows, made again when racers change).
 * Decorative: aria-hidden, the text beside it names the series. Pure.
 */
export function swatchSvg(tag: SeriesTag): string {
  const dash = svgDash(tag);
  const colour = cssColour(tag);
  return `<svg class="swatch" viewBox="0 0 34 14" width="34" height="14" aria-hidden="true">`
    + `<line x1="0" x2="34" y1="7" y2="7" stroke="${colour}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`
    + `<path d="${markerPath(SERIES[tag].point, 17, 7, 5)}" stroke="${colour}" stroke-width="2" fill="var(--bg)"/>`
    + '</svg>';
}
