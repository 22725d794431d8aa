import type { Lang } from '../../i18n/languages.ts';
import type { BowlLabels } from './model.ts';

/** Everything the rotated-bowl widget says, in both languages (build time only). `{…}` slots are filled by the markup. */
export const TEXT = {
  en: {
    labels: { step: 'step t', loss: 'loss f', never: 'not within {n} steps' } satisfies BowlLabels,
    rotation: 'Rotation θ',
    setup: 'The bowl f = 0.1u² + 2v², curvatures 0.2 and 4, whose axes u and v are turned by θ against x and y. RMSProp (η = 0.1, γ = 0.9) starts at (u, v) = (−4, 2), which turns with the bowl: every angle is the same problem, and only the axes RMSProp scales along differ.',
    here: 'RMSProp at θ',
    reference: 'RMSProp at 0°',
    steps: 'steps to f < 10⁻³',
    atZero: 'at 0°',
    spread: 'x and y step sizes apart (median, steps 1–50)',
    pathChart: 'Contour plot of the bowl turned by θ, with RMSProp’s path (solid, circles).',
    lossChart: 'Line chart, log scale: the loss at each step for RMSProp on the turned bowl (orange) and on the bowl at 0° (thin grey).',
    caption: 'Turn the bowl. At 0° and 90° its axes lie on x and y: RMSProp gives the steep coordinate a small step size and the flat one a large one, and goes straight to the minimum. Towards 45° both coordinates see the same mix of steep and flat, their step sizes come out alike, and RMSProp is left with one step size for a badly scaled bowl, as plain gradient descent is. A bowl is only scaled well along the axes of the coordinates. (Near the end both runs jump back up: with a fixed η they hover around the minimum, as in “When the gradient vanishes”.)',
    fallback: 'At θ = {angle}° RMSProp needs {steps} steps to bring f below 10⁻³, against {zero} at 0°; its two step sizes are {spread} apart, against {zeroSpread} at 0°.',
  },
  zh: {
    labels: { step: '步数 t', loss: '损失 f', never: '{n} 步内未达到' } satisfies BowlLabels,
    rotation: '旋转角 θ',
    setup: '碗形函数 f = 0.1u² + 2v²，两个方向的曲率分别是 0.2 和 4；它的轴 u、v 相对 x、y 旋转了 θ。RMSProp（η = 0.1，γ = 0.9）从 (u, v) = (−4, 2) 出发，起点随碗一起旋转：每个角度下都是同一个问题，变的只是 RMSProp 据以缩放的坐标轴。',
    here: '旋转 θ 时的 RMSProp',
    reference: '0° 时的 RMSProp',
    steps: '使 f < 10⁻³ 所需步数',
    atZero: '0° 时',
    spread: 'x 与 y 的有效学习率之比（第 1 到 50 步的中位数）',
    pathChart: '旋转 θ 之后的碗的等高线图，以及 RMSProp 的路径（实线、圆点）。',
    lossChart: '折线图（对数刻度）：RMSProp 在旋转后的碗上（橙色）和在 0° 的碗上（灰色细线）每一步的损失。',
    caption: '旋转这个碗。在 0° 和 90° 时，碗的轴与 x、y 重合：RMSProp 给陡的坐标小的有效学习率，给缓的坐标大的有效学习率，径直走到最低点。越接近 45°，两个坐标看到的陡缓成分就越相同，有效学习率也就越接近，RMSProp 只剩下一个有效学习率去对付尺度失衡的碗，和普通梯度下降一样。逐坐标的缩放，只能沿坐标轴把碗拉圆。（临近结尾两条曲线都会跳回去：η 固定时，它们在极小值附近徘徊，和“梯度趋于零之后”一节讲的一样。）',
    fallback: 'θ = {angle}° 时，RMSProp 要 {steps} 步才使 f 降到 10⁻³ 以下，0° 时只要 {zero} 步；它的两个有效学习率相差 {spread} 倍，0° 时相差 {zeroSpread} 倍。',
  },
} as const satisfies Record<Lang, { labels: BowlLabels; [key: string]: unknown }>;
