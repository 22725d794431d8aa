import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { remarkPlugins, rehypePlugins } from '../../src/markdown/math-pipeline.ts';
import { DIST, filesIn } from './site-pages.ts';

/** The same remark-math + rehype-katex configuration astro.config.mjs uses. */
function typeset(markdown: string, path = 'fixture/en/broken.md'): Promise<string> {
  return unified()
    .use(remarkParse)
    // Astro's list type also allows plugin names as strings; ours holds only functions.
    .use(remarkPlugins as PluggableList)
    .use(remarkRehype)
    .use(rehypePlugins as PluggableList)
    .use(rehypeStringify)
    .process({ value: markdown, path })
    .then(String);
}

test('a formula KaTeX cannot parse fails the build', async () => {
  await expect(typeset('Fine: $x^2$. Broken:\n\n$$\n\\frac{1}{\\undefinedmacro}\n$$\n')).rejects.toThrow(
    /cannot typeset/,
  );
});

test('good formulas are typeset, and display math scrolls in a labelled region', async () => {
  const html = await typeset('$$\nv_t = \\beta v_{t-1} + (1-\\beta)\\theta_t\n$$\n', 'fixture/zh/good.md');
  expect(html).toContain('class="katex"');
  expect(html).toContain('role="region"');
  expect(html).toContain('aria-label="公式 1"');
  expect(html).not.toContain('katex-error');
});

test('the built HTML holds no katex-error and no KaTeX script', () => {
  const pages = filesIn(DIST, '.html');
  expect(pages.length).toBeGreaterThan(3);
  for (const page of pages) {
    const html = readFileSync(join(DIST, page), 'utf8');
    expect(html, page).not.toContain('katex-error');
    expect(html, page).not.toMatch(/<script[^>]+katex/i);
  }
  for (const script of filesIn(join(DIST, '_astro'), '.js')) {
    expect(readFileSync(join(DIST, '_astro', script), 'utf8'), script).not.toContain('ParseError');
  }
});

test('an inline formula keeps the punctuation after it on its line', async () => {
  const html = await typeset('其中 $s_0 = 0$。接着 $\\gamma$；最后 $x$ 没有标点。\n', 'fixture/zh/punctuation.md');
  expect(html.match(/class="math-nowrap"/g)).toHaveLength(2);
  expect(html).toMatch(/<\/span><\/span>。<\/span>接着/);
  expect(html).toMatch(/<\/span><\/span>；<\/span>最后/);
});

test('every built formula can be read aloud and found: MathML, or the visible text of a one-symbol formula', () => {
  let oneSymbol = 0;
  for (const page of filesIn(DIST, '.html')) {
    const html = readFileSync(join(DIST, page), 'utf8');
    expect(html, page).not.toMatch(/<annotation|<semantics/);
    for (const [formula] of html.matchAll(/<span class="katex">(?:(?!<span class="katex">).)*/gs)) {
      if (/^<span class="katex"><span class="katex-mathml"><math[ >]/.test(formula)) continue;
      // No MathML: the visible HTML is what is read, so it must not be hidden, and it is one symbol.
      const symbol = /^<span class="katex"><span class="katex-html"><span class="base"><span class="strut"[^>]*><\/span><span [^>]*>([^<]+)<\/span><\/span><\/span><\/span>/.exec(formula);
      expect(symbol?.[1].trim(), `${page}: ${formula.slice(0, 300)}`).toMatch(/^\S{1,8}$/u);
      oneSymbol += 1;
    }
  }
  expect(oneSymbol).toBeGreaterThan(100);
  // The search index keeps those symbols (only aria-hidden glyph runs are left out of it).
  const fragments = filesIn(join(DIST, 'pagefind', 'fragment'), '.pf_fragment').map((file) => {
    const raw = gunzipSync(readFileSync(join(DIST, 'pagefind', 'fragment', file)));
    return JSON.parse(raw.subarray(raw.indexOf('{')).toString('utf8')) as { url: string; content: string };
  });
  const rmsprop = fragments.find((fragment) => fragment.url.replace(/\/$/, '').endsWith('/rmsprop'));
  expect(rmsprop?.content).toContain('raise η to 0.5');
});
