export { simulate, DIVERGENCE_BOUND, MAX_STEPS } from './simulate';
export { objectives, objectiveNames, getObjective } from './objectives';
export {
  sgd, adagrad, rmsprop, adam, createOptimizer, resolveOptimizer, optimizerNames,
  sgdDefaults, adagradDefaults, rmspropDefaults, adamDefaults,
} from './optimizers';
export { ewma, ewmaBiasCorrected, ewmaWeights, memoryWindow, halfLife } from './ewma';
export type * from './types';
export { nonstationaryRun, sparseRun, nonstationaryDefaults, sparseDefaults, type ScenarioOptions, type SparseOptions, type ScenarioResult, type ScenarioTrace, type ScenarioOptimizer } from './scenarios';
export { lossGrid, contourThresholds, contourBands, type LossGrid, type ContourBand } from './contours';
