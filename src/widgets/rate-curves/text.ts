import type { Lang } from '../../i18n/languages.ts';
import type { Curve, RateLabels } from './model.ts';

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
    fallback: 'With the default settings, AdaGrad’s step size falls steadily over the 100 steps in both coordinates, while RMSProp’s stays roughly level, so RMSProp keeps moving.',
  },
  zh: {
    labels: { step: '步数 t', rate: '步长 η/(√s + ε)', accumulator: '累积量 s', loss: '损失 f(x, y)' },
    charts: {
      rate: '折线图（对数刻度）：AdaGrad（虚线）和 RMSProp（实线）在每一步的有效步长 η/(√s + ε)，粗线是 x 坐标，细线是 y 坐标。',
      accumulator: '折线图（对数刻度）：每个优化器、每个坐标在每一步的平方梯度累积量 s。',
      loss: '折线图：AdaGrad（虚线）和 RMSProp（实线）每一步的损失。',
    } satisfies Record<Curve, string>,
    legendX: 'x 坐标：粗线',
    legendY: 'y 坐标：细线',
    caption: '这几张图跟随上面轨迹图的设置和步数滑块：竖直虚线标出那里显示的一步，或鼠标所指的一步。AdaGrad 的 s 只增不减，所以步长只会变小；梯度一变小，RMSProp 的步长就会重新变大。',
    fallback: '默认设置下，AdaGrad 两个坐标的步长在 100 步里一路下降，而 RMSProp 的步长大致持平，所以它一直在移动。',
  },
} as const satisfies Record<Lang, { labels: RateLabels; charts: Record<Curve, string>; [key: string]: unknown }>;
