import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UI } from '../../src/i18n/ui';
import { TEXT as EWMA } from '../../src/widgets/ewma-explorer/text';
import { TEXT as GAMMA } from '../../src/widgets/gamma-explorer/text';
import { TEXT as PLAYGROUND } from '../../src/widgets/playground/text';
import { CONTROL_TEXT, FUNCTION_NAMES, sentences } from '../../src/widgets/kit/text';
import { TEXT as RATES } from '../../src/widgets/rate-curves/text';
import { TEXT as SCENARIOS } from '../../src/widgets/scenario-run/text';
import { TEXT as INSPECTOR } from '../../src/widgets/step-inspector/text';
import { TEXT as NOISE } from '../../src/widgets/noise-ball/text';
import { TEXT as ROTATION } from '../../src/widgets/rotated-bowl/text';
import { TEXT as TRAJECTORY } from '../../src/widgets/trajectory/text';
import { TEXT as MOMENTUM_RACE } from '../../src/widgets/momentum-race/text';
import { TEXT as MOMENTUM_ROOTS } from '../../src/widgets/momentum-roots/text';
import { TEXT as ADAGRAD_ACCUMULATOR } from '../../src/widgets/adagrad-accumulator/text';
import { TEXT as ADAGRAD_SPARSE } from '../../src/widgets/adagrad-sparse/text';
import { TEXT as ADAM_BIAS } from '../../src/widgets/adam-bias/text';
import { TEXT as ADAMW_DECAY } from '../../src/widgets/adamw-decay/text';
import { TEXT as ADAM_RACE } from '../../src/widgets/adam-race/text';
import { TEXT as MOMENTUM_NESTEROV } from '../../src/widgets/momentum-nesterov/text';

/**
 * Chinese sentences take full-width punctuation: an ASCII comma, semicolon, colon or parenthesis
 * right against a Chinese character is a typo. Formulas, code, numbers and coordinates like
 * (−4, 4) keep their ASCII punctuation, so those are taken out before looking.
 */
const HAN = '\\p{Script=Han}';
const ASCII_AGAINST_HAN = new RegExp(`${HAN}[,;:!?()]|[,;:!?()]${HAN}`, 'u');

/** Every string under a `zh` key, however deep. */
function zhStrings(value: unknown, inZh = false): string[] {
  if (typeof value === 'string') return inZh ? [value] : [];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) => zhStrings(v, inZh || key === 'zh'));
}

/** The prose of a Chinese MDX article: no front matter, imports, code, math, expressions or link targets. */
function prose(mdx: string): string[] {
  const body = mdx.replace(/^---[\s\S]*?\n---\n/, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/\$\$[\s\S]*?\$\$/g, '')
    .replace(/^import .*$/gm, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
  return body.split(/\n{2,}/).map((paragraph) => paragraph
    .replace(/\$[^$]*\$/g, ' ∑ ')
    .replace(/`[^`]*`/g, ' ∑ ')
    .replace(/\{[^{}]*(\{[^{}]*\}[^{}]*)*\}/g, ' ∑ ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]*>/g, ' '));
}

const widgetStrings = zhStrings({ EWMA, GAMMA, PLAYGROUND, RATES, SCENARIOS, INSPECTOR, TRAJECTORY, NOISE, ROTATION, MOMENTUM_RACE, MOMENTUM_ROOTS, MOMENTUM_NESTEROV, ADAGRAD_ACCUMULATOR, ADAGRAD_SPARSE, ADAM_BIAS, ADAMW_DECAY, ADAM_RACE, CONTROL_TEXT, FUNCTION_NAMES, UI });
const articles = readdirSync(new URL('../../src/content/articles/zh/', import.meta.url))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => ({ name, text: readFileSync(new URL(`../../src/content/articles/zh/${name}`, import.meta.url), 'utf8') }));

describe('Chinese text', () => {
  it('finds the strings it checks', () => {
    expect(widgetStrings.length).toBeGreaterThan(80);
    expect(articles.map((a) => a.name).sort()).toEqual(['adagrad.mdx', 'adam.mdx', 'ewma.mdx', 'momentum.mdx', 'rmsprop.mdx']);
  });

  it('uses full-width punctuation in the widgets’ sentences', () => {
    const bad = widgetStrings.filter((s) => ASCII_AGAINST_HAN.test(s.replace(/\{\w+\}/g, ' ')));
    expect(bad).toEqual([]);
  });

  it.each(articles)('uses full-width punctuation in the prose of $name', ({ text }) => {
    const bad = prose(text).filter((p) => ASCII_AGAINST_HAN.test(p));
    expect(bad).toEqual([]);
  });

  it.each(articles)('does not break a Chinese paragraph between two Chinese characters in $name', ({ text }) => {
    // A line break inside a paragraph becomes a space in HTML: "句子。 下一句" in Chinese.
    const broken = text.split('\n').flatMap((line, i, lines) => {
      const next = lines[i + 1] ?? '';
      return /[\p{Script=Han}，。；：）」”]$/u.test(line) && /^[\p{Script=Han}（「“]/u.test(next) ? [`${line}⏎${next}`] : [];
    });
    expect(broken).toEqual([]);
  });

  it('calls η/(√s + ε) 有效学习率 and |Δθ| 每步位移, never 步长', () => {
    const all = [...widgetStrings, ...articles.map((a) => a.text)];
    expect(all.filter((s) => s.includes('步长'))).toEqual([]);
    expect(all.some((s) => s.includes('有效学习率 η/(√s + ε)'))).toBe(true);
    expect(all.some((s) => s.includes('每步位移 |Δx|'))).toBe(true);
  });

  it('runs a figure’s sentences together without the space English puts between them', () => {
    expect(sentences('zh', '第一句。', '第二句。')).toBe('第一句。第二句。');
    expect(sentences('en', 'One.', 'Two.')).toBe('One. Two.');
  });
});
