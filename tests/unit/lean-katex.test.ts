import { describe, expect, it } from 'vitest';
import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { katexOptions, remarkPlugins, rehypePlugins } from '../../src/markdown/math-pipeline.ts';
import { rehypeLeanKatex } from '../../src/markdown/rehype-lean-katex.ts';

function typeset(markdown: string, plugins: PluggableList): string {
  return String(
    unified().use(remarkParse).use(remarkPlugins as PluggableList).use(remarkRehype).use(plugins).use(rehypeStringify)
      .processSync({ value: markdown, path: 'fixture/en/page.md' }),
  );
}
const plainKatex: PluggableList = [[rehypeKatex, katexOptions]];
const lean = (markdown: string) => typeset(markdown, [[rehypeKatex, katexOptions], rehypeLeanKatex]);
const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length;

describe('lean KaTeX output', () => {
  it('is part of the article pipeline', () => {
    expect(rehypePlugins).toContain(rehypeLeanKatex);
    expect(remarkPlugins).toContain(remarkMath);
  });

  it('keeps the MathML structure without the TeX copy, its wrappers or xmlns', () => {
    const html = lean('$s_t = \\gamma s_{t-1}$');
    expect(html).toContain('<math><msub><mi>s</mi><mi>t</mi></msub><mo>=</mo><mi>γ</mi><msub><mi>s</mi><mrow><mi>t</mi><mo>−</mo><mn>1</mn></mrow></msub></math>');
    expect(html).not.toMatch(/annotation|semantics|xmlns/);
    expect(html).toContain('class="katex-html" aria-hidden="true"');
  });

  it('reads a one-symbol formula from its visible text', () => {
    for (const tex of ['\\eta', 'x', '0.9']) {
      const html = lean(`$${tex}$`);
      expect(html, tex).not.toContain('katex-mathml');
      expect(html, tex).not.toContain('aria-hidden');
      expect(html, tex).toContain('class="katex-html"');
    }
    // A space or a script is more than one symbol: the MathML stays.
    for (const tex of ['\\,\\eta', 'g^2', '-4']) expect(lean(`$${tex}$`), tex).toContain('<math>');
  });

  it('turns each plain space into the right margin of the element before it, adding up with its own', () => {
    const before = typeset('$\\gamma = 0.9$ and $(-4, 4)$', plainKatex);
    const after = lean('$\\gamma = 0.9$ and $(-4, 4)$');
    expect(count(before, /class="mspace"/g)).toBe(3);
    expect(count(after, /class="mspace"/g)).toBe(0);
    // γ carries KaTeX's italic correction (0.05556em) and then the 0.2778em gap before "=".
    expect(after).toContain('<span class="mord mathnormal" style="margin-right:0.3334em;">γ</span>');
    expect(after).toContain('<span class="mrel" style="margin-right:0.2778em">=</span>');
    expect(after).toContain('<span class="mpunct" style="margin-right:0.1667em">,</span>');
  });

  it('leaves a space alone after an element that sets its own font size', () => {
    const html = lean('$x^{a\\,b}$');
    expect(count(html, /class="mspace"/g)).toBe(count(typeset('$x^{a\\,b}$', plainKatex), /class="mspace"/g));
  });
});
