import type { Lang } from '../../i18n/languages.ts';
import { fmt } from '../kit/format.ts';
import { DEFAULTS, largest, STEPS, uncorrectedSteps, type BiasLabels } from './model.ts';

const { beta1: b1, beta2: b2 } = DEFAULTS;
const uncorrected = uncorrectedSteps(DEFAULTS);
const peak = largest(uncorrected);

/** Everything the bias-correction figure says, in both languages (build time only). */
export const TEXT = {
  en: {
    labels: { corrected: 'with bias correction (PyTorch)', uncorrected: 'without bias correction', step: 'step t', ratio: 'step size |Δx| / η' },
    beta1: 'Gradient decay β₁',
    beta2: 'Squared-gradient decay β₂',
    first: 'First step without the correction',
    peak: 'Largest step without it',
    /** '{t}' is where the live step number goes. */
    at: 'at step {t}',
    withIt: 'Every step with it',
    chart: `Line chart, logarithmic vertical axis: the size of Adam’s step, in units of η, at each of the first ${STEPS} steps on a constant gradient, with the bias correction (solid, flat at 1) and without it (dashed).`,
    caption: 'The gradient never changes, so a well-behaved optimizer would take the same step every time. Without the correction the step is η(1 − β₁ᵗ)/√(1 − β₂ᵗ): the numerator’s average warms up in about 1/(1 − β₁) steps, the denominator’s in about 1/(1 − β₂). The closer β₂ is to 1, the longer the steps stay too long: hundreds of steps at the default. Make β₁ the slower average and they are too short instead.',
    fallback: `At β₁ = ${b1} and β₂ = ${b2}, Adam without the correction takes a first step of ${fmt(uncorrected[0], 3)}η and its largest, ${fmt(peak.value, 3)}η, at step ${peak.at}; with the correction every step is η.`,
    staticCaption: 'The dashed curve is still above 1 at the right edge: the squared-gradient average remembers about a thousand steps.',
  },
  zh: {
    labels: { corrected: '有偏差修正（PyTorch）', uncorrected: '无偏差修正', step: '步数 t', ratio: '每步位移 |Δx| / η' },
    beta1: '梯度衰减率 β₁',
    beta2: '梯度平方衰减率 β₂',
    first: '不修正时的第一步',
    peak: '不修正时最大的一步',
    at: '出现在第 {t} 步',
    withIt: '修正后的每一步',
    chart: `折线图，纵轴取对数：梯度恒定时，Adam 前 ${STEPS} 步每一步的位移，以 η 为单位；实线为有偏差修正（恒为 1），虚线为没有偏差修正。`,
    caption: '梯度始终不变，理想的优化器每一步都该走得一样远。不做修正时，每步位移是 η(1 − β₁ᵗ)/√(1 − β₂ᵗ)：分子的平均大约 1/(1 − β₁) 步热身完毕，分母的平均要大约 1/(1 − β₂) 步。β₂ 越接近 1，步子偏大的时间就越长，默认值下长达数百步；反过来让 β₁ 成为较慢的平均，步子就偏小。',
    fallback: `β₁ = ${b1}、β₂ = ${b2} 时，不修正的 Adam 第一步是 ${fmt(uncorrected[0], 3)}η，最大的一步出现在第 ${peak.at} 步，为 ${fmt(peak.value, 3)}η；修正之后每一步都是 η。`,
    staticCaption: '虚线到右端仍在 1 以上：梯度平方的平均大约记得一千步。',
  },
} as const satisfies Record<Lang, { labels: BiasLabels; [key: string]: unknown }>;
