import type { Objective } from '../types';

/** Beale's function: flat plateaus and sharp ridges. */
export const beale: Objective = {
  name: 'beale',
  tex: 'f(x, y) = (1.5 - x + xy)^2 + (2.25 - x + xy^2)^2 + (2.625 - x + xy^3)^2',
  value: (x, y) => {
    const a = 1.5 - x + x * y;
    const b = 2.25 - x + x * y * y;
    const c = 2.625 - x + x * y * y * y;
    return a * a + b * b + c * c;
  },
  gradient: (x, y) => {
    const a = 1.5 - x + x * y;
    const b = 2.25 - x + x * y * y;
    const c = 2.625 - x + x * y * y * y;
    return [
      2 * a * (y - 1) + 2 * b * (y * y - 1) + 2 * c * (y * y * y - 1),
      2 * a * x + 2 * b * (2 * x * y) + 2 * c * (3 * x * y * y),
    ];
  },
  view: [[-4.5, 4.5], [-4.5, 4.5]],
  minima: [[3, 0.5]],
  defaultStart: [1, 1.5],
};
