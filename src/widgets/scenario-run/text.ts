import type { Lang } from '../../i18n/languages.ts';
import type { ScenarioChart, ScenarioLabels, ScenarioName } from './model.ts';

interface ScenarioText {
  gap: string;
  rate: string;
  /** What a screen reader hears for each chart. */
  charts: Record<ScenarioChart, string>;
  setup: string;
  /** Written right before the first optimizer's name, so it ends with the space English needs. */
  final: string;
  caption: string;
}

/** Everything the scenario widgets say, in both languages (build time only). */
export const TEXT = {
  nonstationary: {
    en: {
      gap: 'distance to the minimum |x − x*|',
      rate: 'step taken |Δx|',
      charts: {
        gap: 'Line chart, log scale: the distance to the minimum, |x − x*|, of AdaGrad (dashed) and RMSProp (solid) at each step; a dotted line marks the switch.',
        rate: 'Line chart, log scale: the step each optimizer takes, |Δx|, at each step: AdaGrad dashed, RMSProp solid.',
      },
      setup: 'For the first 100 steps f = 5x² (minimum at x* = 0); then the task changes to f = 0.05(x − 3)² (minimum at x* = 3, gradients about 100 times smaller). Both start at x = −3 with η = 0.3.',
      final: 'After 200 steps, distance to the minimum: ',
      caption: 'The dotted line marks the switch. AdaGrad’s sum still holds the large early gradients, so its step size stays tiny and it barely moves towards the new minimum; RMSProp’s average forgets them within about 1/(1 − γ) steps, its step size grows back, and it gets there. A γ close to 1 makes RMSProp forget slowly too.',
    },
    zh: {
      gap: '与极小值的距离 |x − x*|',
      rate: '每步位移 |Δx|',
      charts: {
        gap: '折线图（对数刻度）：AdaGrad（虚线）和 RMSProp（实线）与极小值的距离 |x − x*| 随迭代步数的变化；竖直虚线标出任务切换的时刻。',
        rate: '折线图（对数刻度）：AdaGrad（虚线）和 RMSProp（实线）的每步位移 |Δx| 随迭代步数的变化。',
      },
      setup: '前 100 步 f = 5x²（极小值 x* = 0）；之后任务改为 f = 0.05(x − 3)²（极小值 x* = 3，梯度约小 100 倍）。两者都从 x = −3 出发，η = 0.3。',
      final: '200 步后与极小值的距离：',
      caption: '竖直虚线标出任务切换的时刻。AdaGrad 的累加和里还留着早期的大梯度，所以有效学习率一直很小，几乎挪不向新的极小值；RMSProp 的平均值大约在 1/(1 − γ) 步内就把它们忘掉，有效学习率重新变大，于是走到了新的极小值。γ 越接近 1，RMSProp 也忘得越慢。',
    },
  },
  sparse: {
    en: {
      gap: 'sparse coordinate: |y − 2|',
      rate: 'step size for y: η/(√s + ε)',
      charts: {
        gap: 'Line chart, log scale: how far the sparse coordinate is from its target, |y − 2|, for AdaGrad (dashed) and RMSProp (solid) at each step.',
        rate: 'Line chart, log scale: the step size η/(√s + ε) of the sparse coordinate y for AdaGrad (dashed) and RMSProp (solid) at each step.',
      },
      setup: 'f = ½(x − 2)² + ½(y − 2)² from (0, 0) with η = 0.5, but y’s gradient arrives only on every k-th step (a rarely active feature); on the other steps it is 0.',
      final: 'After 300 steps, |y − 2|: ',
      caption: 'AdaGrad’s sum remembers how few gradients y has had: its step size for y shrinks smoothly, so y settles on 2. RMSProp’s average decays to γᵏ of itself between visits; at the default γ = 0.9, y falls into a two-step cycle 2 ± (η/2)·√((1 − γᵏ)/(1 − γ)), the cycle 2 ± η/2 of the dense coordinate x widened by sparsity. A fresh first step, η/√(1 − γ), is only the limit of a very long period.',
    },
    zh: {
      gap: '稀疏坐标：|y − 2|',
      rate: 'y 的有效学习率 η/(√s + ε)',
      charts: {
        gap: '折线图（对数刻度）：AdaGrad（虚线）和 RMSProp（实线）的稀疏坐标 y 与目标值 2 的距离 |y − 2| 随迭代步数的变化。',
        rate: '折线图（对数刻度）：AdaGrad（虚线）和 RMSProp（实线）在稀疏坐标 y 上的有效学习率 η/(√s + ε) 随迭代步数的变化。',
      },
      setup: 'f = ½(x − 2)² + ½(y − 2)²，从 (0, 0) 出发，η = 0.5；但 y 的梯度每 k 步才出现一次（相当于一个稀疏特征），其余各步为 0。',
      final: '300 步后的 |y − 2|：',
      caption: 'AdaGrad 的累加和记得 y 只见过很少几次梯度：它给 y 的有效学习率平稳地变小，于是 y 停在 2。RMSProp 的平均值在两次激活之间衰减为原来的 γᵏ；在默认的 γ = 0.9 下，y 落进一个两步循环 2 ± (η/2)·√((1 − γᵏ)/(1 − γ))，也就是稠密坐标 x 上的循环 2 ± η/2 被稀疏性放宽了。全新的第一步 η/√(1 − γ) 只是周期很长时的极限。',
    },
  },
} as const satisfies Record<ScenarioName, Record<Lang, ScenarioText>>;

/** Between the two final distances. */
export const COMMA: Record<Lang, string> = { en: ', ', zh: '，' };

export const labelsOf = (scenario: ScenarioName, lang: Lang, step: string): ScenarioLabels =>
  ({ step, gap: TEXT[scenario][lang].gap, rate: TEXT[scenario][lang].rate });
