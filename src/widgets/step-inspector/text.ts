import type { Lang } from '../../i18n/languages.ts';
import type { InspectorLabels } from './model.ts';

/** Everything the step inspector says, in both languages (build time only). */
export const TEXT = {
  en: {
    labels: {
      heading: 'Step {t}',
      start: 'Step 0 is the start point: no update yet. Move the step slider above.',
      stopped: '{name} stopped: it diverged at step {k}.',
    },
    quantity: 'quantity',
    gradient: 'gradient gₜ',
    caption: 'The step the trajectory widget shows (or the one under your pointer in the curves), worked out with the numbers the library used. Numbers are rounded to three significant digits.',
    fallback: 'Step 100 of the default run (η = 0.1, γ = 0.9, ε = 10⁻⁸ outside the root), worked out with the numbers the library used.',
  },
  zh: {
    labels: {
      heading: '第 {t} 步',
      start: '第 0 步是起点，还没有更新。请拖动上面的步数滑块。',
      stopped: '{name} 已停止：它在第 {k} 步发散。',
    },
    quantity: '量',
    gradient: '梯度 gₜ',
    caption: '轨迹图当前显示的那一步（或曲线图中鼠标所指的一步），代入库实际用到的数值逐项算出。数值保留三位有效数字。',
    fallback: '默认设置（η = 0.1、γ = 0.9、ε = 10⁻⁸ 在根号外）下第 100 步，代入库实际用到的数值逐项算出。',
  },
} as const satisfies Record<Lang, { labels: InspectorLabels; [key: string]: unknown }>;
