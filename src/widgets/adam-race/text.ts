import type { Lang } from '../../i18n/languages.ts';
import { fmt } from '../kit/format.ts';
import { DEFAULTS, F_MIN, GAMMA, MOMENTUM, raceRuns, START, STEPS, type RaceLabels } from './model.ts';

const runs = raceRuns(DEFAULTS);
const last = (r: typeof runs.adam) => fmt(r.loss[r.loss.length - 1], 4);
const start = `(${START.map((v) => String(v).replace('-', '−')).join(', ')})`;
const { lr, sgdLr } = DEFAULTS;

/** Everything the three-way race says, in both languages (build time only). */
export const TEXT = {
  en: {
    labels: { momentum: `momentum (SGD, μ = ${MOMENTUM})`, rmsprop: `RMSProp (γ = ${GAMMA})`, adam: 'Adam', step: 'step', gap: 'f − f*', diverged: 'diverged' },
    lr: 'Learning rate η (Adam, RMSProp)',
    sgdLr: 'Learning rate η (momentum)',
    lossOf: `Loss after ${STEPS} steps: `,
    pathChart: `Contour plot of f = 0.1x² + 2y² + sin x·cos y with the paths of momentum SGD (thin dashed), RMSProp (solid, circles) and Adam (solid, no marks) from ${start}, ${STEPS} steps.`,
    gapChart: `Line chart, logarithmic axis: how far each optimizer’s loss is above the global minimum f* = ${fmt(F_MIN, 4)}, over ${STEPS} steps.`,
    caption: 'Adam and RMSProp share one η because both step about η per coordinate; momentum SGD’s step is η times the gradient, so it needs its own. Raise η and watch RMSProp hover at the minimum while Adam’s averaged direction settles.',
    fallback: `At η = ${lr} (and ${sgdLr} for momentum) the losses after ${STEPS} steps are ${last(runs.momentum)} for momentum, ${last(runs.rmsprop)} for RMSProp and ${last(runs.adam)} for Adam.`,
    staticCaption: 'Momentum swings across the steep y direction before it settles; the two adaptive methods head for the valley floor at once.',
  },
  zh: {
    labels: { momentum: `动量（SGD，μ = ${MOMENTUM}）`, rmsprop: `RMSProp（γ = ${GAMMA}）`, adam: 'Adam', step: '步数', gap: 'f − f*', diverged: '已发散' },
    lr: '学习率 η（Adam、RMSProp）',
    sgdLr: '学习率 η（动量）',
    lossOf: `${STEPS} 步后的损失：`,
    pathChart: `函数 f = 0.1x² + 2y² + sin x·cos y 的等高线图，以及动量 SGD（细虚线）、RMSProp（实线、圆点）和 Adam（无标记的实线）从 ${start} 出发走 ${STEPS} 步的路径。`,
    gapChart: `折线图，纵轴取对数：${STEPS} 步内各优化器的损失比全局极小值 f* = ${fmt(F_MIN, 4)} 高出多少。`,
    caption: 'Adam 和 RMSProp 每个坐标每步都走约 η，所以共用一个 η；动量 SGD 的位移是 η 乘以梯度，需要单独的学习率。把 η 调大，可以看到 RMSProp 在极小值附近徘徊，而 Adam 经过平均的方向会安定下来。',
    fallback: `η = ${lr}（动量取 ${sgdLr}）时，${STEPS} 步后的损失：动量 ${last(runs.momentum)}，RMSProp ${last(runs.rmsprop)}，Adam ${last(runs.adam)}。`,
    staticCaption: '动量在陡峭的 y 方向上来回摆动之后才安定；两种自适应方法一开始就直奔谷底。',
  },
} as const satisfies Record<Lang, { labels: RaceLabels; [key: string]: unknown }>;
