import type { Lang } from '../../i18n/languages.ts';
import type { NoiseLabels } from './model.ts';

/**
 * Everything the noise widget says, in both languages (build time only). `{…}` slots are filled
 * with the default run's numbers by the markup.
 */
export const TEXT = {
  en: {
    labels: { step: 'step t', rate: 'step size along x: η/(√s + ε)' } satisfies NoiseLabels,
    noise: 'Noise σ',
    seed: 'Seed',
    level: 'η/σ',
    setup: 'The article’s run (from (−4, 4), η = 0.1, γ = 0.9, 300 steps) with noise: every gradient gets N(0, σ²) added in each coordinate, as a mini-batch’s gradient scatters around the true one. Both optimizers see the same noise.',
    meanS: 'RMSProp’s mean s along x',
    variance: 'σ²',
    meanStep: 'RMSProp’s mean |Δx|',
    radius: 'RMSProp’s RMS distance from the minimum',
    adagrad: 'AdaGrad’s distance from the minimum at step 300',
    tail: 'RMSProp’s figures are averages over steps 101–300, once it has arrived.',
    pathChart: 'Contour plot of 0.1x² + 2y² + sin x cos y in a 4 × 4 box around its minimum, with the noisy paths of AdaGrad (dashed) and RMSProp (solid) from (−4, 4).',
    rateChart: 'Line chart, log scale: the step size η/(√s + ε) along x at each step for AdaGrad (dashed) and RMSProp (solid), with a thin line at η/σ.',
    caption: 'Slide σ. At 0 the gradients are exact, and near the minimum RMSProp’s step size along x climbs far above the stability limit and throws the point out, as in “When the gradient vanishes”. With noise, s cannot fall below about σ², so RMSProp’s step size stays near η/σ and the point wanders in a small cloud around the minimum, a noise ball, instead. AdaGrad’s s adds up σ² at every step, so its step size keeps shrinking, near the minimum or not. A new seed draws new noise.',
    fallback: 'At σ = {sigma} (seed {seed}): over steps 101–300 RMSProp’s s along x averages {meanS}, close to σ² = {variance}; its step size stays near η/σ = {level}, its steps average |Δx| = {meanStep}, and it wanders {radius} from the minimum (RMS). AdaGrad’s step size keeps shrinking; after 300 steps it is still {adagrad} from the minimum.',
  },
  zh: {
    labels: { step: '步数 t', rate: 'x 方向的有效学习率 η/(√s + ε)' } satisfies NoiseLabels,
    noise: '噪声 σ',
    seed: '随机种子',
    level: 'η/σ',
    setup: '沿用文中的运行（从 (−4, 4) 出发，η = 0.1，γ = 0.9，300 步），但给每个梯度的每个坐标都加上 N(0, σ²) 的噪声，就像小批量梯度围绕真实梯度散开那样。两种算法看到的是同一串噪声。',
    meanS: 'RMSProp 沿 x 的 s 平均值',
    variance: 'σ²',
    meanStep: 'RMSProp 的平均每步位移 |Δx|',
    radius: 'RMSProp 到极小值的均方根距离',
    adagrad: 'AdaGrad 第 300 步时到极小值的距离',
    tail: 'RMSProp 的几个数都是到达之后、第 101 到 300 步的平均。',
    pathChart: '函数 0.1x² + 2y² + sin x cos y 在极小值周围 4 × 4 范围内的等高线图，以及 AdaGrad（虚线）和 RMSProp（实线）从 (−4, 4) 出发、带噪声的路径。',
    rateChart: '折线图（对数刻度）：AdaGrad（虚线）和 RMSProp（实线）每一步在 x 方向的有效学习率 η/(√s + ε)，细线标出 η/σ。',
    caption: '拖动 σ。σ = 0 时梯度是精确的，RMSProp 在极小值附近沿 x 的有效学习率远远涨过稳定上限，把点甩出去，和“梯度趋于零之后”一节一样。有了噪声，s 降不到 σ² 左右以下，RMSProp 的有效学习率停在 η/σ 附近，点不再被甩出，而是在极小值周围一小团范围里游走，这就是噪声球。AdaGrad 的 s 每一步都累加 σ²，所以不论离极小值远近，它的有效学习率都在不停变小。换一个随机种子，就换一串噪声。',
    fallback: 'σ = {sigma}（随机种子 {seed}）时，在第 101 到 300 步里，RMSProp 沿 x 的 s 平均为 {meanS}，接近 σ² = {variance}；它的有效学习率停在 η/σ = {level} 附近，平均每步位移 |Δx| = {meanStep}，到极小值的均方根距离为 {radius}。AdaGrad 的有效学习率不断变小，300 步后离极小值仍有 {adagrad}。',
  },
} as const satisfies Record<Lang, { labels: NoiseLabels; [key: string]: unknown }>;
