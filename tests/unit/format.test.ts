import { describe, expect, it } from 'vitest';
import { fill, fmt, formatNumber, linearTick, NNBSP, paren, powerTick } from '../../src/widgets/kit/format';

describe('formatNumber', () => {
  const cases: [number, string][] = [
    [0, '0'],
    [0.1, '0.1'],
    [-4, '−4'],
    [1.23456, '1.23'],
    [0.001234, '0.00123'],
    [999.94, '1000'],
    [1234.5, '1230'],
    [13_600, `13${NNBSP}600`],
    [99_999, '10⁵'],
    [123_456, '1.23×10⁵'],
    [16_000_000, '1.6×10⁷'],
    [1e-8, '10⁻⁸'],
    [4.9e-5, '4.9×10⁻⁵'],
    [-0.05, '−0.05'],
  ];
  it.each(cases)('writes %s as %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it('never prints NaN or Infinity', () => {
    for (const v of [NaN, Infinity, -Infinity, null, undefined]) expect(formatNumber(v)).toBe('—');
  });

  it('prints values below 1e-12 of the scale as 0, with no exponent soup', () => {
    expect(formatNumber(4.9e-20)).toBe('0');
    expect(formatNumber(-2.96e-323)).toBe('0');
    expect(formatNumber(3e-10, { scale: 1e3 })).toBe('0');
    expect(formatNumber(3e-10, { scale: 1 })).toBe('3×10⁻¹⁰');
  });

  it('uses the same style from 1 000 to 99 999 as beyond (no 1.35e+4)', () => {
    for (let v = 1000; v < 1e7; v *= 1.37) expect(formatNumber(v)).not.toMatch(/e/);
  });

  it('uses a real minus sign and no breakable space', () => {
    for (const v of [-1e-7, -0.5, -12_345, -3e9]) {
      const text = formatNumber(v);
      expect(text.startsWith('−')).toBe(true);
      expect(text).not.toMatch(/[- ]/);
    }
  });

  it('honours the digits asked for', () => {
    expect(fmt(Math.PI, 5)).toBe('3.1416');
    expect(fmt(0.123456, 2)).toBe('0.12');
  });
});

describe('helpers', () => {
  it('parenthesises negatives after an operator', () => {
    expect(paren(-1.2)).toBe('(−1.2)');
    expect(paren(1.2)).toBe('1.2');
  });

  it('writes log-axis ticks as powers of ten at the ends and plain numbers between', () => {
    expect(powerTick(-3)).toBe('10⁻³');
    expect(powerTick(4)).toBe('10⁴');
    expect(powerTick(0)).toBe('1');
    expect(powerTick(Math.log10(0.03))).toBe('0.03');
    expect(powerTick(Math.log10(20))).toBe('20');
    expect(powerTick(NaN)).toBe('');
  });

  it('writes linear ticks in the readout style', () => {
    expect(linearTick(-2)).toBe('−2');
    expect(linearTick(0.5)).toBe('0.5');
  });

  it('fills named slots and leaves unknown ones empty', () => {
    expect(fill('{name}, step {t}', { name: 'RMSProp', t: 7 })).toBe('RMSProp, step 7');
    expect(fill('{missing}!', {})).toBe('!');
  });
});
