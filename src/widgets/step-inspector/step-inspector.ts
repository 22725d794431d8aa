import { comparisonStore, type ComparisonSettings, type Runs } from '../kit/comparison-store.ts';
import { afterCharts } from '../kit/dom-writes.ts';
import { fill } from '../kit/format.ts';
import type { RunState } from '../kit/run-store.ts';
import { COMPARED, SERIES } from '../kit/series.ts';
import { stepRules, tokens, workedStep, type InspectorLabels, type WorkedStep } from './model.ts';

/**
 * Writes a cell as unbreakable tokens with break opportunities between them (as the markup does).
 * A slider moves every number but rarely the cell's shape, so the spans are reused when it holds.
 */
function writeCell(cell: HTMLElement, text: string): void {
  if (cell.dataset.text === text) return;
  const parts = tokens(text);
  const shape = parts.map(({ space }) => (space ? 's' : 'w')).join('');
  if (cell.dataset.shape === shape) {
    const spans = cell.children;
    let n = 0;
    for (const span of spans) {
      if (span.localName !== 'span') continue;
      const token = parts[n++].token;
      if (span.textContent !== token) span.textContent = token;
    }
  } else {
    cell.replaceChildren(...parts.flatMap(({ token, space }, i) => {
      const span = document.createElement('span');
      span.className = 'num';
      span.textContent = token;
      if (i === 0) return [span];
      return [space ? ' ' : document.createElement('wbr'), span];
    }));
    cell.dataset.shape = shape;
  }
  cell.dataset.text = text;
}

// Every write only when it changes: a slider drag renders this table on each input.
function setText(element: Element, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

function setHidden(element: HTMLElement, hidden: boolean): void {
  if (element.hidden !== hidden) element.hidden = hidden;
}

/**
 * `<rmsprop-inspector>`: for the step the scrubber shows, the update of each optimizer in each
 * coordinate with the actual numbers. It writes text only, into two tables the server rendered.
 */
export default class StepInspector extends HTMLElement {
  #unsubscribe?: () => void;
  #labels!: InspectorLabels;

  connectedCallback(): void {
    this.#labels = JSON.parse(this.dataset.labels ?? '{}') as InspectorLabels;
    this.#unsubscribe = comparisonStore().subscribe((state) => afterCharts(() => this.#render(state)));
  }

  disconnectedCallback(): void {
    this.#unsubscribe?.();
  }

  #render(state: RunState<ComparisonSettings, Runs>): void {
    const t = state.hover ?? state.cursor;
    const { settings } = state;
    setText(this.querySelector('[data-field="heading"]')!, fill(this.#labels.heading, { t }));
    for (const name of COMPARED) {
      const run = state.runs[name];
      const table = this.querySelector<HTMLElement>(`[data-optimizer="${name}"]`)!;
      const note = table.querySelector<HTMLElement>('[data-field="note"]')!;
      const steps = run.gradients.length;
      let message = '';
      if (t === 0) message = this.#labels.start;
      else if (t > steps) message = fill(this.#labels.stopped, { name: SERIES[name].label, k: run.divergedAt ?? steps });
      setText(note, message);
      setHidden(note, message === '');
      for (const i of [0, 1]) {
        const worked = message ? null : workedStep(name, run, t, i, settings);
        for (const key of ['g', 's', 'denominator', 'update'] as (keyof WorkedStep)[]) {
          const cell = table.querySelector<HTMLElement>(`[data-cell="${key}-${i}"]`)!;
          writeCell(cell, worked ? worked[key] : '—');
        }
      }
      const rules = stepRules(name, settings);
      setText(table.querySelector('[data-rule="denominator"]')!, rules.denominator);
      setText(table.querySelector('[data-rule="update"]')!, rules.update);
    }
  }
}
