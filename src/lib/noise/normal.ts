import { createUint32 } from './xoshiro128';

const TWO_POW_26 = 2 ** 26;
const TWO_POW_53 = 2 ** 53;
const LN2 = 0.6931471805599453;
const SQRT_HALF = 0.7071067811865476;
/** 1/(2n + 1) for n = 0…11, each a correctly rounded division, the same doubles Python's 1 / (2 * n + 1) gives. */
const ODD_RECIPROCALS = Array.from({ length: 12 }, (_, n) => 1 / (2 * n + 1));

/** A uniform number in [0, 1) with 53 random bits from two 32-bit draws (as MT19937's genrand_res53). */
export function uniform53(nextUint32: () => number): number {
  const high = nextUint32() >>> 5;
  const low = nextUint32() >>> 6;
  return (high * TWO_POW_26 + low) / TWO_POW_53;
}

/**
 * ln s for 0 < s < 1 in plain IEEE arithmetic. Math.log (fdlibm in V8) and glibc's log disagree in
 * the last bit for about 7% of inputs, so a Python twin calling math.log would drift; this one rounds
 * identically in any language: s = m·2ᵏ with m in [√½, √2), exactly, then
 * ln m = 2·atanh((m − 1)/(m + 1)) summed to 12 terms (|z| ≤ 0.172, so the tail is below 1e-18).
 */
export function portableLog(s: number): number {
  let k = 0;
  let m = s;
  while (m < SQRT_HALF) {
    m = m * 2;
    k = k - 1;
  }
  const z = (m - 1) / (m + 1);
  const z2 = z * z;
  let p = 0;
  for (let n = 11; n >= 0; n--) p = p * z2 + ODD_RECIPROCALS[n];
  return k * LN2 + 2 * z * p;
}

/**
 * Standard normal draws from a seed: Marsaglia's polar method, which needs only a logarithm and a
 * square root (both exact across languages here), on pairs of uniforms in (−1, 1). Each accepted pair
 * gives two draws, u·f then v·f; so draws 2k − 1 and 2k always come from one pair.
 */
export function createNormal(seed: number): () => number {
  const nextUint32 = createUint32(seed);
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const draw = spare;
      spare = null;
      return draw;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * uniform53(nextUint32) - 1;
      v = 2 * uniform53(nextUint32) - 1;
      s = u * u + v * v;
    } while (!(s > 0 && s < 1));
    const f = Math.sqrt((-2 * portableLog(s)) / s);
    spare = v * f;
    return u * f;
  };
}
