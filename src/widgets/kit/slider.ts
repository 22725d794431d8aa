/**
 * A slider's facts, declared once: the markup (Slider.astro), the element that reads it and the
 * settings sanitizer all take the range from here. Log sliders move over log10 of the value.
 */
export interface SliderSpec {
  /** Smallest value the setting may take. */
  min: number;
  /** Largest value. */
  max: number;
  /** The slider's step, in slider positions (log10 units on a log slider). */
  step: number;
  /** 'log' for settings that span decades (η, ε). @default 'linear' */
  scale?: 'linear' | 'log';
  /** Round the value to a whole number (steps, periods). @default false */
  integer?: boolean;
}

export const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Where a value sits on the slider. */
export function toPosition(spec: SliderSpec, value: number): number {
  return spec.scale === 'log' ? Math.log10(value) : value;
}

/** The value at a slider position, clamped to the spec (and rounded, for integer settings). */
export function fromPosition(spec: SliderSpec, position: number): number {
  return clampTo(spec, spec.scale === 'log' ? 10 ** position : position);
}

/** Any number into the spec's range; NaN becomes the minimum. */
export function clampTo(spec: SliderSpec, value: number): number {
  const v = clamp(Number.isFinite(value) ? value : spec.min, spec.min, spec.max);
  return spec.integer ? Math.round(v) : v;
}

/** The slider's own attributes (min, max, step) in positions. */
export function positionRange(spec: SliderSpec): { min: number; max: number; step: number } {
  return { min: toPosition(spec, spec.min), max: toPosition(spec, spec.max), step: spec.step };
}
