import { SERIES, type SeriesTag } from './series.ts';

/**
 * The colours a canvas needs, read from CSS custom properties (tokens.css), so one palette serves
 * the page, the SVG figures and the charts in both themes. Read again after a theme switch.
 */
export interface Palette {
  text: string;
  grid: string;
  /** The colour of a series, by its tag. */
  colour(tag: SeriesTag): string;
}

export function readPalette(element: Element): Palette {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(name).trim();
  const colours = new Map<SeriesTag, string>();
  for (const tag of Object.keys(SERIES) as SeriesTag[]) colours.set(tag, read(SERIES[tag].colour));
  return { text: read('--chart-text'), grid: read('--chart-grid'), colour: (tag) => colours.get(tag) ?? read('--chart-text') };
}
