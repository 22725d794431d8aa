/**
 * Values from a query string, read without trusting them: each reader returns undefined for
 * anything it does not accept, so the caller falls back to a default and nothing throws. Pure.
 */

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A finite number from a string or number, or undefined for anything else ('', 'NaN', '1e400', '0x10', objects). */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.length > 40 || !NUMBER.test(value.trim())) return undefined;
  const n = Number(value.trim());
  return Number.isFinite(n) ? n : undefined;
}

/** true or false from a boolean, '1'/'0' or 'true'/'false'; undefined for anything else. */
export function toFlag(value: unknown): boolean | undefined {
  if (value === true || value === '1' || value === 'true') return true;
  if (value === false || value === '0' || value === 'false') return false;
  return undefined;
}

/** A number written so that `toNumber` reads back the same double (shortest round trip; −0 as 0). */
export const exactNumber = (value: number): string => String(value === 0 ? 0 : value);
