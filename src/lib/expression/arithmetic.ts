/**
 * Scalar operations as PyTorch evaluates them on float64 tensors, shared by the compiled program
 * and constant folding so both round alike.
 */
import type { FunctionName } from './syntax';

/**
 * `tensor ** c` for a constant c: PyTorch's pow kernel multiplies out 2, 3 and −2, and takes sqrt,
 * rsqrt and the reciprocal for 0.5, −0.5 and −1, rather than calling pow.
 */
export function powerConstant(a: number, c: number): number {
  switch (c) {
    case 0: return 1;
    case 1: return a;
    case 2: return a * a;
    case 3: return a * a * a;
    case -1: return 1 / a;
    case -2: return 1 / (a * a);
    case 0.5: return Math.sqrt(a);
    case -0.5: return 1 / Math.sqrt(a);
    default: return Math.pow(a, c);
  }
}

/** C's pow where it differs from Math.pow: 1 to any power and anything to the 0 are 1, NaN included. */
export function power(a: number, b: number): number {
  if (a === 1 || b === 0) return 1;
  if (a === -1 && (b === Infinity || b === -Infinity)) return 1;
  return Math.pow(a, b);
}

export function applyFunction(name: FunctionName, a: number): number {
  switch (name) {
    case 'sin': return Math.sin(a);
    case 'cos': return Math.cos(a);
    case 'tan': return Math.tan(a);
    case 'exp': return Math.exp(a);
    case 'log': return Math.log(a);
    case 'sqrt': return Math.sqrt(a);
    case 'abs': return Math.abs(a);
    case 'tanh': return Math.tanh(a);
  }
}
