import type { CompiledExpression } from '../types';
import { valueClosure } from './closures';
import { gradientProgram } from './dual';
import { ExpressionError } from './error';
import { parseExpression } from './parse';
import { treeToTorch } from './torch-code';

export { ExpressionError } from './error';
export { MAX_EXPRESSION_LENGTH, parseExpression } from './parse';
export { pythonFloat } from './python-float';
export { FUNCTION_NAMES, type ExpressionNode, type FunctionName } from './syntax';

/**
 * Compiles a formula in x and y once: `value(x, y)` as closures, fast enough for contour grids;
 * `gradient(x, y)` exact by forward-mode AD. Throws an ExpressionError naming `expr` and the column
 * for a bad formula.
 */
export function compileExpression(source: string): CompiledExpression {
  const tree = parseExpression(source);
  return { source, value: valueClosure(tree), gradient: gradientProgram(tree) };
}

/** The error a formula would throw, or null: for an input that shows where the problem is. */
export function expressionError(source: string): ExpressionError | null {
  try {
    parseExpression(source);
    return null;
  } catch (error) {
    if (error instanceof ExpressionError) return error;
    throw error;
  }
}

/** The formula as a Python expression in torch tensors x and y (see `treeToTorch`). */
export function expressionToTorch(source: string): string {
  return treeToTorch(parseExpression(source));
}
