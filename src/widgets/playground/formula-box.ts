import { expressionError, type ExpressionError } from '../../lib/index.ts';
import { fill } from '../kit/format.ts';
import type { PlaygroundLabels } from './model.ts';

/** How long a formula may stay unreadable while the reader types before the error shows. */
const PATIENCE_MS = 700;

export interface FormulaBox {
  /** Shows a formula the setup took from elsewhere (a built-in, a reset, a link), clearing any error. */
  show(formula: string): void;
  /** Stops the pending error timer. */
  stop(): void;
}

/**
 * The "Function f(x, y)" text box. A formula that parses goes to `accept` at once, so the race
 * follows the typing; one that does not is left out of the setup (the last good race stays on
 * screen) and its error shows in the alert, with the column, once the reader pauses or presses
 * Enter. Enter also selects the offending text, and a copy of the formula marks it for the eye.
 */
export function formulaBox(
  input: HTMLInputElement, alert: HTMLElement, caret: HTMLElement, labels: PlaygroundLabels, accept: (expr: string) => void,
  signal: AbortSignal,
): FormulaBox {
  let timer: ReturnType<typeof setTimeout> | undefined;

  const clear = () => {
    clearTimeout(timer);
    input.removeAttribute('aria-invalid');
    alert.textContent = '';
    caret.replaceChildren();
  };

  const showError = (error: ExpressionError, select: boolean) => {
    clearTimeout(timer);
    const detail = error.message.replace(/^expr: /, '').replace(` at column ${error.column}`, '');
    const message = fill(labels.formulaError, { column: error.column, detail });
    if (alert.textContent !== message) alert.textContent = message;
    input.setAttribute('aria-invalid', 'true');
    markError(caret, input.value, error);
    if (select && document.activeElement === input) input.setSelectionRange(error.start, Math.max(error.end, error.start + 1));
  };

  const check = (select: boolean) => {
    const error = expressionError(input.value);
    if (error === null) {
      clear();
      accept(input.value);
    } else if (select) {
      showError(error, true);
    } else {
      clearTimeout(timer);
      timer = setTimeout(() => showError(error, false), PATIENCE_MS);
    }
  };

  input.addEventListener('input', () => check(false), { signal });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      check(true);
    }
  }, { signal });
  input.addEventListener('change', () => check(true), { signal });

  return {
    show(formula) {
      if (input.value !== formula) input.value = formula;
      clear();
    },
    stop: () => clearTimeout(timer),
  };
}

/** A few characters either side of the error, the offending text highlighted (an end of input as a blank). */
function markError(caret: HTMLElement, source: string, error: ExpressionError): void {
  const from = Math.max(0, error.start - 24);
  const to = Math.min(source.length, Math.max(error.end, error.start + 1) + 24);
  const mark = document.createElement('mark');
  mark.textContent = source.slice(error.start, Math.max(error.end, error.start + 1)) || '\u00a0';
  caret.replaceChildren(
    `${from > 0 ? '…' : ''}${source.slice(from, error.start)}`, mark,
    `${source.slice(Math.max(error.end, error.start + 1), to)}${to < source.length ? '…' : ''}`,
  );
}
