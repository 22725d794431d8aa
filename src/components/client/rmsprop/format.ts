/** Numbers for readouts: never "NaN" or "Infinity", short at every magnitude. */
export function fmt(value: number | undefined | null, digits = 3): string {
  if (value === undefined || value === null || !Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e5 || abs < 1e-3) {
    // 1.00e-8 → 1e-8, 4.90e-20 → 4.9e-20
    return value.toExponential(Math.max(0, digits - 1)).replace('e+', 'e').replace(/\.?0+e/, 'e');
  }
  const text = value.toPrecision(digits);
  // toPrecision may still say 1.23e+5 for large numbers; the branch above keeps those out.
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** Fills '{name}'-style slots in a label from the page's language: 'Step {t}' → 'Step 7'. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

/** A signed number with a real minus sign, for formulas. */
export function signed(value: number | undefined | null, digits = 3): string {
  return fmt(value, digits).replace(/^-/, '−');
}

/** Wraps a negative number in parentheses where it follows an operator: 0.1 × (−1.2). */
export function paren(value: number | undefined | null, digits = 3): string {
  const text = signed(value, digits);
  return text.startsWith('−') ? `(${text})` : text;
}
