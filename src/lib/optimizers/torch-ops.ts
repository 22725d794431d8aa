/**
 * Element-wise operations spelled as PyTorch's CPU kernels compute them in float64, so that our
 * updates round exactly where torch's do (without fused multiply-adds; see the fixtures' generator).
 */

/**
 * `start.lerp_(end, weight)`: two formulas, chosen by |weight| < 0.5, so the result is exact at
 * either end. Adam, AdamW, NAdam and RAdam update their first moment with it (PyTorch ≥ 2.0).
 */
export function lerp(start: number, end: number, weight: number): number {
  return Math.abs(weight) < 0.5 ? start + weight * (end - start) : end - (end - start) * (1 - weight);
}

/** `average.mul_(decay).addcmul_(g, g, value=1 − decay)`: addcmul multiplies value·g first, then by g. */
export function decayedSquare(average: number, decay: number, g: number): number {
  return average * decay + ((1 - decay) * g) * g;
}
