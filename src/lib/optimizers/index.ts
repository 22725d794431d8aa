import type { OptimizerOptions, Stepper } from '../types';
import { ownKey } from '../validate';
import { adadelta, resolveAdadelta } from './adadelta';
import { adagrad, resolveAdagrad } from './adagrad';
import { adam, resolveAdam } from './adam';
import { adamw, resolveAdamw } from './adamw';
import { nadam, resolveNadam } from './nadam';
import { radam, resolveRadam } from './radam';
import { rmsprop, resolveRmsprop } from './rmsprop';
import { resolveSgd, sgd } from './sgd';

export { adadelta, adadeltaDefaults } from './adadelta';
export { adagrad, adagradDefaults } from './adagrad';
export { adam, adamDefaults } from './adam';
export { adamw, adamwDefaults } from './adamw';
export { nadam, nadamDefaults } from './nadam';
export { radam, radamDefaults } from './radam';
export { rmsprop, rmspropDefaults } from './rmsprop';
export { sgd, sgdDefaults } from './sgd';

const factories = {
  sgd: { create: sgd, resolve: resolveSgd },
  adagrad: { create: adagrad, resolve: resolveAdagrad },
  rmsprop: { create: rmsprop, resolve: resolveRmsprop },
  adam: { create: adam, resolve: resolveAdam },
  adamw: { create: adamw, resolve: resolveAdamw },
  adadelta: { create: adadelta, resolve: resolveAdadelta },
  nadam: { create: nadam, resolve: resolveNadam },
  radam: { create: radam, resolve: resolveRadam },
} as const;

export const optimizerNames = Object.keys(factories) as (keyof typeof factories)[];

function entry(options: OptimizerOptions) {
  if (typeof options !== 'object' || options === null) {
    throw new RangeError(`optimizer must be an object with a name, got ${String(options)}`);
  }
  return factories[ownKey('optimizer name', factories, options.name)];
}

/** The options with every default filled in; throws on a bad or unknown field. */
export function resolveOptimizer(options: OptimizerOptions): Required<OptimizerOptions> {
  return (entry(options).resolve as (o: OptimizerOptions) => Required<OptimizerOptions>)(options);
}

/** A fresh optimizer state for the options. */
export function createOptimizer(options: OptimizerOptions): Stepper {
  return (entry(options).create as (o: OptimizerOptions) => Stepper)(options);
}
