/**
 * The parts of the playground that exist once per racer, as HTML: the build writes them for the
 * default race (its controls in LiveControl slots), and the element writes them again when a racer
 * joins, leaves or changes optimizer. One source for both, so the two cannot drift apart. Pure.
 */
import type { SimulateResult } from '../../lib/index.ts';
import { optimizerNames } from '../../lib/index.ts';
import { fill, fmt } from '../kit/format.ts';
import { controlSlot } from '../kit/live-controls.ts';
import { exactNumber } from '../kit/query-values.ts';
import { RACERS } from '../kit/series.ts';
import { swatchSvg } from '../kit/swatch.ts';
import {
  changedParams, MIN_RACERS, OPTIMIZER_LABELS, OPTIMIZER_PARAMS, paramOf, racerName, type PlaygroundLabels, type Racer,
} from './model.ts';
import { finalLossText, finalState } from './race.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]);

/** Wrap controls in slots (the build: they wait for the widget to start) or not (the browser). */
type Slots = boolean;
const slotted = (slots: Slots, kind: Parameters<typeof controlSlot>[0], control: string) =>
  (slots ? controlSlot(kind, control) : control);

/** A racer's controls: its optimizer, every PyTorch hyper-parameter, and a remove button. */
export function racerCard(racer: Racer, index: number, count: number, labels: PlaygroundLabels, slots: Slots): string {
  const name = escapeHtml(racerName(racer, index));
  const options = optimizerNames
    .map((o) => `<option value="${o}"${o === racer.name ? ' selected' : ''}>${OPTIMIZER_LABELS[o]}</option>`).join('');
  // Labels point at their controls by id: a label wrapped round a control would add its value to its name.
  const id = (key: string) => `playground-r${index}-${key}`;
  const fields = OPTIMIZER_PARAMS[racer.name].map((spec) => {
    if (spec.kind === 'flag') {
      const input = `<input type="checkbox" id="${id(spec.key)}" name="${spec.key}"${paramOf(racer, spec.key) ? ' checked' : ''} />`;
      const note = spec.notInTorch ? ` <span class="racer-flag-note">${escapeHtml(labels.notInTorch)}</span>` : '';
      return `<div class="racer-flag${spec.notInTorch ? ' racer-variant' : ''}">${slotted(slots, 'radio', input)} <label for="${id(spec.key)}"><code>${spec.torch}</code>${note}</label></div>`;
    }
    const input = `<input type="number" id="${id(spec.key)}" name="${spec.key}" inputmode="decimal" step="${spec.integer ? 1 : 'any'}" `
      + `min="${spec.min}" max="${spec.max}" value="${exactNumber(paramOf(racer, spec.key) as number)}" />`;
    return `<div class="racer-field"><label for="${id(spec.key)}"><code>${spec.torch}</code></label>${slotted(slots, 'number', input)}</div>`;
  }).join('');
  const select = `<select id="${id('optimizer')}" name="optimizer">${options}</select>`;
  const disabled = count <= MIN_RACERS ? ' disabled' : '';
  return `<fieldset class="racer-card" data-racer="${index}" data-optimizer="${racer.name}">`
    + `<legend>${swatchSvg(RACERS[index])}${name}</legend>`
    + `<div class="racer-field racer-optimizer"><label for="${id('optimizer')}">${escapeHtml(labels.optimizer)}</label>${slotted(slots, 'select', select)}</div>`
    + fields
    + `<button type="button" data-action="remove" data-racer="${index}"${disabled}>${escapeHtml(labels.remove)}`
    + `<span class="visually-hidden"> ${name}</span></button>`
    + '</fieldset>';
}

/** Every racer's card. */
export const racerCards = (racers: Racer[], labels: PlaygroundLabels, slots: Slots) =>
  racers.map((racer, i) => racerCard(racer, i, racers.length, labels, slots)).join('');

/** The options that differ from PyTorch's defaults, as `torch.optim` keywords: 'lr = 0.002, momentum = 0.9'. */
export const settingsText = (racer: Racer) =>
  changedParams(racer).map(({ torch, value }) => `${torch} = ${typeof value === 'boolean' ? (value ? 'True' : 'False') : fmt(value, 4)}`).join(', ');

/**
 * The cells of a racer's row in the Final-state table, after its name: settings, steps taken (or
 * where it diverged), x, y and the final loss, whose exact double is in `data-loss` for scripts.
 */
export function finalCells(racer: Racer, run: SimulateResult, labels: PlaygroundLabels) {
  const end = finalState(run);
  return {
    settings: settingsText(racer),
    steps: end.divergedAt === null ? String(end.steps) : fill(labels.divergedCell, { k: end.divergedAt }),
    x: fmt(end.x, 4),
    y: fmt(end.y, 4),
    loss: finalLossText(end.loss),
    exactLoss: Number.isFinite(end.loss) ? exactNumber(end.loss) : '',
  };
}

/** A row of the Final-state table. */
export function finalRow(racer: Racer, index: number, run: SimulateResult, labels: PlaygroundLabels): string {
  const c = finalCells(racer, run, labels);
  return `<tr data-racer="${index}"><th scope="row">${swatchSvg(RACERS[index])}${escapeHtml(racerName(racer, index))}</th>`
    + `<td data-cell="settings">${escapeHtml(c.settings)}</td><td class="num" data-cell="steps">${escapeHtml(c.steps)}</td>`
    + `<td class="num" data-cell="x">${c.x}</td><td class="num" data-cell="y">${c.y}</td>`
    + `<td class="num" data-cell="loss" data-loss="${c.exactLoss}">${c.loss}</td></tr>`;
}

/** Where a racer is at step t, under the plot. */
export function readoutText(racer: Racer, index: number, run: SimulateResult, shown: number, labels: PlaygroundLabels): string {
  const t = Math.min(shown, run.points.length - 1);
  const [x, y] = run.points[t];
  return fill(labels.readout, { name: racerName(racer, index), t, x: fmt(x), y: fmt(y), f: fmt(run.loss[t]) });
}

/** The legend: every racer's line and marker. */
export const legendItems = (racers: Racer[]) =>
  racers.map((racer, i) => `<li>${swatchSvg(RACERS[i])}${escapeHtml(racerName(racer, i))}</li>`).join('');

/** One readout line per racer. */
export const readouts = (racers: Racer[], runs: SimulateResult[], shown: number, labels: PlaygroundLabels) =>
  racers.map((racer, i) => `<output data-readout="${i}" aria-live="off">${escapeHtml(readoutText(racer, i, runs[i], shown, labels))}</output>`).join('');
