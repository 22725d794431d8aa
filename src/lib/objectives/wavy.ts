import type { Objective } from '../types';

/** The source article's function: a bowl, 20 times steeper in y, with ripples. */
export const wavy: Objective = {
  name: 'wavy',
  tex: 'f(x, y) = 0.1x^2 + 2y^2 + \\sin x \\cos y',
  value: (x, y) => 0.1 * x * x + 2 * y * y + Math.sin(x) * Math.cos(y),
  // Written in the article's order, so our numbers match its Python bit for bit.
  gradient: (x, y) => [0.2 * x + Math.cos(x) * Math.cos(y), 4 * y - Math.sin(x) * Math.sin(y)],
  view: [[-5, 5], [-5, 5]],
  minima: [[-1.306439, 0], [3.837467, 0]],
  defaultStart: [-4, 4],
};
