import type { Objective } from '../types';

/** A saddle at the origin between two minima at (0, ±√2): plain gradient descent lingers there. */
export const saddle: Objective = {
  name: 'saddle',
  tex: 'f(x, y) = \\tfrac12 x^2 - y^2 + \\tfrac14 y^4',
  value: (x, y) => 0.5 * x * x - y * y + 0.25 * y * y * y * y,
  gradient: (x, y) => [x, -2 * y + y * y * y],
  view: [[-3, 3], [-3, 3]],
  minima: [[0, Math.SQRT2], [0, -Math.SQRT2]],
  defaultStart: [-2.5, 0.001],
};
