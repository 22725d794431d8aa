import type { Lang } from '../../i18n/languages.ts';
import { compareRuns, comparisonDefaults } from '../kit/comparison.ts';
import { fmt } from '../kit/format.ts';
import { rateFacts, type Curve, type RateLabels } from './model.ts';

// The static figure's caption describes the default run it draws, with its own numbers.
const f = rateFacts(compareRuns(comparisonDefaults));
const rise = Math.round(f.rmspropYLast / f.rmspropYLow);

/** Everything the rate-curve widget says, in both languages (build time only). */
export const TEXT = {
  en: {
    labels: { step: 'step t', rate: 'step size η/(√s + ε)', accumulator: 'accumulator s', loss: 'loss f(x, y)' },
    charts: {
      rate: 'Line chart, log scale: the effective step size η/(√s + ε) of AdaGrad (dashed) and RMSProp (solid) for the x coordinate (thick line) and the y coordinate (thin line) at each step.',
      accumulator: 'Line chart, log scale: the squared-gradient accumulator s of each optimizer and coordinate at each step.',
      loss: 'Line chart: the loss of AdaGrad (dashed) and RMSProp (solid) at each step.',
    } satisfies Record<Curve, string>,
    legendX: 'x coordinate: thick line',
    legendY: 'y coordinate: thin line',
    caption: 'These follow the trajectory widget’s settings and its step slider: the dotted vertical line marks the step shown there, or the step under your pointer. AdaGrad’s step size can only fall, because its sum s only grows; RMSProp’s rises again as soon as the gradients get smaller.',
    fallback: `With the default settings: along y, AdaGrad’s step size falls steadily, from ${fmt(f.adagradY[0])} to ${fmt(f.adagradY[1])}, while RMSProp’s dips to ${fmt(f.rmspropYLow)} at step ${f.rmspropYLowStep} and then climbs about ${rise}-fold, to ${fmt(f.rmspropYLast)} at step ${f.steps}. Along x, AdaGrad’s settles near ${fmt(f.adagradX[0])} within ten steps and then falls only slowly (to ${fmt(f.adagradX[1])} at step ${f.steps}); RMSProp’s climbs to ${fmt(f.rmspropXPeak)} at step ${f.rmspropXPeakStep}, until the point is thrown out of the minimum and the large gradients knock it back down.`,
  },
  zh: {
    labels: { step: '步数 t', rate: '有效学习率 η/(√s + ε)', accumulator: '累积量 s', loss: '损失 f(x, y)' },
    charts: {
      rate: '折线图（对数刻度）：AdaGrad（虚线）和 RMSProp（实线）在每一步的有效学习率 η/(√s + ε)，粗线是 x 坐标，细线是 y 坐标。',
      accumulator: '折线图（对数刻度）：每个优化器、每个坐标在每一步的平方梯度累积量 s。',
      loss: '折线图：AdaGrad（虚线）和 RMSProp（实线）每一步的损失。',
    } satisfies Record<Curve, string>,
    legendX: 'x 坐标：粗线',
    legendY: 'y 坐标：细线',
    caption: '这几张图跟随上面轨迹图的设置和步数滑块：竖直虚线标出那里显示的一步，或鼠标所指的一步。AdaGrad 的 s 只增不减，所以有效学习率只会变小；梯度一变小，RMSProp 的有效学习率就会重新变大。',
    fallback: `默认设置下：沿 y，AdaGrad 的有效学习率从 ${fmt(f.adagradY[0])} 一路降到 ${fmt(f.adagradY[1])}；RMSProp 的在第 ${f.rmspropYLowStep} 步降到 ${fmt(f.rmspropYLow)}，随后回升约 ${rise} 倍，第 ${f.steps} 步时为 ${fmt(f.rmspropYLast)}。沿 x，AdaGrad 的有效学习率十步之内就稳定在 ${fmt(f.adagradX[0])} 附近，此后只缓慢下降（第 ${f.steps} 步时为 ${fmt(f.adagradX[1])}）；RMSProp 的在第 ${f.rmspropXPeakStep} 步涨到 ${fmt(f.rmspropXPeak)}，随后点被甩出极小值，大梯度又把它压了下来。`,
  },
} as const satisfies Record<Lang, { labels: RateLabels; charts: Record<Curve, string>; [key: string]: unknown }>;
