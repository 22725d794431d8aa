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
  /** Momentum μ; the buffer starts as the first gradient (PyTorch). @default 0 */
  momentum?: number;
  /** Dampening τ: after the first step the buffer is μ·b + (1 − τ)·g (PyTorch). @default 0 */
  dampening?: number;
  /** Nesterov momentum: step along g + μ·buffer (PyTorch); needs momentum > 0 and dampening 0. @default false */
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
  /** AMSGrad: divide by the running maximum of v, so the step never grows (PyTorch's `amsgrad`). @default false */
  amsgrad?: boolean;
}

/** AdamW, as `torch.optim.AdamW`: Adam with the decay taken from the parameters, not added to g. */
export interface AdamwOptions {
  name: 'adamw';
  /** Learning rate η. @default 1e-3 (PyTorch) */
  lr?: number;
  /** Decay β1 of the gradient average, in [0, 1). @default 0.9 (PyTorch) */
  beta1?: number;
  /** Decay β2 of the squared-gradient average, in [0, 1). @default 0.999 (PyTorch) */
  beta2?: number;
  /** ε added to the bias-corrected √v̂ (PyTorch). @default 1e-8 (PyTorch) */
  eps?: number;
  /** Decoupled decay λ: θ ← θ·(1 − η·λ) before the Adam step (PyTorch). @default 1e-2 (PyTorch) */
  weightDecay?: number;
  /** AMSGrad: divide by the running maximum of v (PyTorch's `amsgrad`). @default false */
  amsgrad?: boolean;
}

/** AdaDelta, as `torch.optim.Adadelta`: the step is the RMS of past steps over the RMS of past gradients. */
export interface AdadeltaOptions {
  name: 'adadelta';
  /** Learning rate η, a plain multiplier on the step (Zeiler's AdaDelta has none). @default 1.0 (PyTorch) */
  lr?: number;
  /** Decay ρ of both squared averages, in [0, 1). @default 0.9 (PyTorch) */
  rho?: number;
  /** ε inside both roots, √(u + ε) / √(s + ε) (PyTorch). @default 1e-6 (PyTorch) */
  eps?: number;
  /** L2 penalty λ added to the gradient (PyTorch). @default 0 */
  weightDecay?: number;
}

/** NAdam, as `torch.optim.NAdam`: Adam with Nesterov momentum and Dozat's momentum schedule. */
export interface NadamOptions {
  name: 'nadam';
  /** Learning rate η. @default 2e-3 (PyTorch) */
  lr?: number;
  /** Decay β1 of the gradient average, in [0, 1). @default 0.9 (PyTorch) */
  beta1?: number;
  /** Decay β2 of the squared-gradient average, in [0, 1). @default 0.999 (PyTorch) */
  beta2?: number;
  /** ε added to √v̂ (PyTorch). @default 1e-8 (PyTorch) */
  eps?: number;
  /** ψ in μ_t = β1·(1 − ½·0.96^(t·ψ)) (PyTorch's `momentum_decay`). @default 4e-3 (PyTorch) */
  momentumDecay?: number;
  /** L2 penalty λ added to the gradient (PyTorch). @default 0 */
  weightDecay?: number;
}

/** RAdam, as `torch.optim.RAdam`: Adam whose adaptive step is rectified, and switched off while ρ_t ≤ 5. */
export interface RadamOptions {
  name: 'radam';
  /** Learning rate η. @default 1e-3 (PyTorch) */
  lr?: number;
  /** Decay β1 of the gradient average, in [0, 1). @default 0.9 (PyTorch) */
  beta1?: number;
  /** Decay β2 of the squared-gradient average, in [0, 1). @default 0.999 (PyTorch) */
  beta2?: number;
  /** ε added to √v (PyTorch). @default 1e-8 (PyTorch) */
  eps?: number;
  /** L2 penalty λ added to the gradient (PyTorch). @default 0 */
  weightDecay?: number;
}

export type OptimizerOptions =
  | SgdOptions | AdagradOptions | RmspropOptions | AdamOptions
  | AdamwOptions | AdadeltaOptions | NadamOptions | RadamOptions;
export type OptimizerName = OptimizerOptions['name'];

/**
 * What one step of an optimizer did, per coordinate. η below is the step's learning rate (the
 * schedule's, when there is one).
 */
export interface StepRecord {
  /** The parameters after the step. */
  params: Vec2;
  /** The gradient the optimizer used: coupled weight decay included, AdamW's decoupled decay not. */
  gradient: Vec2;
  /**
   * The squared-gradient state after the step: AdaGrad's sum s; RMSProp's average s; the second
   * moment v of Adam, AdamW, NAdam and RAdam (with `amsgrad`, the running maximum the step divides
   * by); AdaDelta's average of g². [0, 0] for SGD.
   */
  accumulator: Vec2;
  /**
   * The step size, per coordinate, that multiplies the direction the optimizer moves along:
   * SGD η (on g or the momentum buffer); AdaGrad η_t/(√s + ε); RMSProp η/(√s + ε) (on g, or on the
   * buffer's increments with momentum); Adam and AdamW (η/(1 − β1ᵗ))/(√v/√(1 − β2ᵗ) + ε), on m;
   * AdaDelta η·√(u + ε)/√(s + ε), on g, u being the average of squared updates before this step;
   * NAdam η/(√(v/(1 − β2ᵗ)) + ε), on the mix of g and m its momentum schedule weighs; RAdam
   * η·r_t·√(1 − β2ᵗ)/(√v + ε)/(1 − β1ᵗ) on m once ρ_t > 5 (r_t the rectification), η/(1 − β1ᵗ) before.
   */
  effectiveLr: Vec2;
  /** The change in the parameters, new − old. */
  update: Vec2;
}

/**
 * One optimizer's state, advanced a step at a time. `lr` is this step's learning rate, as a
 * scheduler leaves it in `param_groups[0]['lr']`; without it the optimizer's own `lr`.
 */
export type Stepper = (params: Vec2, gradient: Vec2, lr?: number) => StepRecord;

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

/** A function of x and y typed by the reader, in the grammar of `compileExpression`. */
export interface ExpressionObjective {
  /** The formula, e.g. `sin(x)*cos(y) + 0.1*(x^2 + y^2)`; at most 1000 characters. */
  expr: string;
}

/** A typed formula compiled once: value and exact gradient (forward-mode AD), usable as a CustomObjective. */
export interface CompiledExpression {
  /** The formula as given. */
  source: string;
  value(x: number, y: number): number;
  /** [∂f/∂x, ∂f/∂y], exact up to rounding: dual numbers, not differences. */
  gradient(x: number, y: number): Vec2;
}

/** The learning rate held at the optimizer's own `lr` (no scheduler). */
export interface ConstantSchedule {
  name: 'constant';
}

/** `torch.optim.lr_scheduler.StepLR`: η multiplied by γ every `stepSize` steps. */
export interface StepSchedule {
  name: 'step';
  /** Steps between decays, an integer in 1…100000 (PyTorch's `step_size`; required there too). */
  stepSize: number;
  /** The factor, in [0, 1]. @default 0.1 (PyTorch) */
  gamma?: number;
}

/** `torch.optim.lr_scheduler.ExponentialLR`: η multiplied by γ after every step. */
export interface ExponentialSchedule {
  name: 'exponential';
  /** The factor, in [0, 1] (required in PyTorch too). */
  gamma: number;
}

/**
 * `torch.optim.lr_scheduler.CosineAnnealingLR` with its recursive formula: η falls along a half
 * cosine to `etaMin` at step `tMax`, then (as in PyTorch) rises again, with period 2·tMax.
 */
export interface CosineSchedule {
  name: 'cosine';
  /** Steps from η to ηmin, an integer in 1…100000 (PyTorch's `T_max`, required there too). */
  tMax: number;
  /** The lowest learning rate, a finite number ≥ 0. @default 0 (PyTorch's `eta_min`) */
  etaMin?: number;
}

/**
 * Linear warm-up, then cosine annealing, exactly as PyTorch's
 * `SequentialLR([LinearLR(start_factor, total_iters=warmupSteps), CosineAnnealingLR(T_max, eta_min)],
 * milestones=[warmupSteps])`: η·startFactor at step 1, rising linearly (LinearLR never reaches its last
 * factor: at the milestone SequentialLR restarts the cosine at η) and then falling as `cosine`.
 */
export interface WarmupCosineSchedule {
  name: 'warmupCosine';
  /** Warm-up steps, an integer in 0…100000 (the milestone and LinearLR's `total_iters`). */
  warmupSteps: number;
  /** The first step's fraction of η, in (0, 1]. @default 1/3 (PyTorch's LinearLR `start_factor`) */
  startFactor?: number;
  /** The cosine's steps from η to ηmin after the warm-up, an integer in 1…100000 (`T_max`). */
  tMax: number;
  /** The lowest learning rate, a finite number ≥ 0. @default 0 (`eta_min`) */
  etaMin?: number;
}

export type ScheduleOptions =
  | ConstantSchedule | StepSchedule | ExponentialSchedule | CosineSchedule | WarmupCosineSchedule;
export type ScheduleName = ScheduleOptions['name'];

/**
 * Gaussian noise on the gradient, like a minibatch's: N(0, σ²) added to each coordinate of the
 * objective's gradient before weight decay. Draws come from `createNormal(seed)`; step t takes draw
 * 2t − 1 for x and draw 2t for y. σ = 0 draws nothing and gives the noiseless run bit for bit.
 */
export interface NoiseOptions {
  /** The standard deviation σ, a finite number in [0, 1e6]. */
  sigma: number;
  /** The generator's seed, an integer in 0…4294967295. @default 0 */
  seed?: number;
}

export interface SimulateOptions {
  /**
   * The test function's name, a custom objective whose value and gradient may depend on the step,
   * or a formula `{ expr }` in x and y.
   */
  fn: ObjectiveName | CustomObjective | ExpressionObjective;
  optimizer: OptimizerOptions;
  /** The start point. */
  start: Vec2;
  /** How many steps to take, an integer in 0…100000. */
  steps: number;
  /** The learning-rate schedule, stepped after every optimizer step as in PyTorch. @default { name: 'constant' } */
  schedule?: ScheduleOptions;
  /** Gaussian noise added to the gradient. @default none */
  noise?: NoiseOptions;
}

export interface SimulateResult {
  /** Every point visited; points[0] is the start. steps + 1 entries unless the run diverged. */
  points: Vec2[];
  /** f at each point. */
  loss: number[];
  /** Per step (points.length − 1 entries): the learning rate the step used, `param_groups[0]['lr']` before it. */
  lr: number[];
  /** Per step: the step size applied to each coordinate (see `StepRecord.effectiveLr`). */
  effectiveLr: Vec2[];
  /** Per step: the gradient used at the step's starting point, noise and coupled weight decay included. */
  gradients: Vec2[];
  /** Per step: the squared-gradient state after the step. */
  accumulators: Vec2[];
  /** Per step: the change in the parameters. */
  updates: Vec2[];
  /** The step at which a coordinate became non-finite or left |x|, |y| ≤ 1e6; points stop before it. */
  divergedAt: number | null;
  /** The optimizer's options with every default filled in. */
  optimizer: Required<OptimizerOptions>;
  /** The schedule with every default filled in. */
  schedule: Required<ScheduleOptions>;
  /** The noise with its seed filled in, or null for none. */
  noise: Required<NoiseOptions> | null;
}
