import type { Lang } from '../../i18n/languages.ts';
import { halfLife, memoryWindow } from '../../lib/index.ts';
import { fmt } from '../kit/format.ts';
import { GAMMA_DEFAULT, type GammaLabels } from './model.ts';

const g = GAMMA_DEFAULT;

/** Everything the γ explorer says, in both languages (build time only). */
export const TEXT = {
  en: {
    labels: { lag: 'steps back k', weight: 'weight (1 − γ)γᵏ' },
    weightsChart: 'Line chart: the weight (1 − γ)γᵏ that RMSProp’s average gives to the squared gradient k steps back.',
    pathChart: 'Contour plot of 0.1x² + 2y² + sin x cos y with RMSProp’s path for the chosen γ (solid, circles) and AdaGrad’s path (thin dashed) from (−4, 4), η = 0.1, 100 steps.',
    window: 'Memory window 1/(1 − γ)',
    halfLife: 'Half-life ln 2 / ln(1/γ)',
    steps: 'steps',
    typical: 'RMSProp’s typical step (median |Δ| / η)',
    pair: { x: 'x: ', y: ', y: ' },
    caption: 'Slide γ from 0 to 0.999. Near 1 the average remembers many steps and moves slowly; at 0 it remembers only the last gradient, so s = g² and every step is η·sign(g): RMSProp becomes sign descent, with steps of length η in each coordinate (the typical step reads 1), not AdaGrad. AdaGrad’s path (thin dashed) is there for comparison.',
    fallback: `At γ = ${g} the average remembers about ${fmt(memoryWindow(g), 2)} steps (half-life ${fmt(halfLife(g))} steps).`,
    // Without JavaScript there is no slider: say what the two pictures show, and what γ = 0 would do.
    staticCaption: 'The first chart shows the weight (1 − γ)γᵏ that the squared gradient from k steps back receives; the second, RMSProp’s path at this γ (solid, circles) beside AdaGrad’s (thin dashed). At γ = 0 the average would keep only the last gradient, s = g², and every step would be η·sign(g): sign descent, not AdaGrad.',
  },
  zh: {
    labels: { lag: '往前第 k 步', weight: '权重 (1 − γ)γᵏ' },
    weightsChart: '折线图：RMSProp 的平均值给 k 步之前的梯度平方的权重 (1 − γ)γᵏ。',
    pathChart: '函数 0.1x² + 2y² + sin x cos y 的等高线图，以及所选 γ 下 RMSProp 的路径（实线、圆点）和 AdaGrad 的路径（细虚线），起点 (−4, 4)，η = 0.1，100 步。',
    window: '记忆长度 1/(1 − γ)',
    halfLife: '半衰期 ln 2 / ln(1/γ)',
    steps: '步',
    typical: 'RMSProp 每步位移的典型值（|Δ| / η 的中位数）',
    pair: { x: 'x：', y: '，y：' },
    caption: '把 γ 从 0 拖到 0.999。γ 接近 1 时，平均值记得很多步，变化缓慢；γ = 0 时只记得最后一个梯度，s = g²，每一步都是 η·sign(g)：RMSProp 变成了符号梯度下降，每个坐标的每步位移都是 η（典型值显示为 1），而不是变成 AdaGrad。细虚线是 AdaGrad 的路径，用来对照。',
    fallback: `γ = ${g} 时，平均值大约记得 ${fmt(memoryWindow(g), 2)} 步（半衰期 ${fmt(halfLife(g))} 步）。`,
    staticCaption: '第一张图是 k 步之前的梯度平方所得的权重 (1 − γ)γᵏ；第二张图是这个 γ 下 RMSProp 的路径（实线、圆点），细虚线是 AdaGrad 的路径。γ = 0 时，平均值只剩最后一个梯度，s = g²，每一步都是 η·sign(g)：这是符号梯度下降，而不是 AdaGrad。',
  },
} as const satisfies Record<Lang, { labels: GammaLabels; [key: string]: unknown }>;
