import type { Objective } from '../types';

/** Rosenbrock's banana: a curved, nearly flat valley floor. */
export const rosenbrock: Objective = {
  name: 'rosenbrock',
  tex: 'f(x, y) = (1 - x)^2 + 100\\,(y - x^2)^2',
  value: (x, y) => {
    const a = 1 - x;
    const b = y - x * x;
    return a * a + 100 * b * b;
  },
  gradient: (x, y) => {
    const b = y - x * x;
    return [-2 * (1 - x) - 400 * x * b, 200 * b];
  },
  view: [[-2, 2], [-1, 3]],
  minima: [[1, 1]],
  defaultStart: [-1.5, 2],
};
