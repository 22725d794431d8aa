/** The grammar's vocabulary and the tree the parser builds. */

export const FUNCTION_NAMES = ['sin', 'cos', 'tan', 'exp', 'log', 'sqrt', 'abs', 'tanh'] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

export type BinaryOperator = '+' | '-' | '*' | '/' | '^';

export type ExpressionNode =
  | { kind: 'number'; value: number }
  | { kind: 'variable'; name: 'x' | 'y' }
  | { kind: 'constant'; name: 'pi' | 'e'; value: number }
  | { kind: 'negate'; operand: ExpressionNode }
  | { kind: 'binary'; operator: BinaryOperator; left: ExpressionNode; right: ExpressionNode }
  | { kind: 'call'; name: FunctionName; argument: ExpressionNode };

/**
 * Every name the grammar knows. A Map, not an object, so `constructor`, `__proto__` or `toString`
 * can never be found on a prototype.
 */
export const NAMES: ReadonlyMap<string, ExpressionNode | FunctionName> = new Map<string, ExpressionNode | FunctionName>([
  ['x', { kind: 'variable', name: 'x' }],
  ['y', { kind: 'variable', name: 'y' }],
  ['pi', { kind: 'constant', name: 'pi', value: Math.PI }],
  ['e', { kind: 'constant', name: 'e', value: Math.E }],
  ...FUNCTION_NAMES.map((name) => [name, name] as [string, FunctionName]),
]);

/** True when the subtree mentions neither x nor y. */
export function isConstant(node: ExpressionNode): boolean {
  switch (node.kind) {
    case 'number': case 'constant': return true;
    case 'variable': return false;
    case 'negate': return isConstant(node.operand);
    case 'call': return isConstant(node.argument);
    case 'binary': return isConstant(node.left) && isConstant(node.right);
  }
}
