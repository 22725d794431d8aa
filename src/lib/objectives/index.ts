import type { Objective, ObjectiveName } from '../types';
import { ownKey } from '../validate';
import { beale } from './beale';
import { himmelblau } from './himmelblau';
import { quadratic } from './quadratic';
import { rosenbrock } from './rosenbrock';
import { saddle } from './saddle';
import { wavy } from './wavy';

export const objectives: Record<ObjectiveName, Objective> = {
  wavy, quadratic, rosenbrock, beale, himmelblau, saddle,
};

export const objectiveNames = Object.keys(objectives) as ObjectiveName[];

/** The named test function; throws for anything else, 'toString' and '__proto__' included. */
export function getObjective(name: unknown): Objective {
  return objectives[ownKey('fn', objectives, name)];
}
