import { ExpressionError } from './error';

export type TokenKind = 'number' | 'name' | 'operator' | '(' | ')' | 'end';

export interface Token {
  kind: TokenKind;
  /** The text as typed. */
  text: string;
  /** UTF-16 offsets in the source. */
  start: number;
  end: number;
}

// Sticky patterns, tried at the current offset only. Numbers: 2, 0.5, .5, 5., 1e-3, 1E3.
const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
const SPACE = /\s+/y;
const OPERATORS = '+-*/^';

function match(pattern: RegExp, source: string, at: number): string | null {
  pattern.lastIndex = at;
  const found = pattern.exec(source);
  return found ? found[0] : null;
}

/** Splits a formula into tokens, ending with an 'end' token; throws at the first character outside the grammar. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < source.length) {
    const space = match(SPACE, source, at);
    if (space) {
      at += space.length;
      continue;
    }
    const char = source[at];
    let kind: TokenKind | null = null;
    let text = match(NUMBER, source, at);
    if (text) kind = 'number';
    else if ((text = match(NAME, source, at))) kind = 'name';
    else if (OPERATORS.includes(char)) [kind, text] = ['operator', char];
    else if (char === '(' || char === ')') [kind, text] = [char, char];
    if (kind === null || text === null) {
      const shown = String.fromCodePoint(source.codePointAt(at)!);
      throw new ExpressionError(`unexpected ${JSON.stringify(shown)}`, source, at, at + shown.length);
    }
    tokens.push({ kind, text, start: at, end: at + text.length });
    at += text.length;
  }
  tokens.push({ kind: 'end', text: '', start: source.length, end: source.length });
  return tokens;
}
