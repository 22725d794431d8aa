import type { Lang } from '../../i18n/languages.ts';
import { EWMA_FIGURE, slowStart, type EwmaLabels } from './model.ts';

const beta = EWMA_FIGURE.beta;
const start = slowStart(beta);
const percent = Math.round(start.shortfall * 100);

/** Everything the EWMA explorer says, in both languages (build time only). */
export const TEXT = {
  en: {
    labels: { step: 'step t' },
    raw: 'noisy data θ',
    average: 'EWMA v',
    corrected: 'bias-corrected',
    slider: 'Decay β',
    memory: 'Memory ≈',
    halfLife: 'half-life',
    steps: 'steps',
    comma: ', ',
    chart: 'Line chart of a noisy series, its exponentially weighted average and the bias-corrected average; move the β slider to change both averages.',
    fallback: `At β = ${beta}, the plain average starts near 0 and catches up slowly: after ${start.window} steps it is still ${percent}% low, and it takes ${start.within10} steps to come within 10% of the data. The bias-corrected average follows the data from the first step.`,
    caption: 'Drag β: a larger β gives a smoother average that reacts later. The dashed line divides by 1 − βᵗ and so has no slow start.',
  },
  zh: {
    labels: { step: '步数 t' },
    raw: '带噪声的数据 θ',
    average: '指数加权平均 v',
    corrected: '偏差修正后',
    slider: '衰减率 β',
    memory: '记忆长度 ≈',
    halfLife: '半衰期',
    steps: '步',
    comma: '，',
    chart: '折线图：一组带噪声的数据、它的指数加权平均和偏差修正后的平均；拖动 β 滑块可以改变两条平均线。',
    fallback: `β = ${beta} 时，未修正的平均从 0 附近起步，追得很慢：第 ${start.window} 步时仍低了 ${percent}%，要到第 ${start.within10} 步才与数据相差不到 10%。偏差修正后的平均从第一步起就贴着数据走。`,
    caption: '拖动 β：β 越大，平均线越平滑，但反应也越迟缓。虚线除以了 1 − βᵗ，所以开头没有“慢热”的问题。',
  },
} as const satisfies Record<Lang, { labels: EwmaLabels; [key: string]: unknown }>;

