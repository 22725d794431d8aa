import type { Objective } from '../types';

/** An ill-conditioned bowl: curvature 1 along x, 25 along y. */
export const quadratic: Objective = {
  name: 'quadratic',
  tex: 'f(x, y) = \\tfrac12 x^2 + 12.5\\,y^2',
  value: (x, y) => 0.5 * x * x + 12.5 * y * y,
  gradient: (x, y) => [x, 25 * y],
  view: [[-5, 5], [-5, 5]],
  minima: [[0, 0]],
  defaultStart: [-4, 3],
};
