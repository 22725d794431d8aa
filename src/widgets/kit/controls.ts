import { fmt } from './format.ts';
import { clampTo, fromPosition, toPosition, type SliderSpec } from './slider.ts';

/**
 * Wires a Slider.astro row: moving the slider or typing in its box calls `onValue` with a value
 * inside the spec. Typed junk (empty, "abc") changes nothing; `syncSlider` puts the current value back.
 */
export function bindSlider(root: Element, name: string, spec: SliderSpec, onValue: (value: number) => void): void {
  const range = root.querySelector<HTMLInputElement>(`input[type="range"][name="${name}"]`);
  const entry = root.querySelector<HTMLInputElement>(`input[data-entry="${name}"]`);
  range?.addEventListener('input', () => onValue(fromPosition(spec, Number(range.value))));
  entry?.addEventListener('change', () => {
    const typed = entry.valueAsNumber;
    if (Number.isFinite(typed) && !(spec.scale === 'log' && typed <= 0)) onValue(clampTo(spec, typed));
    else entry.value = String(fromPosition(spec, Number(range?.value ?? spec.min)));
  });
}

/** Shows `value` in a Slider.astro row: position, typed box (unless the reader is typing), text (with its unit). */
export function syncSlider(root: Element, name: string, spec: SliderSpec, value: number, digits = 3, unit = ''): void {
  const text = `${fmt(value, digits)}${unit}`;
  const range = root.querySelector<HTMLInputElement>(`input[type="range"][name="${name}"]`);
  if (range) {
    const position = String(toPosition(spec, value));
    if (range.value !== position) range.value = position;
    setAttr(range, 'aria-valuetext', text);
  }
  const entry = root.querySelector<HTMLInputElement>(`input[data-entry="${name}"]`);
  const typed = String(Number(value.toPrecision(6)));
  if (entry && document.activeElement !== entry && entry.value !== typed) entry.value = typed;
  const output = range && root.querySelector<HTMLOutputElement>(`output[for="${range.id}"]`);
  if (output && output.textContent !== text) output.textContent = text;
}

/** Sets an attribute only when it changes: a slider drag writes many, and most stay the same. */
export function setAttr(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/** Sets a control's value (or checked, min, max) only when it changes. */
export function setProp<E extends HTMLInputElement | HTMLSelectElement, K extends 'value' | 'min' | 'max' | 'checked'>(
  element: E, key: K & keyof E, value: E[K & keyof E],
): void {
  if (element[key] !== value) element[key] = value;
}
