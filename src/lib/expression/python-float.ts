/**
 * A float64 as a Python float literal that reads back as the same double: JavaScript's shortest
 * round-trip digits, with ".0" on integers so Python never computes in exact integers (1e20 + 1
 * would differ), and math.inf / math.nan for the non-finite.
 */
export function pythonFloat(value: number): string {
  if (Number.isNaN(value)) return 'math.nan';
  if (value === Infinity) return 'math.inf';
  if (value === -Infinity) return '-math.inf';
  if (Object.is(value, -0)) return '-0.0';
  const text = String(value);
  return /^-?\d+$/.test(text) ? `${text}.0` : text;
}
