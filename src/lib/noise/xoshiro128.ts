/**
 * A seeded source of 32-bit integers made only of 32-bit integer operations, so Python re-creates it
 * exactly with `& 0xFFFFFFFF` masks (see `python.ts`): xoshiro128** 1.1 (Blackman and Vigna,
 * https://prng.di.unimi.it/xoshiro128starstar.c), whose 128-bit state is filled from the seed by
 * SplitMix32 (a golden-ratio Weyl sequence through MurmurHash3's 32-bit finaliser).
 */

const rotl = (x: number, k: number) => (x << k) | (x >>> (32 - k));

/** xoshiro128** from an explicit state of four 32-bit words, not all zero. */
export function xoshiro128StarStar(state: readonly [number, number, number, number]): () => number {
  let [s0, s1, s2, s3] = state;
  return () => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  };
}

/**
 * Four SplitMix32 outputs from the seed. The finaliser is a bijection on 32-bit words and its four
 * inputs differ, so at most one word is 0 and the state is never all zero.
 */
export function splitMix32State(seed: number): [number, number, number, number] {
  let weyl = seed >>> 0;
  const words: [number, number, number, number] = [0, 0, 0, 0];
  for (let i = 0; i < 4; i++) {
    weyl = (weyl + 0x9e3779b9) >>> 0;
    let z = weyl;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    words[i] = (z ^ (z >>> 16)) >>> 0;
  }
  return words;
}

/** Uniform 32-bit integers from a seed in 0…2³² − 1. */
export function createUint32(seed: number): () => number {
  return xoshiro128StarStar(splitMix32State(seed));
}
