/**
 * The test function of a race as Python functions on torch tensors, for the "PyTorch code" script:
 * `f(x, y)` on 0-dimensional tensors, and `gradient(p)` giving [∂f/∂x, ∂f/∂y] at the parameter p.
 * Pure.
 */
import { expressionToTorch, getObjective, type ObjectiveName } from '../../lib/index.ts';

/** Python source: `def f` and `def gradient`, ready to paste at top level. */
export interface ObjectiveCode {
  /** How the header names the function. */
  title: string;
  source: string;
}

// Each formula is the one in src/lib/objectives, operation for operation (Python, like JavaScript,
// reads a - b + c and a * b * c left to right), so torch rounds exactly where the page does.
const BUILT_IN: Record<ObjectiveName, { title: string; value: string[]; gradient: string[] }> = {
  wavy: {
    title: 'wavy, f(x, y) = 0.1 x^2 + 2 y^2 + sin(x) cos(y)',
    value: ['return 0.1 * x * x + 2.0 * y * y + torch.sin(x) * torch.cos(y)'],
    gradient: ['return torch.stack([0.2 * x + torch.cos(x) * torch.cos(y), 4.0 * y - torch.sin(x) * torch.sin(y)])'],
  },
  quadratic: {
    title: 'quadratic, f(x, y) = x^2 / 2 + 12.5 y^2',
    value: ['return 0.5 * x * x + 12.5 * y * y'],
    gradient: ['return torch.stack([x, 25.0 * y])'],
  },
  rosenbrock: {
    title: 'rosenbrock, f(x, y) = (1 - x)^2 + 100 (y - x^2)^2',
    value: ['a = 1.0 - x', 'b = y - x * x', 'return a * a + 100.0 * b * b'],
    gradient: ['b = y - x * x', 'return torch.stack([-2.0 * (1.0 - x) - 400.0 * x * b, 200.0 * b])'],
  },
  beale: {
    title: 'beale, f(x, y) = (1.5 - x + xy)^2 + (2.25 - x + xy^2)^2 + (2.625 - x + xy^3)^2',
    value: [
      'a = 1.5 - x + x * y', 'b = 2.25 - x + x * y * y', 'c = 2.625 - x + x * y * y * y',
      'return a * a + b * b + c * c',
    ],
    gradient: [
      'a = 1.5 - x + x * y', 'b = 2.25 - x + x * y * y', 'c = 2.625 - x + x * y * y * y',
      'return torch.stack([',
      '    2.0 * a * (y - 1.0) + 2.0 * b * (y * y - 1.0) + 2.0 * c * (y * y * y - 1.0),',
      '    2.0 * a * x + 2.0 * b * (2.0 * x * y) + 2.0 * c * (3.0 * x * y * y),',
      '])',
    ],
  },
  himmelblau: {
    title: 'himmelblau, f(x, y) = (x^2 + y - 11)^2 + (x + y^2 - 7)^2',
    value: ['a = x * x + y - 11.0', 'b = x + y * y - 7.0', 'return a * a + b * b'],
    gradient: [
      'a = x * x + y - 11.0', 'b = x + y * y - 7.0',
      'return torch.stack([4.0 * x * a + 2.0 * b, 2.0 * a + 4.0 * y * b])',
    ],
  },
  saddle: {
    title: 'saddle, f(x, y) = x^2 / 2 - y^2 + y^4 / 4',
    value: ['return 0.5 * x * x - y * y + 0.25 * y * y * y * y'],
    gradient: ['return torch.stack([x, -2.0 * y + y * y * y])'],
  },
};

const body = (lines: string[]) => lines.map((line) => `    ${line}`).join('\n');

function builtInCode(name: ObjectiveName): ObjectiveCode {
  const { title, value, gradient } = BUILT_IN[getObjective(name).name];
  return {
    title,
    source: `def f(x, y):
    """The page's ${name} function."""
${body(value)}


def gradient(p):
    """The page's own analytic gradient, in its order of operations (autograd would round
    differently in the last bit, and a long run can grow that)."""
    x, y = p.detach()
${body(gradient)}`,
  };
}

function typedCode(expr: string): ObjectiveCode {
  return {
    // One line, whatever whitespace was typed, so the formula cannot leave its comment.
    title: `f(x, y) = ${expr.trim().replace(/\s+/g, ' ')}`,
    source: `def f(x, y):
    """The typed function, with the page's grouping and order of operations."""
    return ${expressionToTorch(expr)}


def gradient(p):
    """[df/dx, df/dy] at p by autograd, whose rules the page's dual numbers follow."""
    point = p.detach().clone().requires_grad_()
    (g,) = torch.autograd.grad(f(point[0], point[1]), point)
    return g`,
  };
}

/**
 * The Python for a built-in function (its formula and the page's analytic gradient) or a typed one
 * (`expressionToTorch`, differentiated by autograd). Throws for an unknown name, and the parser's
 * error for a bad formula.
 */
export function objectiveCode(fn: ObjectiveName | { expr: string }): ObjectiveCode {
  return typeof fn === 'string' ? builtInCode(fn) : typedCode(fn.expr);
}
