import type { Objective } from '../types';

/** Himmelblau's function: four minima of equal height. */
export const himmelblau: Objective = {
  name: 'himmelblau',
  tex: 'f(x, y) = (x^2 + y - 11)^2 + (x + y^2 - 7)^2',
  value: (x, y) => {
    const a = x * x + y - 11;
    const b = x + y * y - 7;
    return a * a + b * b;
  },
  gradient: (x, y) => {
    const a = x * x + y - 11;
    const b = x + y * y - 7;
    return [4 * x * a + 2 * b, 2 * a + 4 * y * b];
  },
  view: [[-5, 5], [-5, 5]],
  minima: [[3, 2], [-2.805118, 3.131312], [-3.77931, -3.283186], [3.584428, -1.848126]],
  defaultStart: [0, 0],
};
