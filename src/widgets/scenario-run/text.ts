import type { Lang } from '../../i18n/languages.ts';
import type { ScenarioLabels, ScenarioName } from './model.ts';

interface ScenarioText {
  gap: string;
  rate: string;
  setup: string;
  final: string;
  caption: string;
}

/** Everything the scenario widgets say, in both languages (build time only). */
export const TEXT = {
  nonstationary: {
    en: {
      gap: 'distance to the minimum |x − x*|',
      rate: 'step taken |Δx|',
      setup: 'For the first 100 steps f = 5x² (minimum at x* = 0); then the task changes to f = 0.05(x − 3)² (minimum at x* = 3, gradients about 100 times smaller). Both start at x = −3 with η = 0.3.',
      final: 'After 200 steps, distance to the minimum:',
      caption: 'The dotted line marks the switch. AdaGrad’s sum still holds the large early gradients, so its step stays tiny and it barely moves towards the new minimum; RMSProp’s average forgets them within about 1/(1 − γ) steps, its step grows, and it gets there. A γ close to 1 makes RMSProp forget slowly too.',
    },
    zh: {
      gap: '与极小值的距离 |x − x*|',
      rate: '实际步长 |Δx|',
      setup: '前 100 步 f = 5x²（极小值 x* = 0）；之后任务改为 f = 0.05(x − 3)²（极小值 x* = 3，梯度约小 100 倍）。两者都从 x = −3 出发，η = 0.3。',
      final: '200 步后与极小值的距离：',
      caption: '竖直虚线标出任务切换的时刻。AdaGrad 的累加和里还留着早期的大梯度，所以步长一直很小，几乎挪不向新的极小值；RMSProp 的平均值大约在 1/(1 − γ) 步内就把它们忘掉，步长重新变大，于是走到了新的极小值。γ 越接近 1，RMSProp 也忘得越慢。',
    },
  },
  sparse: {
    en: {
      gap: 'rare coordinate: |y − 2|',
      rate: 'step size for y: η/(√s + ε)',
      setup: 'f = ½(x − 2)² + ½(y − 2)² from (0, 0) with η = 0.5, but y’s gradient arrives only on every k-th step (a rarely active feature); on the other steps it is 0.',
      final: 'After 300 steps, |y − 2|:',
      caption: 'AdaGrad’s sum remembers how few gradients y has had: its step for y shrinks smoothly, so y settles on 2. RMSProp’s average has mostly forgotten y by the next visit, so each visit is close to a fresh first step of about η/√(1 − γ), and y keeps jumping around 2.',
    },
    zh: {
      gap: '稀疏坐标：|y − 2|',
      rate: 'y 的步长 η/(√s + ε)',
      setup: 'f = ½(x − 2)² + ½(y − 2)²，从 (0, 0) 出发，η = 0.5；但 y 的梯度每 k 步才出现一次（一个很少出现的特征），其余各步为 0。',
      final: '300 步后的 |y − 2|：',
      caption: 'AdaGrad 的累加和记得 y 只见过很少几次梯度：它给 y 的步长平稳地变小，于是 y 停在 2。到下一次出现时，RMSProp 的平均值已经差不多把 y 忘了，每次都近似重新迈出大约 η/√(1 − γ) 的“第一步”，所以 y 一直在 2 附近来回跳。',
    },
  },
} as const satisfies Record<ScenarioName, Record<Lang, ScenarioText>>;

/** Between the two final distances. */
export const COMMA: Record<Lang, string> = { en: ', ', zh: '，' };

/** The chart descriptions, from the series' names. */
export const describe = (lang: Lang, what: string) =>
  lang === 'en'
    ? `Line chart, log scale: ${what} against the step for AdaGrad (dashed) and RMSProp (solid).`
    : `折线图（对数刻度）：AdaGrad（虚线）与 RMSProp（实线）的${what}随步数的变化。`;

export const labelsOf = (scenario: ScenarioName, lang: Lang, step: string): ScenarioLabels =>
  ({ step, gap: TEXT[scenario][lang].gap, rate: TEXT[scenario][lang].rate });
