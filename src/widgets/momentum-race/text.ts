import type { Lang } from '../../i18n/languages.ts';
import { fmt } from '../kit/format.ts';
const sci = (v: number) => fmt(v, 2);
import { DEFAULTS, raceRuns, START, STEPS, type RaceLabels } from './model.ts';

const { kappa: k, momentum: mu, lr } = DEFAULTS;
const runs = raceRuns(DEFAULTS);
const last = (loss: number[]) => sci(loss[loss.length - 1]);
const start = `(${START.map((v) => String(v).replace('-', '−')).join(', ')})`;

/** Everything the momentum race says, in both languages (build time only). */
export const TEXT = {
  en: {
    labels: { plain: 'plain descent', heavy: 'heavy ball', step: 'step', loss: 'loss f', diverged: 'diverged' },
    kappa: 'Condition number κ',
    momentum: 'Momentum μ',
    lr: 'Learning rate η',
    lossPlain: `Loss after ${STEPS} steps (plain descent)`,
    lossHeavy: `Loss after ${STEPS} steps (heavy ball)`,
    pathChart: `Contour plot of f = ½(x²/κ + y²) with the paths of plain gradient descent (thin dashed) and of the heavy ball (solid, circles) from ${start}, ${STEPS} steps, the same η for both.`,
    lossChart: `Line chart, logarithmic loss axis: the loss of plain descent (dashed) and of the heavy ball (solid) over ${STEPS} steps.`,
    caption: 'Move κ to make the valley longer, μ to give the ball more or less memory, η to take bigger or smaller steps. Plain descent is unstable once η > 2 (the steep direction has curvature 1); the heavy ball survives up to η = 2(1 + μ). A loss that reads “diverged” left the plot.',
    fallback: `At κ = ${k}, μ = ${mu} and η = ${lr}, plain descent ends at loss ${last(runs.plain.loss)} and the heavy ball at ${last(runs.heavy.loss)}.`,
    staticCaption: 'Plain descent zig-zags across the valley and creeps along it; the heavy ball overshoots, swings back and settles much sooner.',
  },
  zh: {
    labels: { plain: '普通梯度下降', heavy: '重球法', step: '步数', loss: '损失 f', diverged: '已发散' },
    kappa: '条件数 κ',
    momentum: '动量 μ',
    lr: '学习率 η',
    lossPlain: `普通梯度下降 ${STEPS} 步后的损失`,
    lossHeavy: `重球法 ${STEPS} 步后的损失`,
    pathChart: `函数 f = ½(x²/κ + y²) 的等高线图，以及普通梯度下降（细虚线）和重球法（实线、圆点）从 ${start} 出发走 ${STEPS} 步的路径，两者学习率相同。`,
    lossChart: `折线图，损失轴取对数：普通梯度下降（虚线）和重球法（实线）${STEPS} 步内的损失。`,
    caption: '拖动 κ，山谷变得更狭长；拖动 μ，小球记得的过去多一些或少一些；拖动 η，每步位移变大或变小。陡峭方向的曲率是 1，所以 η > 2 时普通梯度下降就不稳定了；重球法要到 η = 2(1 + μ) 才失稳。读数显示“已发散”，表示那条路径已经跑出图外。',
    fallback: `κ = ${k}、μ = ${mu}、η = ${lr} 时，普通梯度下降最后的损失是 ${last(runs.plain.loss)}，重球法是 ${last(runs.heavy.loss)}。`,
    staticCaption: '普通梯度下降在山谷两壁之间来回折返，沿谷底却走得很慢；重球法会冲过头、再摆回来，但收敛得快得多。',
  },
} as const satisfies Record<Lang, { labels: RaceLabels; [key: string]: unknown }>;
