import type { Lang } from '../../i18n/languages.ts';
import { fmt } from '../kit/format.ts';
import { DEFAULTS, type RootLabels } from './model.ts';

const { kappa: k, momentum: mu, lr } = DEFAULTS;

/** Everything the per-direction view says, in both languages (build time only). */
export const TEXT = {
  en: {
    labels: { plain: 'plain descent', heavy: 'heavy ball', nesterov: 'Nesterov', logH: 'log₁₀ of the curvature h', factor: 'factor per step |z|', never: 'never' },
    kappa: 'Condition number κ',
    momentum: 'Momentum μ',
    lr: 'Learning rate η',
    worstPlain: 'Slowest direction’s factor on [1/κ, 1] (plain descent)',
    worstHeavy: 'Slowest direction’s factor on [1/κ, 1] (heavy ball)',
    steps: 'steps to shrink the error 1000×: ',
    chart: 'Line chart: for each curvature h from 0.001 to 1 (log scale), the factor by which one step shrinks the error along that direction — plain descent (dashed), the heavy ball (solid) and Nesterov (thin solid); above 1 the direction diverges. A dashed vertical line marks the flattest direction, h = 1/κ; the steepest, h = 1, is the right edge.',
    caption: 'Each direction of a quadratic is its own one-dimensional problem. The curves show how much of the error one step leaves along a direction of curvature h. Where the heavy ball’s roots are complex the factor is flat at √μ: every direction in that stretch converges at the same speed. Make η too large and the right end rises above 1.',
    fallback: `At μ = ${mu} and η = ${lr} the heavy ball’s factor is √μ = ${fmt(Math.sqrt(mu), 3)} over the whole spectrum of κ = ${k}.`,
    staticCaption: 'Plain descent is fast only near h = 1/η and slow at small curvature; Nesterov’s curve crosses 1 at this η in the steep directions.',
  },
  zh: {
    labels: { plain: '普通梯度下降', heavy: '重球法', nesterov: 'Nesterov', logH: '曲率 h 的常用对数 log₁₀ h', factor: '每步收缩因子 |z|', never: '永远不会' },
    kappa: '条件数 κ',
    momentum: '动量 μ',
    lr: '学习率 η',
    worstPlain: '普通梯度下降：最慢方向在 [1/κ, 1] 上的收缩因子',
    worstHeavy: '重球法：最慢方向在 [1/κ, 1] 上的收缩因子',
    steps: '误差缩小到千分之一所需步数：',
    chart: '折线图：曲率 h 从 0.001 到 1（对数刻度），每条曲线给出沿该方向走一步后误差所乘的因子——普通梯度下降（虚线）、重球法（实线）、Nesterov（细实线）；大于 1 表示这个方向发散。竖直虚线标出最平缓的方向 h = 1/κ，最陡的方向 h = 1 在右边缘。',
    caption: '二次函数的每个特征方向都是一个独立的一维问题。曲线给出曲率为 h 的方向上，走一步之后误差还剩多少。重球法的特征根为复数的那一段，因子恒为 √μ：这一段里所有方向收敛得一样快。η 取得太大，曲线右端就会升到 1 以上。',
    fallback: `μ = ${mu}、η = ${lr} 时，在 κ = ${k} 的整个谱上，重球法的收缩因子都是 √μ = ${fmt(Math.sqrt(mu), 3)}。`,
    staticCaption: '普通梯度下降只在 h = 1/η 附近收敛得快，曲率小的方向很慢；在这个 η 下，Nesterov 的曲线在陡峭方向越过了 1。',
  },
} as const satisfies Record<Lang, { labels: RootLabels; [key: string]: unknown }>;
