import type { Lang } from '../../i18n/languages.ts';
import { CONTROL_TEXT } from '../kit/text.ts';
import type { PresetName, TrajectoryLabels } from './model.ts';

/** The labels the kit already words for every widget: Play, Pause and the copy messages. */
const shared = (lang: Lang) => {
  const { play, pause, copied, copyFailed } = CONTROL_TEXT[lang];
  return { play, pause, copied, copyFailed };
};

/** Everything the trajectory widget says, in both languages (build time only). */
export const TEXT = {
  en: {
    labels: {
      ...shared('en'),
      readout: '{name}, step {t}: ({x}, {y}), f = {f}',
      diverged: '{name} diverged at step {k}',
      left: '{name} left the plot at step {k}: η is too large here, so it overshoots',
      joiner: '; ',
      start: 'start',
    },
    chart: 'Contour plot of the chosen function with the paths of AdaGrad (dashed, squares) and RMSProp (solid, circles) from the start point (a cross). Click or tap the plot to move the start point.',
    playback: 'Playback',
    settings: 'Settings',
    caption: 'AdaGrad (dashed) against RMSProp (solid) on the same function, with the same η and ε; γ, centering and momentum change RMSProp alone. Change a setting and both whole runs are redrawn; Play replays them from step 0 (with reduced motion it moves in ten jumps). Click the plot, or type x and y, to start somewhere else. The address bar keeps your settings; “Copy link” gives a link to exactly this setup.',
    fallback: 'From (−4, 4) with η = 0.1, γ = 0.9, ε = 10⁻⁸ and 100 steps, RMSProp heads straight for the valley at y = 0 and then rocks back and forth near the minimum; AdaGrad’s steps keep shrinking, so it is still on its way after 100 steps.',
    presets: {
      article: 'The article’s run',
      stall: 'AdaGrad stalls (400 steps)',
      largeLr: 'η = 0.5 postpones the stall',
      overshoot: 'RMSProp overshoots (η = 1.5)',
      sign: 'γ → 0 is sign descent',
      longMemory: 'γ = 0.999: long memory',
      epsInside: 'ε = 0.01 inside the root',
      localMin: 'Start near (3, 1)',
    } satisfies Record<PresetName, string>,
  },
  zh: {
    labels: {
      ...shared('zh'),
      readout: '{name}，第 {t} 步：({x}, {y})，f = {f}',
      diverged: '{name} 在第 {k} 步发散',
      left: '{name} 在第 {k} 步跑出了图的范围：η 太大，一步跨过了头',
      joiner: '；',
      start: '起点',
    },
    chart: '所选函数的等高线图，以及 AdaGrad（虚线、方点）和 RMSProp（实线、圆点）从起点（叉号）出发的路径。点击或轻触图可以移动起点。',
    playback: '回放控制',
    settings: '设置',
    caption: '同一个函数、同样的 η 和 ε 下，AdaGrad（虚线）与 RMSProp（实线）的对比；γ、中心化和动量只作用于 RMSProp。改动任何设置，两条完整路径会立即重画；“播放”从第 0 步重放（若系统要求减少动态效果，则分十次跳进）。点击图或输入 x、y 可以换一个起点。地址栏会记住你的设置；“复制链接”能得到正好是这组设置的链接。',
    fallback: '从 (−4, 4) 出发，η = 0.1、γ = 0.9、ε = 10⁻⁸、共 100 步：RMSProp 径直冲向 y = 0 的谷底，然后在极小值附近来回摆动；AdaGrad 的每步位移越来越小，100 步后仍在半路上。',
    presets: {
      article: '文中的默认设置',
      stall: 'AdaGrad 停滞（400 步）',
      largeLr: 'η = 0.5 推迟了停滞',
      overshoot: 'RMSProp 冲过头（η = 1.5）',
      sign: 'γ → 0 即符号梯度下降',
      longMemory: 'γ = 0.999：记忆很长',
      epsInside: 'ε = 0.01 放在根号内',
      localMin: '从 (3, 1) 附近出发',
    } satisfies Record<PresetName, string>,
  },
} as const satisfies Record<Lang, { labels: TrajectoryLabels; presets: Record<PresetName, string>; [key: string]: unknown }>;
