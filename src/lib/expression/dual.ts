import type { Vec2 } from '../types';
import { power, powerConstant } from './arithmetic';
import { evaluateConstant } from './fold';
import { isConstant, type ExpressionNode, type FunctionName } from './syntax';

// Opcodes of the flat program. Instruction i writes slot i from earlier slots a[i], b[i].
const CONST = 0, X = 1, Y = 2, NEG = 3, ADD = 4, SUB = 5, MUL = 6, DIV = 7;
const POW_CONST_EXPONENT = 8, POW_CONST_BASE = 9, POW = 10;
const SIN = 11, COS = 12, TAN = 13, EXP = 14, LOG = 15, SQRT = 16, ABS = 17, TANH = 18;

const FUNCTION_OPS: Record<FunctionName, number> = {
  sin: SIN, cos: COS, tan: TAN, exp: EXP, log: LOG, sqrt: SQRT, abs: ABS, tanh: TANH,
};
const BINARY_OPS = { '+': ADD, '-': SUB, '*': MUL, '/': DIV } as const;

interface Program {
  ops: Uint8Array;
  a: Int32Array;
  b: Int32Array;
  /** The constant of CONST, the exponent of POW_CONST_EXPONENT, the base of POW_CONST_BASE. */
  k: Float64Array;
}

/** Flattens the tree, children first, folding every subtree without x or y into one constant. */
function flatten(tree: ExpressionNode): Program {
  const ops: number[] = [];
  const a: number[] = [];
  const b: number[] = [];
  const k: number[] = [];
  const emit = (op: number, left = -1, right = -1, constant = 0) => {
    ops.push(op); a.push(left); b.push(right); k.push(constant);
    return ops.length - 1;
  };
  const visit = (node: ExpressionNode): number => {
    if (isConstant(node)) return emit(CONST, -1, -1, evaluateConstant(node));
    switch (node.kind) {
      case 'variable': return emit(node.name === 'x' ? X : Y);
      case 'negate': return emit(NEG, visit(node.operand));
      case 'call': return emit(FUNCTION_OPS[node.name], visit(node.argument));
      case 'binary':
        if (node.operator !== '^') return emit(BINARY_OPS[node.operator], visit(node.left), visit(node.right));
        if (isConstant(node.right)) return emit(POW_CONST_EXPONENT, visit(node.left), -1, evaluateConstant(node.right));
        if (isConstant(node.left)) return emit(POW_CONST_BASE, -1, visit(node.right), evaluateConstant(node.left));
        return emit(POW, visit(node.left), visit(node.right));
      default: throw new Error('flatten: a constant node was not folded');
    }
  };
  visit(tree);
  return { ops: Uint8Array.from(ops), a: Int32Array.from(a), b: Int32Array.from(b), k: Float64Array.from(k) };
}

/**
 * Compiles a parsed formula into a flat program whose interpreter carries dual numbers
 * v + dx·εx + dy·εy: the two tangents are the exact partial derivatives (forward-mode automatic
 * differentiation). Derivatives follow PyTorch's
 * backward formulas: d tan = 1 + tan², d tanh = 1 − tanh², d sqrt = 1/(2√a), d|a| = sign a, and its
 * masks for pow at 0.
 */
export function gradientProgram(tree: ExpressionNode): (x: number, y: number) => Vec2 {
  const { ops, a, b, k } = flatten(tree);
  const n = ops.length;
  // Which slots mention x, and which y: known before any evaluation.
  const hasX = new Uint8Array(n);
  const hasY = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    hasX[i] = Number(ops[i] === X || (a[i] >= 0 && hasX[a[i]] === 1) || (b[i] >= 0 && hasX[b[i]] === 1));
    hasY[i] = Number(ops[i] === Y || (a[i] >= 0 && hasY[a[i]] === 1) || (b[i] >= 0 && hasY[b[i]] === 1));
  }
  const v = new Float64Array(n);
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);

  function gradient(x: number, y: number): Vec2 {
    for (let i = 0; i < n; i++) {
      const p = a[i];
      const q = b[i];
      // ∂(slot i)/∂(slot p) and ∂(slot i)/∂(slot q); a slot that does not mention x passes on no
      // x-tangent at all, not 0·slope, so an infinite slope there (√y at y = 0) cannot make NaN.
      let dp = 0;
      let dq = 0;
      switch (ops[i]) {
        case CONST: v[i] = k[i]; dx[i] = 0; dy[i] = 0; continue;
        case X: v[i] = x; dx[i] = 1; dy[i] = 0; continue;
        case Y: v[i] = y; dx[i] = 0; dy[i] = 1; continue;
        case NEG: v[i] = -v[p]; dp = -1; break;
        case ADD: v[i] = v[p] + v[q]; dp = 1; dq = 1; break;
        case SUB: v[i] = v[p] - v[q]; dp = 1; dq = -1; break;
        case MUL: v[i] = v[p] * v[q]; dp = v[q]; dq = v[p]; break;
        case DIV: v[i] = v[p] / v[q]; dp = 1 / v[q]; dq = -v[i] / v[q]; break;
        case POW_CONST_EXPONENT:
          v[i] = powerConstant(v[p], k[i]);
          dp = k[i] === 0 ? 0 : k[i] * powerConstant(v[p], k[i] - 1);
          break;
        case POW_CONST_BASE:
          v[i] = power(k[i], v[q]);
          // PyTorch's mask: 0 where the base is 0 and the exponent ≥ 0, not 0·(−∞).
          dq = k[i] === 0 && v[q] >= 0 ? 0 : v[i] * Math.log(k[i]);
          break;
        case POW:
          v[i] = power(v[p], v[q]);
          dp = v[q] === 0 ? 0 : v[q] * power(v[p], v[q] - 1);
          dq = v[p] === 0 && v[q] >= 0 ? 0 : v[i] * Math.log(v[p]);
          break;
        case SIN: v[i] = Math.sin(v[p]); dp = Math.cos(v[p]); break;
        case COS: v[i] = Math.cos(v[p]); dp = -Math.sin(v[p]); break;
        case TAN: v[i] = Math.tan(v[p]); dp = 1 + v[i] * v[i]; break;
        case EXP: v[i] = Math.exp(v[p]); dp = v[i]; break;
        case LOG: v[i] = Math.log(v[p]); dp = 1 / v[p]; break;
        case SQRT: v[i] = Math.sqrt(v[p]); dp = 1 / (2 * v[i]); break;
        case ABS: v[i] = Math.abs(v[p]); dp = Math.sign(v[p]); break;
        case TANH: v[i] = Math.tanh(v[p]); dp = 1 - v[i] * v[i]; break;
      }
      const fromP = p >= 0;
      const fromQ = q >= 0;
      dx[i] = (fromP && hasX[p] ? dp * dx[p] : 0) + (fromQ && hasX[q] ? dq * dx[q] : 0);
      dy[i] = (fromP && hasY[p] ? dp * dy[p] : 0) + (fromQ && hasY[q] ? dq * dy[q] : 0);
    }
    return [dx[n - 1], dy[n - 1]];
  }

  return gradient;
}
