import { pythonFloat } from './python-float';
import { evaluateConstant } from './fold';
import { isConstant, type ExpressionNode } from './syntax';

// Binding strength in the emitted Python: sum < product < unary minus < power < atom.
const SUM = 1, PRODUCT = 2, UNARY = 3, POWER = 4, ATOM = 5;

/** Whether Python could raise (ZeroDivisionError, OverflowError, complex powers) or lacks the op on floats. */
function mayRaiseInPython(node: ExpressionNode): boolean {
  switch (node.kind) {
    case 'number': case 'constant': case 'variable': return false;
    case 'call': return true; // torch.sin needs a tensor; math.sin differs from ours in the last bit
    case 'negate': return mayRaiseInPython(node.operand);
    case 'binary':
      return node.operator === '^' || (node.operator === '/' && evaluateConstant(node.right) === 0) ||
        mayRaiseInPython(node.left) || mayRaiseInPython(node.right);
  }
}

interface Emitted {
  code: string;
  strength: number;
}

function emit(node: ExpressionNode): Emitted {
  // A constant Python could not evaluate as we do becomes our value, so the script computes the same f.
  if (isConstant(node) && mayRaiseInPython(node)) {
    const value = evaluateConstant(node);
    return { code: pythonFloat(value), strength: value < 0 || Object.is(value, -0) ? UNARY : ATOM };
  }
  switch (node.kind) {
    case 'number': return { code: pythonFloat(node.value), strength: ATOM };
    case 'constant': return { code: `math.${node.name}`, strength: ATOM };
    case 'variable': return { code: node.name, strength: ATOM };
    case 'call': return { code: `torch.${node.name}(${emit(node.argument).code})`, strength: ATOM };
    case 'negate': {
      const operand = emit(node.operand);
      return { code: `-${wrapUnless(operand, operand.strength === ATOM)}`, strength: UNARY };
    }
    case 'binary': {
      const left = emit(node.left);
      const right = emit(node.right);
      if (node.operator === '^') {
        // Python's ** binds tighter than a unary minus on its left, like ours; parenthesise anyway.
        return { code: `${wrapUnless(left, left.strength === ATOM)} ** ${wrapUnless(right, right.strength === ATOM)}`, strength: POWER };
      }
      const strength = node.operator === '+' || node.operator === '-' ? SUM : PRODUCT;
      // Floating-point + and * are not associative: a right operand of equal strength keeps its parentheses.
      return {
        code: `${wrapUnless(left, left.strength >= strength)} ${node.operator} ${wrapUnless(right, right.strength > strength)}`,
        strength,
      };
    }
  }
}

const wrapUnless = (emitted: Emitted, bare: boolean) => (bare ? emitted.code : `(${emitted.code})`);

/**
 * The formula as a Python expression in tensors `x` and `y`, with torch functions (`torch.sin(x)`),
 * `**` for ^, `math.pi` and `math.e`, and parentheses wherever the grouping is not the plain
 * left-to-right reading, so that Python evaluates the same operations in the same order. Needs
 * `import math, torch`. Constant pieces Python would evaluate differently (a function of a constant,
 * a power, a division by 0) are written as our value. A formula without x and y gets `0.0 * x +`
 * in front, so that it is still a tensor autograd can differentiate.
 */
export function treeToTorch(tree: ExpressionNode): string {
  const emitted = emit(tree);
  if (!isConstant(tree)) return emitted.code;
  return `0.0 * x + ${wrapUnless(emitted, emitted.strength > SUM)}`;
}
