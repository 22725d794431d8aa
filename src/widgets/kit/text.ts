import type { Lang } from '../../i18n/languages.ts';
import type { ObjectiveName } from '../../lib/index.ts';

/** The test functions' names in the selector. */
export const FUNCTION_NAMES: Record<Lang, Record<ObjectiveName, string>> = {
  en: {
    wavy: 'Wavy bowl 0.1x² + 2y² + sin x cos y',
    quadratic: 'Quadratic bowl',
    rosenbrock: 'Rosenbrock',
    beale: 'Beale',
    himmelblau: 'Himmelblau',
    saddle: 'Saddle',
  },
  zh: {
    wavy: '波纹碗 0.1x² + 2y² + sin x cos y',
    quadratic: '二次碗',
    rosenbrock: 'Rosenbrock 函数',
    beale: 'Beale 函数',
    himmelblau: 'Himmelblau 函数',
    saddle: '鞍点',
  },
};

/** Labels shared by the widgets, so a control has the same name wherever it appears. */
export const CONTROL_TEXT = {
  en: {
    lr: 'Learning rate η',
    gamma: 'Decay γ',
    eps: 'Epsilon ε',
    steps: 'Steps',
    fn: 'Function',
    epsPlacement: 'Where ε goes',
    epsOutside: 'outside the root: g / (√s + ε) (PyTorch)',
    epsInside: 'inside the root: g / √(s + ε) (Keras 3, TF1, Optax)',
    variants: 'RMSProp’s options (PyTorch)',
    centered: 'Centered: divide by √(s − ḡ²)',
    momentum: 'Momentum μ',
    startX: 'Start x',
    startY: 'Start y',
    scrub: 'Step shown',
    play: 'Play',
    pause: 'Pause',
    step: 'Step',
    rewind: 'Back to step 0',
    reset: 'Reset settings',
    period: 'Period k',
    step_t: 'step t',
    iteration: 'iteration t',
    speed: 'Speed',
    presets: 'Try a case from the article',
    copyLink: 'Copy link to this setup',
    copied: 'Link copied',
    copyFailed: 'Copy failed: the link is in the address bar',
  },
  zh: {
    lr: '学习率 η',
    gamma: '衰减率 γ',
    eps: '平滑项 ε',
    steps: '步数',
    fn: '函数',
    epsPlacement: 'ε 的位置',
    epsOutside: '根号外：g / (√s + ε)（PyTorch）',
    epsInside: '根号内：g / √(s + ε)（Keras 3、TF1、Optax）',
    variants: 'RMSProp 的选项（PyTorch）',
    centered: '中心化：除以 √(s − ḡ²)',
    momentum: '动量 μ',
    startX: '起点 x',
    startY: '起点 y',
    scrub: '显示第几步',
    play: '播放',
    pause: '暂停',
    step: '单步',
    rewind: '回到第 0 步',
    reset: '恢复默认设置',
    period: '周期 k',
    step_t: '步数 t',
    iteration: '迭代步数 t',
    speed: '速度',
    presets: '试试文中的例子',
    copyLink: '复制这组设置的链接',
    copied: '链接已复制',
    copyFailed: '复制失败：链接就在地址栏里',
  },
} as const;

/** Sentences run together as the language writes them: a space between English ones, none between Chinese ones. */
export const sentences = (lang: Lang, ...parts: string[]) => parts.join(lang === 'zh' ? '' : ' ');
