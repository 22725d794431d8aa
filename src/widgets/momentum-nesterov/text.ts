import type { Lang } from '../../i18n/languages.ts';
import { DEFAULTS, nesterovRuns, START, STEPS, settledAt, type NesterovLabels } from './model.ts';

const { lr, momentum: mu } = DEFAULTS;
const runs = nesterovRuns(DEFAULTS);
const reached = (run: typeof runs.plain) => settledAt(run);
const start = `(${START.map((v) => String(v).replace('-', '−')).join(', ')})`;
const [p, h, n] = [reached(runs.plain), reached(runs.heavy), reached(runs.nesterov)];
const enSteps = (k: number | null) => (k === null ? `never within ${STEPS} steps` : `from step ${k} on`);
const zhSteps = (k: number | null) => (k === null ? `在 ${STEPS} 步内都没有稳定在 10⁻⁶ 以下` : `从第 ${k} 步起稳定在 10⁻⁶ 以下`);

/** Everything the three-way race says, in both languages (build time only). */
export const TEXT = {
  en: {
    labels: {
      plain: 'plain descent', heavy: 'heavy ball', nesterov: 'Nesterov', step: 'step', gap: 'f − f*', start: 'start',
      play: 'Play', pause: 'Pause', gapAt: '{g} at step {t}', reached: 'below 10⁻⁶ from step {k} on',
      notReached: `not settled below 10⁻⁶ in ${STEPS} steps`, diverged: 'diverged at step {k}',
    },
    momentum: 'Momentum μ',
    playback: 'Playback',
    settings: 'Settings',
    gapTitle: 'Gap to the minimum, f − f*',
    pathChart: `Contour plot of f = 0.1x² + 2y² + sin x·cos y with three paths from ${start}, the same η: plain gradient descent (thin dashed), the heavy ball (solid, circles) and Nesterov (dash-dot).`,
    gapChart: `Line chart, logarithmic axis: the gap f − f* between the loss and the global minimum's value for the three methods over ${STEPS} steps; the floor, 10⁻¹⁴, is float64 rounding.`,
    caption: 'All three are PyTorch’s SGD with the same η: momentum 0, momentum μ, and momentum μ with nesterov=True. Slide μ down to 0.5 and the heavy ball stops ringing; slide η up and Nesterov is the first to leave the plot. Play replays the runs step by step.',
    fallback: `At η = ${lr} and μ = ${mu}, f − f* stays below 10⁻⁶ ${enSteps(p)} for plain descent, ${enSteps(n)} for Nesterov, and ${enSteps(h)} for the heavy ball.`,
    staticCaption: 'The heavy ball swings around the minimum; Nesterov’s look-ahead damps the swing.',
  },
  zh: {
    labels: {
      plain: '普通梯度下降', heavy: '重球法', nesterov: 'Nesterov', step: '步数', gap: 'f − f*', start: '起点',
      play: '播放', pause: '暂停', gapAt: '第 {t} 步：{g}', reached: '从第 {k} 步起低于 10⁻⁶',
      notReached: `${STEPS} 步内没有稳定在 10⁻⁶ 以下`, diverged: '第 {k} 步发散',
    },
    momentum: '动量 μ',
    playback: '回放',
    settings: '设置',
    gapTitle: '与最小值之差 f − f*',
    pathChart: `函数 f = 0.1x² + 2y² + sin x·cos y 的等高线图，以及三条从 ${start} 出发、学习率相同的路径：普通梯度下降（细虚线）、重球法（实线、圆点）和 Nesterov（点划线）。`,
    gapChart: `折线图，纵轴取对数：三种方法 ${STEPS} 步内损失与全局最小值之差 f − f*；图底的 10⁻¹⁴ 是 float64 的舍入误差。`,
    caption: '三者都是 PyTorch 的 SGD，学习率相同：动量为 0、动量为 μ、动量为 μ 且 nesterov=True。把 μ 降到 0.5，重球法就不再来回振荡；把 η 调大，最先跑出图外的是 Nesterov。点“播放”可以一步一步重看这三条轨迹。',
    fallback: `η = ${lr}、μ = ${mu} 时看 f − f*：普通梯度下降${zhSteps(p)}，重球法${zhSteps(h)}，Nesterov ${zhSteps(n)}。`,
    staticCaption: '重球法绕着最小值来回摆动，Nesterov 的前瞻把这种摆动压了下去。',
  },
} as const satisfies Record<Lang, { labels: NesterovLabels; [key: string]: unknown }>;
