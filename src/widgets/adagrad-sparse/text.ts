import type { Lang } from '../../i18n/languages.ts';
import { fmt } from '../kit/format.ts';
import { DEFAULTS, sparseRuns, STEPS, type SparseLabels } from './model.ts';

const { period: k, lr } = DEFAULTS;
const runs = sparseRuns(DEFAULTS);
const rareError = (trace: typeof runs.sgd) => fmt(Math.abs(trace.points[STEPS][1] - 1), 2);

/** Everything the sparse-feature widget says, in both languages (build time only). */
export const TEXT = {
  en: {
    labels: {
      adagrad: 'AdaGrad', sgd: 'SGD, η/√t', frequent: 'frequent feature x (thin)', rare: 'rare feature y (thick)',
      step: 'step', error: 'distance to target |w − 1|', rate: 'step size',
    },
    period: 'Rare feature every k steps',
    lr: 'Learning rate η',
    rareAdagrad: `Rare feature’s distance after ${STEPS} steps (AdaGrad)`,
    rareSgd: `Rare feature’s distance after ${STEPS} steps (SGD, η/√t)`,
    rateRatio: `AdaGrad’s rare ÷ SGD’s step size at step ${STEPS}`,
    errorChart: `Line chart, logarithmic axis: distance of each weight from its target over ${STEPS} steps, AdaGrad (dashed) and SGD with η/√t (solid); thin lines the frequent feature, thick lines the rare one.`,
    rateChart: `Line chart, logarithmic axis: the step size over ${STEPS} steps, AdaGrad’s per feature (dashed; thin frequent, thick rare) and SGD’s η/√t, the same for both (solid).`,
    caption: 'Move k to make the rare feature rarer. SGD’s step size follows the clock, so a feature that shows up late finds it already small; AdaGrad’s follows each feature’s own gradients, so the rare feature keeps a large step until it has learned. At k = 1 both features are the same.',
    fallback: `With the rare feature present on every ${k}th step and η = ${lr}, after ${STEPS} steps the rare weight is ${rareError(runs.adagrad)} from its target with AdaGrad and ${rareError(runs.sgd)} with SGD.`,
    staticCaption: 'AdaGrad’s step size for the rare feature stays near its first value; SGD’s has fallen with the clock.',
  },
  zh: {
    labels: {
      adagrad: 'AdaGrad', sgd: 'SGD，η/√t', frequent: '常见特征 x（细线）', rare: '稀有特征 y（粗线）',
      step: '步数', error: '到目标的距离 |w − 1|', rate: '有效学习率',
    },
    period: '稀有特征出现间隔 k',
    lr: '学习率 η',
    rareAdagrad: `AdaGrad：${STEPS} 步后稀有特征到目标的距离`,
    rareSgd: `SGD（η/√t）：${STEPS} 步后稀有特征到目标的距离`,
    rateRatio: `第 ${STEPS} 步 AdaGrad 稀有特征有效学习率与 SGD 有效学习率之比`,
    errorChart: `折线图，纵轴取对数：${STEPS} 步内每个权重到目标的距离，AdaGrad（虚线）和有效学习率为 η/√t 的 SGD（实线）；细线是常见特征，粗线是稀有特征。`,
    rateChart: `折线图，纵轴取对数：${STEPS} 步内的有效学习率，AdaGrad 每个特征各一条（虚线；细线常见、粗线稀有），SGD 的 η/√t 两个特征共用一条（实线）。`,
    caption: '拖动 k，稀有特征就更稀有。SGD 的有效学习率跟着时钟走，一个特征晚些才出现，有效学习率早已变小；AdaGrad 的有效学习率跟着每个特征自己的梯度走，稀有特征在学会之前一直保有较大的有效学习率。k = 1 时两个特征完全一样。',
    fallback: `稀有特征每 ${k} 步出现一次、η = ${lr} 时，${STEPS} 步后稀有权重到目标的距离，AdaGrad 是 ${rareError(runs.adagrad)}，SGD 是 ${rareError(runs.sgd)}。`,
    staticCaption: 'AdaGrad 给稀有特征的有效学习率几乎停在最初的大小；SGD 的有效学习率已随时钟变小。',
  },
} as const satisfies Record<Lang, { labels: SparseLabels; [key: string]: unknown }>;
