import { describe, expect, it } from 'vitest';
import { carriesSettings, comparisonDefaults, parseSettings, serializeSettings } from '../../src/widgets/kit/comparison';

describe('parseSettings', () => {
  it('returns the source article’s settings for an empty hash', () => {
    expect(parseSettings('')).toEqual(comparisonDefaults);
  });

  it('reads a shared link back exactly', () => {
    expect(parseSettings('#fn=beale&lr=0.02&gamma=0.99&eps=1e-6&steps=250&x=1.5&y=-2&epsIn=1&centered=1&momentum=0.9')).toEqual({
      fn: 'beale', lr: 0.02, gamma: 0.99, eps: 1e-6, steps: 250, x: 1.5, y: -2, epsInSqrt: true, centered: true, momentum: 0.9,
    });
  });

  it('reads a link from before RMSProp’s options existed as plain RMSProp', () => {
    const s = parseSettings('?fn=wavy&lr=0.5&gamma=0.9&eps=1e-8&steps=100&x=-4&y=4&epsIn=0');
    expect([s.centered, s.momentum]).toEqual([false, 0]);
  });

  const junk: [string, string, Partial<typeof comparisonDefaults>][] = [
    ['NaN', 'lr=NaN', { lr: 0.1 }],
    ['an overflowing number', 'lr=1e400', { lr: 0.1 }],
    ['an empty value', 'lr=&gamma=', { lr: 0.1, gamma: 0.9 }],
    ['Infinity', 'eps=Infinity', { eps: 1e-8 }],
    ['a hex number', 'steps=0x10', { steps: 100 }],
    ['a word', 'x=abc&y=--1', { x: -4, y: 4 }],
    ['an inherited name as the function', 'fn=toString', { fn: 'wavy' }],
    ['__proto__ as the function', 'fn=__proto__', { fn: 'wavy' }],
    ['__proto__ as a key', '__proto__=1&constructor=2', {}],
    ['an unknown flag', 'epsIn=yes', { epsInSqrt: false }],
    ['script', 'fn=<script>alert(1)</script>', { fn: 'wavy' }],
    ['an unknown centered flag', 'centered=on', { centered: false }],
    ['centered given as a word', 'centered=constructor', { centered: false }],
    ['NaN momentum', 'momentum=NaN', { momentum: 0 }],
    ['an overflowing momentum', 'momentum=1e999', { momentum: 0 }],
    ['momentum as a word', 'momentum=fast', { momentum: 0 }],
  ];
  it.each(junk)('falls back to the default for %s', (_, hash, expected) => {
    expect(parseSettings(`#${hash}`)).toEqual({ ...comparisonDefaults, ...expected });
  });

  const clamped: [string, string, Partial<typeof comparisonDefaults>][] = [
    ['a huge learning rate', 'lr=1e9', { lr: 10 }],
    ['a negative learning rate', 'lr=-1', { lr: 1e-3 }],
    ['γ = 1', 'gamma=1', { gamma: 0.999 }],
    ['a tiny ε', 'eps=1e-300', { eps: 1e-10 }],
    ['a fractional step count', 'steps=12.6', { steps: 13 }],
    ['too many steps', 'steps=100000', { steps: 500 }],
    ['a start far outside the view', 'x=1e6&y=-1e6', { x: 5, y: -5 }],
    ['momentum 1 (a buffer that never forgets)', 'momentum=1', { momentum: 0.99 }],
    ['a negative momentum', 'momentum=-0.5', { momentum: 0 }],
  ];
  it.each(clamped)('clamps %s into range', (_, hash, expected) => {
    expect(parseSettings(hash)).toEqual({ ...comparisonDefaults, ...expected });
  });

  it('starts another function at its own default start', () => {
    const s = parseSettings('fn=rosenbrock');
    expect([s.x, s.y]).toEqual([-1.5, 2]);
  });

  it('clamps the start to the chosen function’s view box', () => {
    const s = parseSettings('fn=rosenbrock&x=-4&y=4');
    expect([s.x, s.y]).toEqual([-2, 3]);
  });

  it('never throws for hostile input', () => {
    for (const hash of [undefined, null, 42, {}, '%', '%E0%A4%A', '#'.repeat(5000), '&&&==', '#a=1&a=2']) {
      expect(() => parseSettings(hash)).not.toThrow();
    }
  });
});

describe('serializeSettings', () => {
  it('writes the defaults as the documented link', () => {
    expect(serializeSettings(comparisonDefaults)).toBe('fn=wavy&lr=0.1&gamma=0.9&eps=1e-8&steps=100&x=-4&y=4&epsIn=0&centered=0&momentum=0');
  });

  it('round-trips through parseSettings', () => {
    const settings = { fn: 'himmelblau', lr: 0.0123457, gamma: 0.5, eps: 1e-10, steps: 7, x: 0.25, y: -3, epsInSqrt: true, centered: true, momentum: 0.95 } as const;
    expect(parseSettings(serializeSettings(settings))).toEqual(settings);
    const plain = { ...settings, centered: false, momentum: 0.3 };
    expect(parseSettings(serializeSettings(plain))).toEqual(plain);
  });
});

describe('links in the query string', () => {
  it('reads ?query and #hash alike, so old links still open', () => {
    const query = 'fn=beale&lr=0.02&gamma=0.99&eps=1e-6&steps=250&x=1.5&y=-2&epsIn=1';
    expect(parseSettings(`?${query}`)).toEqual(parseSettings(`#${query}`));
    expect(parseSettings(`?${query}`).fn).toBe('beale');
  });

  it('tells a settings link from a section anchor', () => {
    expect(carriesSettings('?lr=0.5')).toBe(true);
    expect(carriesSettings('?momentum=0.9')).toBe(true);
    expect(carriesSettings('?centered=1')).toBe(true);
    expect(carriesSettings('#fn=wavy&lr=0.1')).toBe(true);
    expect(carriesSettings('#when-the-gradient-vanishes')).toBe(false);
    expect(carriesSettings('?utm_source=feed')).toBe(false);
  });
});
