/**
 * The Python source of `createNormal`, for a script that must add the same noise as the page: each
 * line mirrors one in `xoshiro128.ts` and `normal.ts`, with integers masked to 32 bits and floats in
 * the same order of operations, so `Normal(seed)()` returns the same doubles, bit for bit (a unit
 * test runs it). Needs only `import math`, which the source includes.
 */
export function normalPythonSource(): string {
  return `import math

# Standard normal draws identical, bit for bit, to Optimizer Lab's createNormal(seed):
# xoshiro128** seeded by SplitMix32, 53-bit uniforms, Marsaglia's polar method, and a
# logarithm in plain arithmetic (libm's log differs in the last bit between platforms).
MASK32 = 0xFFFFFFFF
LN2 = 0.6931471805599453
SQRT_HALF = 0.7071067811865476


def _rotl(x, k):
    return ((x << k) | (x >> (32 - k))) & MASK32


def _portable_log(s):
    k = 0
    m = s
    while m < SQRT_HALF:
        m = m * 2
        k = k - 1
    z = (m - 1) / (m + 1)
    z2 = z * z
    p = 0.0
    for n in range(11, -1, -1):
        p = p * z2 + 1 / (2 * n + 1)
    return k * LN2 + 2 * z * p


class Normal:
    """Normal(seed)() returns the next N(0, 1) draw; seed is an integer in 0..2**32 - 1."""

    def __init__(self, seed):
        weyl = seed & MASK32
        words = []
        for _ in range(4):
            weyl = (weyl + 0x9E3779B9) & MASK32
            z = weyl
            z = ((z ^ (z >> 16)) * 0x85EBCA6B) & MASK32
            z = ((z ^ (z >> 13)) * 0xC2B2AE35) & MASK32
            words.append(z ^ (z >> 16))
        self.state = words
        self.spare = None

    def uint32(self):
        s0, s1, s2, s3 = self.state
        result = (_rotl((s1 * 5) & MASK32, 7) * 9) & MASK32
        t = (s1 << 9) & MASK32
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = _rotl(s3, 11)
        self.state = [s0, s1, s2, s3]
        return result

    def uniform(self):
        high = self.uint32() >> 5
        low = self.uint32() >> 6
        return (high * 67108864 + low) / 9007199254740992

    def __call__(self):
        if self.spare is not None:
            draw, self.spare = self.spare, None
            return draw
        while True:
            u = 2 * self.uniform() - 1
            v = 2 * self.uniform() - 1
            s = u * u + v * v
            if 0 < s < 1:
                break
        f = math.sqrt(-2 * _portable_log(s) / s)
        self.spare = v * f
        return u * f
`;
}
