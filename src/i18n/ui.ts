import type { Lang } from './languages.ts';

/** Every piece of interface text, in both languages, so no page hard-codes one. */
export const UI = {
  en: {
    siteName: 'Optimizer Lab',
    tagline: 'Adaptive learning rates, explained with live experiments',
    homeDescription:
      'A short series on adaptive-learning-rate optimizers — exponentially weighted averages, AdaGrad and RMSProp — with formulas, code and charts you can play with.',
    skipToContent: 'Skip to content',
    mainNav: 'Main',
    switchLanguage: '中文',
    switchLanguageLabel: 'Read this page in Chinese',
    darkTheme: 'Dark theme',
    contents: 'Contents',
    series: 'The series',
    previous: 'Previous',
    next: 'Next',
    seriesNav: 'Series',
    published: 'Published',
    updated: 'Updated',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Copy failed',
    readArticle: 'Read',
    playground: 'Playground',
    playgroundTeaser:
      'Race any torch.optim optimizer on any function you type, with learning-rate schedules and noisy gradients, then take the run to PyTorch.',
    playgroundLink: 'Open the playground',
    search: 'Search',
    searchTitle: 'Search the series',
    searchPlaceholder: 'e.g. bias correction',
    searchClose: 'Close',
    searchHint: '↑ ↓ move between results · Enter opens · Esc closes',
    searching: 'Searching…',
    searchOne: '1 result',
    searchMany: '{n} results',
    searchNone: 'No page mentions “{q}”.',
    searchUnavailable: 'Search is not available here: its index is written by `npm run build`.',
    rssFeed: 'RSS feed',
    pitch:
      'What sets it apart: every number on these pages is the one PyTorch’s torch.optim computes, each article is written in English and in Chinese, and every claim comes with an experiment you can run.',
    feedTitle: 'Optimizer Lab: new articles',
    footer: 'Optimizer Lab — built as a static site; formulas typeset with KaTeX, charts drawn with Chart.js.',
  },
  zh: {
    siteName: '优化器实验室',
    tagline: '用可以动手的实验，讲清自适应学习率',
    homeDescription:
      '一组关于自适应学习率优化器的短文：从指数加权平均讲到 AdaGrad 和 RMSProp，配有公式、代码和可以拖动参数的图。',
    skipToContent: '跳到正文',
    mainNav: '主导航',
    switchLanguage: 'English',
    switchLanguageLabel: '阅读本页的英文版',
    darkTheme: '深色主题',
    contents: '目录',
    series: '本系列',
    previous: '上一篇',
    next: '下一篇',
    seriesNav: '系列导航',
    published: '发布于',
    updated: '更新于',
    copy: '复制',
    copied: '已复制',
    copyFailed: '复制失败',
    readArticle: '阅读',
    playground: '演练场',
    playgroundTeaser: '在你输入的任意函数上让 torch.optim 的优化器同场赛跑，可加学习率调度和梯度噪声，再把整场比赛带到 PyTorch 里重跑。',
    playgroundLink: '打开演练场',
    search: '搜索',
    searchTitle: '搜索本系列',
    searchPlaceholder: '例如：偏差修正',
    searchClose: '关闭',
    searchHint: '↑ ↓ 在结果间移动 · Enter 打开 · Esc 关闭',
    searching: '正在搜索……',
    searchOne: '1 个结果',
    searchMany: '{n} 个结果',
    searchNone: '没有页面提到“{q}”。',
    searchUnavailable: '此处无法搜索：索引由 `npm run build` 生成。',
    rssFeed: 'RSS 订阅',
    pitch: '这里的不同之处：页面上的每个数字都与 PyTorch 的 torch.optim 算出的完全一致；每篇文章都用中文和英文分别写成；每个论断都配有一个可以当场运行的实验。',
    feedTitle: '优化器实验室：新文章',
    footer: '优化器实验室 —— 纯静态网站；公式由 KaTeX 排版，图表由 Chart.js 绘制。',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type UiStrings = (typeof UI)[Lang];

export function ui(lang: Lang): UiStrings {
  return UI[lang];
}

/** "Part 2" / "第 2 篇": word order differs, so it is a function, not a string. */
export function partLabel(lang: Lang, order: number): string {
  return lang === 'en' ? `Part ${order}` : `第 ${order} 篇`;
}

/** Dates as a reader of each language writes them. */
export function formatDate(lang: Lang, date: Date): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
