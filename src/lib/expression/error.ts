/**
 * A formula the grammar rejects. The message names `expr` and the 1-based column, counted in
 * characters as a reader sees them (an emoji is one); `start` and `end` are UTF-16 offsets of the
 * offending text, for an input's setSelectionRange.
 */
export class ExpressionError extends RangeError {
  readonly column: number;
  readonly start: number;
  readonly end: number;

  constructor(problem: string, source: string, start: number, end = start, hint = '') {
    const column = countCharacters(source.slice(0, start)) + 1;
    super(`expr: ${problem} at column ${column}${hint ? `: ${hint}` : ''}`);
    this.name = 'ExpressionError';
    this.column = column;
    this.start = start;
    this.end = end;
  }
}

/** Code points, so a character outside the BMP counts once. */
export function countCharacters(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}
