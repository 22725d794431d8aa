/**
 * One racer as a `torch.optim` constructor call, for the "PyTorch code" script, and the options of
 * ours that torch has no equivalent for. Pure.
 */
import {
  adadeltaDefaults, adagradDefaults, adamDefaults, adamwDefaults, nadamDefaults, pythonFloat, radamDefaults,
  resolveOptimizer, rmspropDefaults, sgdDefaults,
  type OptimizerName, type OptimizerOptions,
} from '../../lib/index.ts';

type Value = number | boolean;

/** A keyword argument: torch's name, and the field (or for `betas` the two fields) it comes from. */
type Argument = readonly [torchName: string, field: string | readonly [string, string]];

interface TorchOptimizer {
  className: string;
  defaults: Record<string, unknown>;
  /** Every hyper-parameter, in torch's own order, so the call states the whole setup. */
  args: readonly Argument[];
  /** Our options that torch lacks. */
  missing: readonly UnsupportedOption[];
}

/** Our switches that torch.optim has no argument for. */
export type UnsupportedOption = 'epsInSqrt' | 'biasCorrection';

/** What torch does instead, for the script's own comment (the page words it in each language). */
export const TORCH_DOES: Record<UnsupportedOption, string> = {
  epsInSqrt: 'torch adds ε outside the square root',
  biasCorrection: 'torch does not bias-correct the average',
};

const BETAS = ['betas', ['beta1', 'beta2']] as const;

const TORCH: Record<OptimizerName, TorchOptimizer> = {
  sgd: {
    className: 'SGD', defaults: sgdDefaults, missing: [],
    args: [['lr', 'lr'], ['momentum', 'momentum'], ['dampening', 'dampening'], ['weight_decay', 'weightDecay'],
      ['nesterov', 'nesterov']],
  },
  adagrad: {
    className: 'Adagrad', defaults: adagradDefaults, missing: ['epsInSqrt'],
    args: [['lr', 'lr'], ['lr_decay', 'lrDecay'], ['weight_decay', 'weightDecay'],
      ['initial_accumulator_value', 'initialAccumulator'], ['eps', 'eps']],
  },
  rmsprop: {
    className: 'RMSprop', defaults: rmspropDefaults,
    missing: ['epsInSqrt', 'biasCorrection'],
    args: [['lr', 'lr'], ['alpha', 'gamma'], ['eps', 'eps'], ['weight_decay', 'weightDecay'], ['momentum', 'momentum'],
      ['centered', 'centered']],
  },
  adam: {
    className: 'Adam', defaults: adamDefaults, missing: [],
    args: [['lr', 'lr'], BETAS, ['eps', 'eps'], ['weight_decay', 'weightDecay'], ['amsgrad', 'amsgrad']],
  },
  adamw: {
    className: 'AdamW', defaults: adamwDefaults, missing: [],
    args: [['lr', 'lr'], BETAS, ['eps', 'eps'], ['weight_decay', 'weightDecay'], ['amsgrad', 'amsgrad']],
  },
  adadelta: {
    className: 'Adadelta', defaults: adadeltaDefaults, missing: [],
    args: [['lr', 'lr'], ['rho', 'rho'], ['eps', 'eps'], ['weight_decay', 'weightDecay']],
  },
  nadam: {
    className: 'NAdam', defaults: nadamDefaults, missing: [],
    args: [['lr', 'lr'], BETAS, ['eps', 'eps'], ['weight_decay', 'weightDecay'], ['momentum_decay', 'momentumDecay']],
  },
  radam: {
    className: 'RAdam', defaults: radamDefaults, missing: [],
    args: [['lr', 'lr'], BETAS, ['eps', 'eps'], ['weight_decay', 'weightDecay']],
  },
};

const python = (value: Value) => (typeof value === 'boolean' ? (value ? 'True' : 'False') : pythonFloat(value));

function pythonArgument(options: Record<string, unknown>, [torchName, field]: Argument): string {
  const value = typeof field === 'string'
    ? python(options[field] as Value)
    : `(${python(options[field[0]] as Value)}, ${python(options[field[1]] as Value)})`;
  return `${torchName}=${value}`;
}

const differs = (options: Record<string, unknown>, defaults: Record<string, unknown>, field: Argument[1]) =>
  (typeof field === 'string' ? [field] : field).some((f) => options[f] !== defaults[f]);

/** A racer in torch's terms, its defaults filled in; throws on bad options, naming the field. */
export interface OptimizerCode {
  /** torch's class: `Adam`. */
  className: string;
  /** `Adam(lr=0.1)`: the class, the learning rate and every argument off torch's default. */
  label: string;
  /** `torch.optim.Adam(params, lr=0.1, betas=(0.9, 0.999), …)`, every hyper-parameter written out. */
  call: string;
  /** Our options set on this racer that torch cannot follow. */
  unsupported: UnsupportedOption[];
}

export function optimizerCode(racer: OptimizerOptions): OptimizerCode {
  const options = resolveOptimizer(racer) as unknown as Record<string, unknown>;
  const { className, defaults, args, missing } = TORCH[options.name as OptimizerName];
  const shown = args.filter(([torchName, field]) => torchName === 'lr' || differs(options, defaults, field));
  return {
    className,
    label: `${className}(${shown.map((arg) => pythonArgument(options, arg)).join(', ')})`,
    call: `torch.optim.${className}(params, ${args.map((arg) => pythonArgument(options, arg)).join(', ')})`,
    unsupported: missing.filter((field) => options[field] === true),
  };
}
