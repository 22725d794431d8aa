import { Chart, gridLayer, type LineConfig, type Point } from './chart.ts';
import { stampControls } from './live-controls.ts';
import { readPalette, type Palette } from './palette.ts';
// The site's theme module: the toggle and the system setting both end in <html data-theme>.
import { onThemeChange } from '../../components/client/theme.ts';

interface Entry {
  canvas: HTMLCanvasElement;
  build: () => LineConfig;
  chart: Chart<'line', Point[]>;
}

/**
 * What every widget element shares: it reads its labels (rendered by the server into
 * `data-labels`, typed by the widget's model), reads the palette, makes its charts once, remakes
 * them from the same recipe after a theme switch (so they look exactly as on a fresh page in that
 * theme), and destroys them when it leaves the page. Subclasses say what to start and how to put
 * their current state into the charts (`redraw`), and never touch Chart.js lifecycles themselves.
 */
export abstract class ChartWidget<Labels = Record<string, string>> extends HTMLElement {
  protected labels!: Labels;
  protected palette!: Palette;
  #charts = new Map<string, Entry>();
  #cleanups: (() => void)[] = [];

  connectedCallback(): void {
    stampControls(this);
    this.labels = JSON.parse(this.dataset.labels ?? '{}') as Labels;
    this.palette = readPalette(this);
    this.start();
    this.#cleanups.push(onThemeChange(() => this.#rebuild()));
    // The live charts take the static figures' place (same frame, so nothing moves).
    this.classList.add('is-live');
  }

  disconnectedCallback(): void {
    for (const cleanup of this.#cleanups.splice(0)) cleanup();
    for (const entry of this.#charts.values()) entry.chart.destroy();
    this.#charts.clear();
    this.classList.remove('is-live');
  }

  /** Make the charts (`addChart`), wire the controls, subscribe to a store. */
  protected abstract start(): void;

  /** Put the current state into every chart and readout, as after a fresh start. */
  protected abstract redraw(): void;

  /** Run this when the element leaves the page. */
  protected onCleanup(cleanup: () => void): void {
    this.#cleanups.push(cleanup);
  }

  /**
   * A chart on `canvas` from a recipe that reads `this.palette`; remade from it on a theme switch.
   * Every chart gets the kit's grid, under the recipe's own layers.
   */
  protected addChart(name: string, canvas: HTMLCanvasElement, recipe: () => LineConfig): Chart<'line', Point[]> {
    const build = () => {
      const config = recipe();
      return { ...config, plugins: [gridLayer(() => this.palette.grid), ...(config.plugins ?? [])] };
    };
    const chart = new Chart(canvas, build());
    this.#charts.set(name, { canvas, build, chart });
    return chart;
  }

  protected chart(name: string): Chart<'line', Point[]> | undefined {
    return this.#charts.get(name)?.chart;
  }

  protected q<T extends Element = HTMLElement>(selector: string): T {
    const found = this.querySelector<T>(selector);
    if (!found) throw new Error(`${this.localName}: no ${selector}`);
    return found;
  }

  /** Sets an element's text only when it changes (no needless layout). */
  protected setText(element: Element | null, text: string): void {
    if (element && element.textContent !== text) element.textContent = text;
  }

  #rebuild(): void {
    this.palette = readPalette(this);
    for (const entry of this.#charts.values()) {
      entry.chart.destroy();
      entry.chart = new Chart(entry.canvas, entry.build());
    }
    this.redraw();
  }
}
