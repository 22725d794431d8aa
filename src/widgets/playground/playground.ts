import type { ObjectiveName, OptimizerName, ScheduleName } from '../../lib/index.ts';
import { pointAt } from '../kit/chart.ts';
import { ChartWidget } from '../kit/chart-widget.ts';
import { bindSlider, setAttr, setProp, syncSlider } from '../kit/controls.ts';
import { copyLink } from '../kit/copy-link.ts';
import { afterCharts } from '../kit/dom-writes.ts';
import { downloadCanvas, downloadText } from '../kit/download.ts';
import { fill } from '../kit/format.ts';
import { bindPlayback, showPlayback } from '../kit/playback.ts';
import { exactNumber } from '../kit/query-values.ts';
import { RunStore, type Change, type RunState } from '../kit/run-store.ts';
import { writeQuery } from '../kit/url-query.ts';
import { curveConfig, drawCurves, drawPaths, pathConfig, pathLines, type PathLine } from './charts.ts';
import { formulaBox, type FormulaBox } from './formula-box.ts';
import { finalCells, finalRow, legendItems, racerCards, readoutText } from './markup.ts';
import {
  addRacer, defaultStart, defaultView, editRacer, formulaOf, MAX_RACERS, MIN_RACERS, paramOf, parseSetup, racerName, removeRacer,
  sanitizeSetup, scheduleDefaults, serializeSetup, SLIDERS, toRaceSetup, unsupportedNote, type PlaygroundLabels, type PlaygroundSetup,
} from './model.ts';
import { raceCsv, runRace, type Race } from './race.ts';
import { torchScript, torchUnsupported } from './torch-script.ts';

type State = RunState<PlaygroundSetup, Race>;
type Store = RunStore<PlaygroundSetup, Race>;

const VIEW_KEYS = ['xMin', 'xMax', 'yMin', 'yMax'] as const;

/**
 * `<optimizer-playground>`: up to six optimizers racing on one function. Controls call the store;
 * the store sanitizes the setup and reruns `src/lib` (runRace); `#render` draws what the store
 * says, and the setup goes to the query string. A formula that does not parse never reaches the
 * store, so the last good race stays on screen while its error shows.
 */
export default class Playground extends ChartWidget<PlaygroundLabels> {
  #store!: Store;
  #state?: State;
  #paths: PathLine[] = [];
  #formula!: FormulaBox;
  #shownFn = '';
  #marker: number | null = null;

  protected start(): void {
    this.#store = new RunStore<PlaygroundSetup, Race>({ sanitize: sanitizeSetup, compute: runRace, last: (race) => race.last }, parseSetup(location.search), {
      // The page benchmark reads how long the views took to redraw after a change.
      onEmit: (ms, change) => {
        if (change.settings) document.documentElement.dataset.lastRenderMs = ms.toFixed(2);
      },
    });
    const canvas = (name: string) => this.q<HTMLCanvasElement>(`canvas[data-chart="${name}"]`);
    this.addChart('path', canvas('path'), () => pathConfig(this.palette, () => this.#state?.runs.bands ?? [], () => this.palette));
    this.addChart('loss', canvas('loss'), () => curveConfig(this.palette, this.labels, 'loss', () => this.#marker));
    this.addChart('lr', canvas('lr'), () => curveConfig(this.palette, this.labels, 'lr', () => this.#marker));
    this.#wireControls();
    this.#followInUrl();
    this.onCleanup(this.#store.subscribe((state, change) => this.#render(state, change)));
    this.onCleanup(() => this.#formula.stop());
  }

  protected redraw(): void {
    if (this.#state) this.#render(this.#state, { settings: true, cursor: true });
  }

  /** The address changes only when the setup does; the default race is the bare address. */
  #followInUrl(): void {
    const defaults = serializeSetup(sanitizeSetup({}));
    let shown = serializeSetup(this.#store.state.settings);
    this.onCleanup(this.#store.subscribe((state, change) => {
      if (!change.settings) return;
      const query = serializeSetup(state.settings);
      if (query === shown) return;
      shown = query;
      writeQuery(query === defaults ? '' : query);
    }));
  }

  // ---------- controls → store ----------

  #wireControls(): void {
    const store = this.#store;
    const setup = () => store.state.settings;
    // One listener per event type and selector on the element (cards come and go); all removed on disconnect.
    const listening = new AbortController();
    this.onCleanup(() => listening.abort());
    const on = (selector: string, type: string, handler: (target: HTMLElement, event: Event) => void) =>
      this.addEventListener(type, (event) => {
        const target = (event.target as HTMLElement).closest<HTMLElement>(selector);
        if (target && this.contains(target)) handler(target, event);
      }, { signal: listening.signal });
    const number = (input: HTMLInputElement, current: number, apply: (v: number) => void) => {
      // An empty or junk entry changes nothing and shows the current value again.
      if (Number.isFinite(input.valueAsNumber)) apply(input.valueAsNumber);
      else input.value = exactNumber(current);
    };

    this.#formula = formulaBox(
      this.q<HTMLInputElement>('input[name="formula"]'), this.q('.playground-function .formula-error'),
      this.q('.formula-caret'), this.labels, (expr) => store.update({ fn: { expr } }), listening.signal);
    on('select[name="builtin"]', 'change', (select) => {
      const value = (select as HTMLSelectElement).value;
      if (value === '') {
        store.update({ fn: { expr: formulaOf(setup().fn) } });
        return;
      }
      const fn = value as ObjectiveName;
      const view = defaultView(fn);
      store.update({ fn, view, start: defaultStart(fn, view) });
    });

    on('.playground-pairs input[name^="x"], .playground-pairs input[name^="y"]', 'change', (el) => this.#changeViewOrStart(el as HTMLInputElement));
    bindSlider(this, 'steps', SLIDERS.steps, (steps) => store.update({ steps }));
    bindSlider(this, 'sigma', SLIDERS.sigma, (sigma) => store.update({ noise: { ...setup().noise, sigma } }));
    on('input[name="seed"]', 'change', (el) => number(el as HTMLInputElement, setup().noise.seed, (seed) => store.update({ noise: { ...setup().noise, seed } })));
    on('select[name="schedule"]', 'change', (el) =>
      store.update({ schedule: scheduleDefaults((el as HTMLSelectElement).value as ScheduleName, setup().steps) }));
    on('input[data-schedule-param]', 'change', (el) => {
      const input = el as HTMLInputElement;
      const key = input.dataset.scheduleParam!;
      number(input, paramOf(setup().schedule, key) as number, (v) => store.update({ schedule: { ...setup().schedule, [key]: v } }));
    });

    on('.racer-card select[name="optimizer"]', 'change', (el) => {
      const index = this.#racerIndex(el);
      store.update({ racers: editRacer(setup(), index, { name: (el as HTMLSelectElement).value as OptimizerName }).racers });
    });
    on('.racer-card input', 'change', (el) => {
      const input = el as HTMLInputElement;
      const index = this.#racerIndex(input);
      const edit = (value: unknown) => store.update({ racers: editRacer(setup(), index, { key: input.name, value }).racers });
      if (input.type === 'checkbox') edit(input.checked);
      else number(input, paramOf(setup().racers[index], input.name) as number, edit);
    });
    on('[data-action="remove"]', 'click', (el) => this.#removeRacer(this.#racerIndex(el)));
    on('[data-action="add"]', 'click', () => this.#addRacer());

    bindPlayback(this, store, listening.signal);
    on('[data-action="reset"]', 'click', () => {
      store.reset();
      // The box may hold a formula that never reached the setup: the defaults' replaces it too.
      this.#formula.show(formulaOf(store.state.settings.fn));
    });
    on('[data-action="copy-link"]', 'click', () =>
      void copyLink(serializeSetup(store.state.settings), '', this.q('.widget-copy-status'), this.labels));
    on('[data-action="png"]', 'click', () => {
      const chart = this.chart('path');
      if (chart) downloadCanvas(chart.canvas, getComputedStyle(this).getPropertyValue('--bg').trim() || '#fff', 'optimizer-race.png');
    });
    on('[data-action="csv"]', 'click', () => downloadText(raceCsv(store.state.runs), 'text/csv', 'optimizer-race.csv'));
    on('canvas[data-chart="path"]', 'click', (_, event) => this.#moveStart(event as MouseEvent));
    // 'toggle' does not bubble: it is heard on the <details> itself.
    this.q('details.torch-code').addEventListener('toggle', () => this.#renderTorch(store.state.settings), { signal: listening.signal });
  }

  #racerIndex(element: Element): number {
    return Number(element.closest<HTMLElement>('[data-racer]')?.dataset.racer ?? -1);
  }

  #changeViewOrStart(input: HTMLInputElement): void {
    const setup = this.#store.state.settings;
    if (input.name === 'x' || input.name === 'y') {
      const i = input.name === 'x' ? 0 : 1;
      if (!Number.isFinite(input.valueAsNumber)) {
        input.value = exactNumber(setup.start[i]);
        return;
      }
      const start: [number, number] = [...setup.start];
      start[i] = input.valueAsNumber;
      this.#store.update({ start });
      return;
    }
    const values = VIEW_KEYS.map((key) => this.q<HTMLInputElement>(`input[name="${key}"]`).valueAsNumber);
    const error = this.q('[data-view-error]');
    if (!values.every(Number.isFinite)) {
      VIEW_KEYS.forEach((key, k) => setProp(this.q<HTMLInputElement>(`input[name="${key}"]`), 'value', exactNumber(setup.view.flat()[k])));
      return;
    }
    const [x0, x1, y0, y1] = values;
    if (!(x0 < x1 && y0 < y1)) {
      this.setText(error, this.labels.badView);
      return;
    }
    this.setText(error, '');
    this.#store.update({ view: [[x0, x1], [y0, y1]] });
  }

  #addRacer(): void {
    const before = this.#store.state.settings.racers.length;
    this.#store.update({ racers: addRacer(this.#store.state.settings).racers });
    const racers = this.#store.state.settings.racers;
    if (racers.length === before) return;
    const index = racers.length - 1;
    this.setText(this.q('.racer-status'), fill(this.labels.added, { name: racerName(racers[index], index) }));
    // The cards are rewritten after the charts have drawn (afterCharts): focus the new one after that.
    queueMicrotask(() => this.querySelector<HTMLSelectElement>(`.racer-card[data-racer="${index}"] select`)?.focus());
  }

  #removeRacer(index: number): void {
    const setup = this.#store.state.settings;
    const racer = setup.racers[index];
    if (!racer || setup.racers.length <= MIN_RACERS) return;
    this.#store.update({ racers: removeRacer(setup, index).racers });
    this.setText(this.q('.racer-status'), fill(this.labels.removed, { name: racerName(racer, index) }));
    // Focus goes to the card that took its place, or the one before, or Add.
    const next = Math.min(index, this.#store.state.settings.racers.length - 1);
    queueMicrotask(() =>
      (this.querySelector<HTMLElement>(`.racer-card[data-racer="${next}"] select`) ?? this.q<HTMLButtonElement>('[data-action="add"]')).focus());
  }

  #moveStart(event: MouseEvent): void {
    const chart = this.chart('path');
    const point = chart && pointAt(chart, event);
    if (!point) return;
    // Rounded to a thousandth of the view, so the link stays short.
    const [[x0, x1]] = this.#store.state.settings.view;
    const unit = 10 ** Math.floor(Math.log10((x1 - x0) / 1000));
    const round = (v: number) => Number((Math.round(v / unit) * unit).toPrecision(12));
    this.#store.update({ start: [round(point[0]), round(point[1])] });
  }

  // ---------- store → charts and text ----------

  #render(state: State, change: Change): void {
    this.#state = state;
    const { runs: race, cursor, hover } = state;
    const shown = hover ?? cursor;
    this.#marker = shown;
    if (change.settings) this.#paths = pathLines(race);
    const path = this.chart('path');
    if (path) drawPaths(path, race, this.#paths, cursor, shown, change.settings);
    for (const curve of ['loss', 'lr'] as const) {
      const chart = this.chart(curve);
      if (!chart) continue;
      if (change.settings) drawCurves(chart, race, curve, this.labels);
      else chart.draw(); // only the step marker moved
    }
    afterCharts(() => this.#renderText(state, change));
  }

  #renderText(state: State, change: Change): void {
    const { settings, runs: race, cursor, hover } = state;
    if (change.settings) {
      this.#renderRacers(settings, race);
      this.#syncControls(settings);
      this.setText(this.q('.widget-status'), this.#status(race));
      this.#renderTorch(settings);
    }
    showPlayback(this, state, this.labels);
    const shown = hover ?? cursor;
    settings.racers.forEach((racer, i) => {
      this.setText(this.querySelector(`output[data-readout="${i}"]`), readoutText(racer, i, race.runs[i], shown, this.labels));
    });
  }

  /**
   * Cards, legend, readouts and table rows, one per racer. Rewritten only when what they say
   * changed: a card is rebuilt when its racer's optimizer or place changes, so typing in one keeps focus.
   */
  #renderRacers(setup: PlaygroundSetup, race: Race): void {
    const cards = this.q('.racer-cards');
    const shape = setup.racers.map((r) => r.name).join(' ');
    const drawn = [...cards.querySelectorAll<HTMLElement>('.racer-card')].map((card) => card.dataset.optimizer).join(' ');
    if (shape !== drawn) {
      const focused = document.activeElement instanceof HTMLElement && cards.contains(document.activeElement)
        ? { racer: this.#racerIndex(document.activeElement), name: (document.activeElement as HTMLInputElement).name }
        : undefined;
      cards.innerHTML = racerCards(setup.racers, this.labels, false);
      if (focused) this.querySelector<HTMLElement>(`.racer-card[data-racer="${focused.racer}"] [name="${focused.name}"]`)?.focus();
      const legend = this.q('.playground-legend');
      legend.querySelectorAll('li:not(.legend-start)').forEach((li) => li.remove());
      legend.insertAdjacentHTML('afterbegin', legendItems(setup.racers));
      const readouts = this.q('.playground-readouts');
      readouts.innerHTML = setup.racers.map((_, i) => `<output data-readout="${i}" aria-live="off"></output>`).join('');
    }
    setup.racers.forEach((racer, i) => {
      const card = cards.querySelector(`.racer-card[data-racer="${i}"]`);
      if (!card) return;
      for (const input of card.querySelectorAll<HTMLInputElement>('input')) {
        const value = paramOf(racer, input.name);
        if (input.type === 'checkbox') setProp(input, 'checked', Boolean(value));
        else if (document.activeElement !== input) setProp(input, 'value', exactNumber(value as number));
      }
      card.querySelector<HTMLButtonElement>('[data-action="remove"]')!.disabled = setup.racers.length <= MIN_RACERS;
    });
    this.q<HTMLButtonElement>('[data-action="add"]').disabled = setup.racers.length >= MAX_RACERS;
    const body = this.q<HTMLTableSectionElement>('.playground-table tbody');
    if (shape !== drawn || body.rows.length !== setup.racers.length) {
      body.innerHTML = setup.racers.map((racer, i) => finalRow(racer, i, race.runs[i], this.labels)).join('');
      return;
    }
    // The same racers: only the numbers change, written in place (no new rows to lay out).
    setup.racers.forEach((racer, i) => {
      const cells = finalCells(racer, race.runs[i], this.labels);
      const row = body.rows[i];
      for (const key of ['settings', 'steps', 'x', 'y', 'loss'] as const) this.setText(row.querySelector(`[data-cell="${key}"]`), cells[key]);
      setAttr(row.querySelector('[data-cell="loss"]')!, 'data-loss', cells.exactLoss);
    });
  }

  /** Put the setup into the controls (after a link, a built-in, a reset or a clamped value). */
  #syncControls(s: PlaygroundSetup): void {
    setProp(this.q<HTMLSelectElement>('select[name="builtin"]'), 'value', typeof s.fn === 'string' ? s.fn : '');
    const fnKey = JSON.stringify(s.fn);
    if (fnKey !== this.#shownFn) {
      this.#shownFn = fnKey;
      // The box keeps what the reader is typing: its own formula came from it.
      const box = this.q<HTMLInputElement>('input[name="formula"]');
      if (!(document.activeElement === box && typeof s.fn !== 'string')) this.#formula.show(formulaOf(s.fn));
    }
    const [[x0, x1], [y0, y1]] = s.view;
    const typed = (name: string, value: number, min?: number, max?: number) => {
      const input = this.q<HTMLInputElement>(`input[name="${name}"]`);
      if (min !== undefined) setProp(input, 'min', String(min));
      if (max !== undefined) setProp(input, 'max', String(max));
      if (document.activeElement !== input) setProp(input, 'value', exactNumber(value));
    };
    VIEW_KEYS.forEach((key, k) => typed(key, [x0, x1, y0, y1][k]));
    typed('x', s.start[0], x0, x1);
    typed('y', s.start[1], y0, y1);
    typed('seed', s.noise.seed);
    syncSlider(this, 'steps', SLIDERS.steps, s.steps);
    syncSlider(this, 'sigma', SLIDERS.sigma, s.noise.sigma);
    setProp(this.q<HTMLSelectElement>('select[name="schedule"]'), 'value', s.schedule.name);
    for (const group of this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-schedule]')) {
      const active = group.dataset.schedule === s.schedule.name;
      if (group.hidden === active) group.hidden = !active;
      if (!active) continue;
      for (const input of group.querySelectorAll<HTMLInputElement>('input[data-schedule-param]')) {
        if (document.activeElement !== input) setProp(input, 'value', exactNumber(paramOf(s.schedule, input.dataset.scheduleParam!) as number));
      }
    }
  }

  /** The PyTorch script, written only while its <details> is open (and when it opens). */
  #renderTorch(setup: PlaygroundSetup): void {
    const details = this.q<HTMLDetailsElement>('details.torch-code');
    if (!details.open) return;
    const race = toRaceSetup(setup);
    this.setText(details.querySelector('code'), torchScript(race));
    const unsupported = torchUnsupported(race);
    const note = this.q('.torch-unsupported');
    note.hidden = unsupported.length === 0;
    this.setText(note, unsupportedNote(this.labels, unsupported));
  }

  /** Each racer the library stopped because it diverged, by name and step; empty when none did. */
  #status(race: Race): string {
    return race.runs.flatMap((run, i) => (run.divergedAt === null ? []
      : [fill(this.labels.diverged, { name: racerName(race.setup.racers[i], i), k: run.divergedAt })])).join(this.labels.joiner);
  }
}
