/**
 * A reproducible noisy signal for the EWMA figure: a slow wave around 12 plus
 * Gaussian noise. Seeded, so the build-time SVG and the live chart agree.
 * Pure: runs on the server (static figure) and in the browser (live chart).
 */
export interface NoisySeriesOptions {
  /** How many points θ_1 … θ_n. */
  steps: number;
  /** Seed of the pseudo-random noise; same seed, same series. */
  seed: number;
}

/** mulberry32: a tiny, good-enough PRNG returning numbers in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function noisySeries({ steps, seed }: NoisySeriesOptions): number[] {
  const random = mulberry32(seed);
  // Box–Muller: two uniforms → one standard normal.
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Array.from({ length: steps }, (_, i) => 12 + 4 * Math.sin((2 * Math.PI * (i + 1)) / 60) + 2 * gaussian());
}
