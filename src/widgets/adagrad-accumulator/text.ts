import type { Lang } from '../../i18n/languages.ts';
import { fmt } from '../kit/format.ts';
import { accumulatorRuns, DEFAULTS, START, STEPS, type AccumulatorLabels } from './model.ts';

const runs = accumulatorRuns(DEFAULTS);
const rate = runs.adagrad.effectiveLr[STEPS - 1];
const start = `(${START.map((v) => String(v).replace('-', '−')).join(', ')})`;

/** Everything the accumulator widget says, in both languages (build time only). */
export const TEXT = {
  en: {
    labels: {
      adagrad: 'AdaGrad', sgd: 'SGD, same η', x: 'x', y: 'y', step: 'step',
      accumulator: 'accumulator G', rate: 'step size η/(√G + ε)', diverged: 'diverged',
    },
    lr: 'Learning rate η',
    initialAccumulator: 'Initial accumulator G₀',
    lrDecay: 'lr_decay',
    eps: 'ε',
    epsIn: 'ε inside the root, √(G + ε) (Keras)',
    lossAdagrad: `AdaGrad: loss after ${STEPS} steps`,
    lossSgd: `SGD with the same η: loss after ${STEPS} steps`,
    rateX: `AdaGrad’s step size at step ${STEPS}, x`,
    rateY: `AdaGrad’s step size at step ${STEPS}, y`,
    pathChart: `Contour plot of f = 0.1x² + 2y² with AdaGrad’s path (dashed, squares) and plain SGD’s path with the same η (thin grey) from ${start}, ${STEPS} steps.`,
    accChart: `Line chart, logarithmic axis: AdaGrad’s accumulator G for x (solid) and y (dashed) over ${STEPS} steps.`,
    rateChart: `Line chart, logarithmic axis: AdaGrad’s step size η/(√G + ε) for x (solid) and y (dashed) over ${STEPS} steps.`,
    caption: 'G only grows, so the step sizes only fall. Raise G₀ (Keras starts at 0.1) and the flat x direction, whose gradients are small, starts slower; lr_decay bends both step sizes further down; a large ε caps the step size at η/ε, or at η/√ε inside the root. The thin grey path is plain SGD with the same η: past η = 0.5 it leaves the plot.',
    fallback: `At η = ${DEFAULTS.lr} with PyTorch’s other defaults, AdaGrad’s step size after ${STEPS} steps is ${fmt(rate[0], 3)} along x and ${fmt(rate[1], 3)} along y; SGD with the same η bounces between y = 4 and y = −4.`,
    staticCaption: 'The y step size stays twenty times smaller than the x step size, the ratio of the two curvatures, so AdaGrad walks straight down the diagonal.',
  },
  zh: {
    labels: {
      adagrad: 'AdaGrad', sgd: '同一 η 的 SGD', x: 'x', y: 'y', step: '步数',
      accumulator: '累积量 G', rate: '有效学习率 η/(√G + ε)', diverged: '已发散',
    },
    lr: '学习率 η',
    initialAccumulator: '累积量初值 G₀',
    lrDecay: 'lr_decay',
    eps: 'ε',
    epsIn: 'ε 放进根号：√(G + ε)（Keras 的做法）',
    lossAdagrad: `AdaGrad ${STEPS} 步后的损失`,
    lossSgd: `同一 η 的 SGD ${STEPS} 步后的损失`,
    rateX: `第 ${STEPS} 步 AdaGrad 在 x 方向的有效学习率`,
    rateY: `第 ${STEPS} 步 AdaGrad 在 y 方向的有效学习率`,
    pathChart: `函数 f = 0.1x² + 2y² 的等高线图，以及 AdaGrad（虚线、方块）和同一 η 的普通 SGD（灰色细线）从 ${start} 出发走 ${STEPS} 步的路径。`,
    accChart: `折线图，纵轴取对数：AdaGrad 在 x 方向（实线）和 y 方向（虚线）的累积量 G，共 ${STEPS} 步。`,
    rateChart: `折线图，纵轴取对数：AdaGrad 在 x 方向（实线）和 y 方向（虚线）的有效学习率 η/(√G + ε)，共 ${STEPS} 步。`,
    caption: 'G 只增不减，所以有效学习率只降不升。调大 G₀（Keras 从 0.1 开始），梯度本来就小的平缓方向 x 起步会变慢；lr_decay 让两条有效学习率曲线压得更低；ε 很大时，有效学习率的上限是 η/ε，放进根号则是 η/√ε。灰色细线是同一 η 的普通 SGD：η 超过 0.5 它就跑出图外。',
    fallback: `η = ${DEFAULTS.lr}、其余取 PyTorch 默认值时，${STEPS} 步后 AdaGrad 在 x 方向的有效学习率是 ${fmt(rate[0], 3)}，y 方向是 ${fmt(rate[1], 3)}；同一 η 的 SGD 在 y = 4 和 y = −4 之间来回跳。`,
    staticCaption: 'y 方向的有效学习率始终是 x 方向的二十分之一，恰好是两个方向曲率之比的倒数，所以 AdaGrad 沿对角线直奔极小值。',
  },
} as const satisfies Record<Lang, { labels: AccumulatorLabels; [key: string]: unknown }>;
