/** A point or a per-coordinate quantity on the plane: [x, y]. */
export type Vec2 = [number, number];

/** The names of the test functions in `objectives/`. */
export type ObjectiveName = 'wavy' | 'quadratic' | 'rosenbrock' | 'beale' | 'himmelblau' | 'saddle';

/** A test function on the plane, with everything a plot of it needs. */
export interface Objective {
  name: ObjectiveName;
  /** The formula in TeX, for captions. */
  tex: string;
  value(x: number, y: number): number;
  /** The analytic gradient [∂f/∂x, ∂f/∂y]. */
  gradient(x: number, y: number): Vec2;
  /** The region a plot shows: [[xMin, xMax], [yMin, yMax]]. */
  view: [Vec2, Vec2];
  /** Known local and global minima, the global one first. */
  minima: Vec2[];
  /** A start point that shows the function's character. */
  defaultStart: Vec2;
}

/** Plain or momentum gradient descent, as `torch.optim.SGD`. */
export interface SgdOptions {
  name: 'sgd';
  /** Learning rate η. @default 1e-3 (PyTorch ≥ 2.0) */
  lr?: number;
  /** Momentum μ; the buffer starts as the first gradient, dampening 0 (PyTorch). @default 0 */
  momentum?: number;
  /** Nesterov momentum: step along g + μ·buffer (PyTorch); needs momentum > 0. @default false */
  nesterov?: boolean;
  /** L2 penalty λ added to the gradient, g + λθ (PyTorch's coupled weight decay). @default 0 */
  weightDecay?: number;
}

/** AdaGrad, as `torch.optim.Adagrad`. */
export interface AdagradOptions {
  name: 'adagrad';
  /** Learning rate η. @default 1e-2 (PyTorch) */
  lr?: number;
  /** ε added to √s (outside the root, PyTorch) or to s (with `epsInSqrt`). @default 1e-10 (PyTorch) */
  eps?: number;
  /** Learning-rate decay: η_t = η / (1 + (t − 1)·lrDecay) (PyTorch's `lr_decay`). @default 0 */
  lrDecay?: number;
  /** The accumulator's starting value s_0 (PyTorch's `initial_accumulator_value`; Keras uses 0.1). @default 0 */
  initialAccumulator?: number;
  /** L2 penalty λ added to the gradient (PyTorch). @default 0 */
  weightDecay?: number;
  /** Put ε inside the root, g / √(s + ε), as Keras 3, TF1 and Optax do. @default false (PyTorch) */
  epsInSqrt?: boolean;
}

/** RMSProp, as `torch.optim.RMSprop`. */
export interface RmspropOptions {
  name: 'rmsprop';
  /** Learning rate η. @default 1e-2 (PyTorch) */
  lr?: number;
  /** Decay γ of the squared-gradient average (PyTorch's `alpha`, Keras's `rho`), in [0, 1). @default 0.99 (PyTorch) */
  gamma?: number;
  /** ε added to √s (outside the root, PyTorch) or to s (with `epsInSqrt`). @default 1e-8 (PyTorch) */
  eps?: number;
  /** Momentum μ on the normalised step: b = μb + g/(√s + ε), θ −= η·b (PyTorch). @default 0 */
  momentum?: number;
  /** Divide by √(s − ḡ²), the centred second moment, clamped at 0 (PyTorch's `centered`). @default false */
  centered?: boolean;
  /** L2 penalty λ added to the gradient (PyTorch). @default 0 */
  weightDecay?: number;
  /** Put ε inside the root, g / √(s + ε), as Keras 3, TF1 and Optax do. @default false (PyTorch) */
  epsInSqrt?: boolean;
  /** Divide s by 1 − γ^t before the root, as Optax's `bias_correction`. @default false (PyTorch) */
  biasCorrection?: boolean;
}

/** Adam, as `torch.optim.Adam`. */
export interface AdamOptions {
  name: 'adam';
  /** Learning rate η. @default 1e-3 (PyTorch) */
  lr?: number;
  /** Decay β1 of the gradient average, in [0, 1). @default 0.9 (PyTorch) */
  beta1?: number;
  /** Decay β2 of the squared-gradient average, in [0, 1). @default 0.999 (PyTorch) */
  beta2?: number;
  /** ε added to the bias-corrected √v̂ (PyTorch). @default 1e-8 (PyTorch) */
  eps?: number;
  /** L2 penalty λ added to the gradient (PyTorch's Adam, not AdamW). @default 0 */
  weightDecay?: number;
}

export type OptimizerOptions = SgdOptions | AdagradOptions | RmspropOptions | AdamOptions;
export type OptimizerName = OptimizerOptions['name'];

/** What one step of an optimizer did, per coordinate. */
export interface StepRecord {
  /** The parameters after the step. */
  params: Vec2;
  /** The gradient the optimizer used, weight decay included. */
  gradient: Vec2;
  /** The squared-gradient state s (AdaGrad's sum, RMSProp's and Adam's average); 0 for SGD. */
  accumulator: Vec2;
  /** The step size applied to the gradient: η/(√s + ε) for AdaGrad and RMSProp, η for SGD. */
  effectiveLr: Vec2;
  /** The change in the parameters, new − old. */
  update: Vec2;
}

/** One optimizer's state, advanced a step at a time. */
export type Stepper = (params: Vec2, gradient: Vec2) => StepRecord;

/**
 * A function of the plane that may change from step to step, for runs on something other than a
 * named test function (the scenarios' shifting and sparse objectives). A named `Objective` is one.
 */
export interface CustomObjective {
  /** f at (x, y) as it stands at step t: t = 0 for the start, t for the point step t reached. */
  value(x: number, y: number, t: number): number;
  /** The gradient [∂f/∂x, ∂f/∂y] that step t = 1 … steps uses, at the point it starts from. */
  gradient(x: number, y: number, t: number): Vec2;
}

export interface SimulateOptions {
  /** The test function's name, or a custom objective whose value and gradient may depend on the step. */
  fn: ObjectiveName | CustomObjective;
  optimizer: OptimizerOptions;
  /** The start point. */
  start: Vec2;
  /** How many steps to take, an integer in 0…100000. */
  steps: number;
}

export interface SimulateResult {
  /** Every point visited; points[0] is the start. steps + 1 entries unless the run diverged. */
  points: Vec2[];
  /** f at each point. */
  loss: number[];
  /** Per step (points.length − 1 entries): the step size applied to each coordinate's gradient. */
  effectiveLr: Vec2[];
  /** Per step: the gradient used at the step's starting point. */
  gradients: Vec2[];
  /** Per step: the squared-gradient state after the step. */
  accumulators: Vec2[];
  /** Per step: the change in the parameters. */
  updates: Vec2[];
  /** The step at which a coordinate became non-finite or left |x|, |y| ≤ 1e6; points stop before it. */
  divergedAt: number | null;
  /** The optimizer's options with every default filled in. */
  optimizer: Required<OptimizerOptions>;
}
