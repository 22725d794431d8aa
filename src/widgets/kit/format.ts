/**
 * How every widget writes a number: one style for readouts, tables, sliders and axis ticks.
 * - 0.001 ≤ |v| < 100 000: plain digits, `digits` significant, thousands grouped with a narrow
 *   no-break space from 10 000 on (13 600), so a number never breaks across lines;
 * - otherwise scientific with a real times sign and superscript exponent (1.6×10⁷, 4.9×10⁻⁵),
 *   and a bare power when the mantissa is 1 (10⁻⁸);
 * - a real minus sign (−), never a hyphen;
 * - values below 1e-12 of the scale they are read against print as 0 (no 4.9e-20 beside 1.2);
 * - anything not finite prints as an em dash, never NaN or Infinity.
 */

/** Narrow no-break space: groups thousands and keeps a number on one line. */
export const NNBSP = '\u202f';
export const MINUS = '−';
const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻',
};

export interface FormatOptions {
  /** Significant digits. @default 3 */
  digits?: number;
  /** The magnitude the value is read against: below 1e-12 of it, the value is 0. @default 1 */
  scale?: number;
}

const superscript = (n: number) => String(n).replace(/[-0-9]/g, (c) => SUPERSCRIPT[c]);

/** Digits with grouped thousands: 13600 → 13 600; 1234.5 stays 1234.5 (four digits read fine). */
function group(text: string): string {
  const [whole, fraction] = text.split('.');
  const grouped = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+$)/g, NNBSP) : whole;
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** `digits` significant digits without trailing zeros, as plain decimals. */
function plain(abs: number, digits: number): string {
  const exponent = Math.floor(Math.log10(abs));
  const decimals = Math.max(0, digits - 1 - exponent);
  const text = abs.toFixed(Math.min(20, decimals));
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

function scientific(abs: number, digits: number): string {
  const [mantissa, exponent] = abs.toExponential(Math.max(0, digits - 1)).split('e');
  const m = mantissa.includes('.') ? mantissa.replace(/\.?0+$/, '') : mantissa;
  const power = `10${superscript(Number(exponent))}`;
  return m === '1' ? power : `${m}×${power}`;
}

/** A number as a reader sees it: see the module comment for the style. */
export function formatNumber(value: number | null | undefined, { digits = 3, scale = 1 }: FormatOptions = {}): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  const floor = 1e-12 * (Number.isFinite(scale) && scale > 0 ? scale : 1);
  if (abs < floor) return '0';
  // Round first, so 99 999.7 becomes 1.00×10⁵ rather than "100 000".
  const rounded = Number(abs.toPrecision(digits));
  const body = rounded >= 1e-3 && rounded < 1e5 ? group(plain(rounded, digits)) : scientific(rounded, digits);
  return value < 0 ? `${MINUS}${body}` : body;
}

/** Shorter name for readouts. */
export const fmt = (value: number | null | undefined, digits = 3, scale = 1) => formatNumber(value, { digits, scale });

/** A number after an operator, in parentheses when negative: 0.1 × (−1.2). */
export function paren(value: number | null | undefined, digits = 3, scale = 1): string {
  const text = fmt(value, digits, scale);
  return text.startsWith(MINUS) ? `(${text})` : text;
}

/** A tick on a log10 axis at position v, written as the value 10^v: 10⁻³, 0.03, 1, 20, 10⁴. */
export function powerTick(v: number | string): string {
  const position = Number(v);
  if (!Number.isFinite(position)) return '';
  const whole = Math.round(position);
  if (Math.abs(position - whole) < 1e-9 && (whole >= 4 || whole <= -3)) return `10${superscript(whole)}`;
  return fmt(10 ** position, 1);
}

/** A tick on a linear axis: the readout style with a little more room. */
export const linearTick = (v: number | string) => fmt(Number(v), 4);

/** Fills '{name}'-style slots in a label from the page's language: 'Step {t}' → 'Step 7'. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
