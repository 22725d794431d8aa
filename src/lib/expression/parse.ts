import { ExpressionError } from './error';
import { NAMES, type ExpressionNode } from './syntax';
import { tokenize, type Token } from './tokens';

export const MAX_EXPRESSION_LENGTH = 1000;

/** The UTF-16 offset of the character (code point) numbered `count` from 0, or the length if fewer. */
function offsetOfCharacter(text: string, count: number): number {
  let offset = 0;
  for (let n = 0; n < count && offset < text.length; n++) offset += text.codePointAt(offset)! > 0xffff ? 2 : 1;
  return offset;
}

/**
 * Parses a formula in x and y by recursive descent, one function per precedence level:
 *   sum     = product (("+" | "-") product)*
 *   product = unary (("*" | "/") unary)*
 *   unary   = ("-" | "+") unary | power
 *   power   = atom ("^" unary)?            right-associative, and tighter than a leading minus,
 *                                          as in Python: -x^2 = -(x^2), 2^3^2 = 2^9, 2^-1 = 0.5
 *   atom    = number | x | y | pi | e | function "(" sum ")" | "(" sum ")"
 */
export function parseExpression(given: unknown): ExpressionNode {
  if (typeof given !== 'string') {
    throw new RangeError(`expr must be a string, got ${typeof given}`);
  }
  const source = given;
  const tooLong = offsetOfCharacter(source, MAX_EXPRESSION_LENGTH);
  if (tooLong < source.length) {
    throw new ExpressionError(`longer than ${MAX_EXPRESSION_LENGTH} characters`, source, tooLong, source.length);
  }
  const tokens = tokenize(source);
  let index = 0;
  const peek = () => tokens[index];
  const unexpected = (token: Token, hint = ''): never => {
    const what = token.kind === 'end' ? 'end' : JSON.stringify(token.text);
    throw new ExpressionError(`unexpected ${what}`, source, token.start, token.end, hint);
  };
  const isOperator = (token: Token, ...operators: string[]) =>
    token.kind === 'operator' && operators.includes(token.text);

  function sum(): ExpressionNode {
    let left = product();
    while (isOperator(peek(), '+', '-')) {
      const operator = tokens[index++].text as '+' | '-';
      left = { kind: 'binary', operator, left, right: product() };
    }
    return left;
  }

  function product(): ExpressionNode {
    let left = unary();
    while (isOperator(peek(), '*', '/')) {
      const operator = tokens[index++].text as '*' | '/';
      left = { kind: 'binary', operator, left, right: unary() };
    }
    return left;
  }

  function unary(): ExpressionNode {
    if (isOperator(peek(), '-')) {
      index++;
      return { kind: 'negate', operand: unary() };
    }
    if (isOperator(peek(), '+')) {
      index++;
      return unary();
    }
    return power();
  }

  function power(): ExpressionNode {
    const base = atom();
    if (!isOperator(peek(), '^')) return base;
    index++;
    return { kind: 'binary', operator: '^', left: base, right: unary() };
  }

  function parenthesised(hint: string): ExpressionNode {
    if (peek().kind !== '(') unexpected(peek(), hint);
    index++;
    const inside = sum();
    if (peek().kind !== ')') unexpected(peek(), 'expected ")"');
    index++;
    return inside;
  }

  function atom(): ExpressionNode {
    const token = peek();
    if (token.kind === 'number') {
      index++;
      const value = Number(token.text);
      if (!Number.isFinite(value)) {
        throw new ExpressionError(`number ${token.text} too large`, source, token.start, token.end);
      }
      return { kind: 'number', value };
    }
    if (token.kind === 'name') {
      const known = NAMES.get(token.text);
      if (known === undefined) {
        throw new ExpressionError(`unknown name ${JSON.stringify(token.text)}`, source, token.start, token.end);
      }
      index++;
      if (typeof known !== 'string') return { ...known }; // a copy: the tree is the caller's to keep
      return { kind: 'call', name: known, argument: parenthesised(`write ${known}(…)`) };
    }
    if (token.kind === '(') return parenthesised('');
    return unexpected(token);
  }

  const tree = sum();
  if (peek().kind !== 'end') unexpected(peek());
  return tree;
}
