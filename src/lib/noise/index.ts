import type { NoiseOptions } from '../types';
import { fail, integerIn, nonNegative, rejectUnknown, requireFields } from '../validate';

export { createNormal, portableLog, uniform53 } from './normal';
export { normalPythonSource } from './python';
export { createUint32, splitMix32State, xoshiro128StarStar } from './xoshiro128';

export const MAX_SEED = 4294967295;

const checks = {
  sigma: nonNegative,
  seed: (field: string, value: unknown) => integerIn(field, value, 0, MAX_SEED),
};

/** The noise with its seed filled in; throws on a bad, missing or unknown field, naming it. */
export function resolveNoise(options: NoiseOptions): Required<NoiseOptions> {
  if (typeof options !== 'object' || options === null) fail('noise', 'an object { sigma, seed }', options);
  rejectUnknown('noise', checks, options, false);
  requireFields(checks, options, ['sigma']);
  return { sigma: options.sigma, seed: options.seed === undefined ? 0 : checks.seed('seed', options.seed) };
}
