import type { Lang } from '../../i18n/languages.ts';
import { fmt } from '../kit/format.ts';
import { decayRuns, DEFAULTS, LR, penalisedMinimum, START, STEPS, type DecayLabels } from './model.ts';

const lambda = DEFAULTS.weightDecay;
const runs = decayRuns(lambda);
const at = (p: readonly number[]) => `(${fmt(p[0], 3)}, ${fmt(p[1], 3)})`;
const end = (r: typeof runs.l2) => at(r.points[r.points.length - 1]);
const start = at(START);

/** Everything the weight-decay figure says, in both languages (build time only). */
export const TEXT = {
  en: {
    labels: { l2: 'Adam + L2 penalty', decoupled: 'AdamW (decoupled)' },
    weightDecay: 'Weight decay λ',
    endL2: `Adam + L2 after ${STEPS} steps`,
    endDecoupled: `AdamW after ${STEPS} steps`,
    penalised: 'Minimum of f + (λ/2)‖θ‖²',
    chart: `Contour plot of f = ½(x − 2)² + ½·0.05·(y − 1)², minimum (2, 1), with the paths of Adam with an L2 penalty (solid) and of AdamW (dashed) from ${start}: ${STEPS} steps, η = ${LR}, the same λ for both.`,
    caption: 'The loss is steep along x and flat along y. With the L2 penalty Adam ends at the minimum of the penalised loss, which pulls the flat coordinate a long way towards 0 and moves the steep one much less. AdamW shrinks both coordinates by the same factor each step, so neither is singled out. At λ = 0 the two are one run.',
    fallback: `At λ = ${lambda}, Adam + L2 ends at ${end(runs.l2)}, next to the penalised minimum ${at(penalisedMinimum(lambda))}; AdamW ends at ${end(runs.decoupled)}.`,
    staticCaption: 'Both start together; the L2 run turns towards y = 0 while AdamW heads for the loss’s own minimum and stops a little short of it.',
  },
  zh: {
    labels: { l2: 'Adam + L2 惩罚', decoupled: 'AdamW（解耦）' },
    weightDecay: '权重衰减 λ',
    endL2: `Adam + L2 走 ${STEPS} 步后`,
    endDecoupled: `AdamW 走 ${STEPS} 步后`,
    penalised: 'f + (λ/2)‖θ‖² 的极小点',
    chart: `函数 f = ½(x − 2)² + ½·0.05·(y − 1)² 的等高线图，极小点为 (2, 1)；图中是带 L2 惩罚的 Adam（实线）和 AdamW（虚线）从 ${start} 出发的路径：${STEPS} 步，η = ${LR}，两者的 λ 相同。`,
    caption: '损失沿 x 陡峭、沿 y 平缓。加 L2 惩罚的 Adam 最后停在惩罚后损失的极小点：平缓的坐标被大幅拉向 0，陡峭的坐标动得少得多。AdamW 每一步把两个坐标按同一个比例缩小，哪个坐标都不会被特别对待。λ = 0 时两条路径完全重合。',
    fallback: `λ = ${lambda} 时，Adam + L2 停在 ${end(runs.l2)}，紧挨着惩罚后的极小点 ${at(penalisedMinimum(lambda))}；AdamW 停在 ${end(runs.decoupled)}。`,
    staticCaption: '两条路径一同出发；L2 那条转向 y = 0，AdamW 则朝损失本身的极小点走，在它前面不远处停下。',
  },
} as const satisfies Record<Lang, { labels: DecayLabels; [key: string]: unknown }>;
