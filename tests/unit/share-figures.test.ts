import { describe, expect, it } from 'vitest';
import { figureFor } from '../../src/figures/article-figures';
import { PAGE_STYLE, thumbBox, thumbSvg } from '../../src/figures/thumb-svg';
import { CARD, cardPng, cardSvg, wrap } from '../../src/build/share-card';

describe('article figures', () => {
  it('has a figure for each current page and none, without failing, for a slug it does not know', () => {
    for (const slug of ['ewma', 'momentum', 'rmsprop', 'playground']) expect(figureFor(slug), slug).toBeDefined();
    expect(figureFor('adagrad-someday')).toBeUndefined();
    expect(figureFor('__proto__')).toBeUndefined();
  });

  it('draws each figure as SVG with no NaN and the theme colours as CSS variables', () => {
    for (const slug of ['ewma', 'momentum', 'rmsprop', 'playground']) {
      const figure = figureFor(slug)!;
      const [width, height] = thumbBox(figure);
      const svg = thumbSvg(figure, width, height, PAGE_STYLE, 'aria-hidden="true"');
      expect(svg, slug).toMatch(/^<svg viewBox="0 0 \d+ \d+" aria-hidden="true">/);
      expect(svg, slug).not.toMatch(/NaN|Infinity/);
      expect(svg, slug).toContain('stroke-linejoin="round"');
      expect(svg, slug).toMatch(/stroke="var\(--(series|racer)-\d\)"/);
    }
  });
});

describe('share cards', () => {
  it('wraps English between words and Chinese between characters, never before closing punctuation', () => {
    const en = 'Momentum: a heavy ball in a long valley';
    const lines = wrap(en, 40, 400, 5);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(en);
    const text = 'RMSProp 把梯度平方的累加和换成指数加权平均，本文讲清它为什么有效。';
    const zh = wrap(text, 27, 150, 9);
    expect(zh.length).toBeGreaterThan(2);
    expect(zh.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    for (const line of zh) expect(line).not.toMatch(/^[，。]/);
  });

  it('ends the last line that fits with an ellipsis', () => {
    const lines = wrap('one two three four five six seven eight nine ten', 20, 100, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^[a-z ]*[a-z]…$/);
    expect('one two three four five six seven eight nine ten').toContain(lines[1].slice(0, -1));
  });

  it('rasterizes a 1200×630 PNG with escaped text', () => {
    const svg = cardSvg({ kicker: 'Part 1', title: 'A <title> & more', description: '偏差修正', address: 'example.org/lab', siteName: 'Optimizer Lab' }, figureFor('ewma'), 'en');
    expect(svg).toContain('A &lt;title&gt; &amp; more');
    const png = cardPng(svg);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([CARD.width, CARD.height]);
  });
});
