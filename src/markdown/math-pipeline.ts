/**
 * The one place that says how formulas are typeset (and how tables and long
 * formulas are wrapped to scroll, and the article split into sections). astro.config.mjs uses it
 * for every article, and tests/e2e/math-build.e2e.ts runs the same plugins on a
 * broken formula to prove that the build would fail.
 */
import type { RehypePlugins, RemarkPlugins } from 'astro';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { rehypeFailOnKatexError } from './rehype-fail-on-katex-error.ts';
import { rehypeScrollRegions } from './rehype-scroll-regions.ts';
import { rehypeEmptyCornerCell } from './rehype-empty-corner-cell.ts';
import { rehypeLeanKatex } from './rehype-lean-katex.ts';
import { rehypeMathPunctuation } from './rehype-math-punctuation.ts';
import { rehypeSections } from './rehype-sections.ts';

/**
 * KaTeX at build time: HTML for the eye plus MathML for screen readers (KaTeX hides the HTML from them);
 * rehype-lean-katex.ts then trims both without changing what is drawn or read.
 */
export const katexOptions = { output: 'htmlAndMathml', strict: 'warn' } as const;

export const remarkPlugins: RemarkPlugins = [remarkMath];

export const rehypePlugins: RehypePlugins = [
  [rehypeKatex, katexOptions],
  rehypeFailOnKatexError,
  rehypeLeanKatex,
  rehypeMathPunctuation,
  rehypeScrollRegions,
  rehypeEmptyCornerCell,
  rehypeSections,
];
