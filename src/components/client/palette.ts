/**
 * Chart colours come from CSS custom properties (global.css), so one palette
 * serves the page, the static SVG figures and the canvas charts, in both themes.
 */
export interface ChartPalette {
  text: string;
  grid: string;
  /** Raw data points, drawn quietly behind the lines. */
  raw: string;
  /** Okabe–Ito colours, distinguishable with the common colour-vision deficiencies. */
  series: [string, string, string, string, string];
}

export function readPalette(element: Element): ChartPalette {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(name).trim();
  return {
    text: read('--chart-text'),
    grid: read('--chart-grid'),
    raw: read('--series-raw'),
    series: [read('--series-1'), read('--series-2'), read('--series-3'), read('--series-4'), read('--series-5')],
  };
}
