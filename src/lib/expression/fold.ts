import { applyFunction, powerConstant } from './arithmetic';
import type { ExpressionNode } from './syntax';

/** The value of a subtree without x or y, by the same arithmetic as the closures and the dual-number program. */
export function evaluateConstant(node: ExpressionNode): number {
  switch (node.kind) {
    case 'number': case 'constant': return node.value;
    case 'variable': throw new Error('evaluateConstant: the subtree mentions ' + node.name);
    case 'negate': return -evaluateConstant(node.operand);
    case 'call': return applyFunction(node.name, evaluateConstant(node.argument));
    case 'binary': {
      const a = evaluateConstant(node.left);
      const b = evaluateConstant(node.right);
      switch (node.operator) {
        case '+': return a + b;
        case '-': return a - b;
        case '*': return a * b;
        case '/': return a / b;
        case '^': return powerConstant(a, b);
      }
    }
  }
}
