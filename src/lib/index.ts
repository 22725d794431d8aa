export { simulate } from './simulate';
export { runOptimizer, DIVERGENCE_BOUND, MAX_STEPS, type RunOptimizerOptions } from './run-optimizer';
export { objectives, objectiveNames, getObjective } from './objectives';
export {
  sgd, adagrad, rmsprop, adam, adamw, adadelta, nadam, radam,
  createOptimizer, resolveOptimizer, optimizerNames,
  sgdDefaults, adagradDefaults, rmspropDefaults, adamDefaults,
  adamwDefaults, adadeltaDefaults, nadamDefaults, radamDefaults,
} from './optimizers';
export { createScheduler, resolveSchedule, learningRates, scheduleNames, type Scheduler } from './schedules';
export {
  compileExpression, expressionError, expressionToTorch, parseExpression, pythonFloat,
  ExpressionError, MAX_EXPRESSION_LENGTH, FUNCTION_NAMES, type ExpressionNode, type FunctionName,
} from './expression';
export {
  createNormal, createUint32, normalPythonSource, portableLog, resolveNoise, splitMix32State,
  uniform53, xoshiro128StarStar, MAX_SEED,
} from './noise';
export { ewma, ewmaBiasCorrected, ewmaWeights, memoryWindow, halfLife } from './ewma';
export type * from './types';
export { nonstationaryRun, sparseRun, nonstationaryDefaults, sparseDefaults, type ScenarioOptions, type SparseOptions, type ScenarioResult, type ScenarioTrace, type ScenarioOptimizer } from './scenarios';
export { lossGrid, contourThresholds, contourBands, type LossGrid, type ContourBand } from './contours';
