"""Polynomial coefficients and reduction constants of the vector `tan`
kernel (native/src/kernels/vmath/tan.rs).

tan(r) = r + r·z·P(z), z = r². Float64 reduces by π/4 (|r| ≤ π/8 + 2^-20,
the margin for k rounded from a rounded x·4/π), float32 by π/2
(|r| ≤ π/4 + 2^-20). P interpolates (tan(r) − r)/r³ at the Chebyshev nodes
of z (mpmath's `chebyfit`, near-minimax) in 60-digit arithmetic; the
coefficients are rounded to float64 (both kernels evaluate in float64) and
the error r·z·|P − P_exact|/tan(r) of the rounded polynomial (exact
evaluation: the error relative to tan r) is measured on a grid of 4001
points.

Also prints π/4 split into three 32-bit parts and a 53-bit fourth (float64
reduction: k·C1, k·C2, k·C3 exact for k < 2^21), π/2 split into a 33-bit
part and a 53-bit rest (float32 reduction, in float64), and the smallest
|x − kπ/2| over the doubles/floats x nearest to kπ/2, k < 2^20 (the worst
cancellation of either reduction where the result is near 0 or ±inf).

Run: .venv-oracle/bin/python scripts/vmath_tan_coefficients.py   (needs mpmath ≥ 1.4)
"""

import math

import mpmath as mp

mp.mp.dps = 60


def tan_tail(z):
    """(tan(r) − r)/r³ as a function of z = r² (its limit 1/3 at 0)."""
    if z < mp.mpf('1e-30'):
        return mp.mpf(1) / 3 + 2 * z / 15
    r = mp.sqrt(z)
    return (mp.tan(r) - r) / (r * z)


def fit(degree, rmax):
    zmax = (rmax + mp.mpf(2) ** -20) ** 2
    coefs = [float(c) for c in mp.chebyfit(tan_tail, [0, zmax], degree + 1, asc=True)]
    poly = [mp.mpf(c) for c in reversed(coefs)]
    worst = mp.mpf(0)
    n = 4000
    for i in range(1, n + 1):
        z = zmax * i / n
        r = mp.sqrt(z)
        worst = max(worst, r * z * abs(tan_tail(z) - mp.polyval(poly, z)) / mp.tan(r))
    return coefs, worst


def split(c, bits):
    """`c` rounded toward zero to `bits` significant bits."""
    e = int(mp.floor(mp.log(abs(c), 2)))
    scale = mp.mpf(2) ** (bits - 1 - e)
    return float(mp.floor(c * scale) / scale)


def min_reduced(bits):
    """min |x − kπ/2| over k < 2^20, x the `bits`-bit float nearest kπ/2."""
    f = 300
    p = int(mp.floor(mp.pi / 2 * mp.mpf(2) ** f))
    best = 1.0
    for k in range(1, 1 << 20):
        big = k * p
        e = big.bit_length() - 1 - f
        sh = f + e - (bits - 1)
        rem = big % (1 << sh)
        d = min(rem, (1 << sh) - rem) / 2.0**f
        if 0 < d < best:
            best = d
    return best


def main():
    for name, degree, rmax, what in [
        ('P64', 9, mp.pi / 8, 'π/8'),
        ('P32', 8, mp.pi / 4, 'π/4'),
    ]:
        coefs, err = fit(degree, rmax)
        print(f'// tan tail, degree {degree} in z on [0, ({what} + 2^-20)²]: '
              f'relative error < {mp.nstr(err, 3)} = 2^{mp.nstr(mp.log(err, 2), 4)}')
        print(f'const {name}: [f64; {len(coefs)}] = [')
        for c in coefs:
            print(f'    {c!r},')
        print('];')
    pio4 = mp.pi / 4
    c1 = split(pio4, 32)
    c2 = split(pio4 - c1, 32)
    c3 = split(pio4 - c1 - c2, 32)
    c4 = float(pio4 - c1 - c2 - c3)
    print('// π/4 = C1 + C2 + C3 + C4 (float64 reduction)')
    for n, c in [('C1', c1), ('C2', c2), ('C3', c3), ('C4', c4)]:
        print(f'const {n}: f64 = {c!r};')
    pio2 = mp.pi / 2
    c1 = split(pio2, 33)
    print('// π/2 = C1_32 + C2_32 (float32 reduction in float64)')
    print(f'const C1_32: f64 = {c1!r};')
    print(f'const C2_32: f64 = {float(pio2 - c1)!r};')
    for bits in (53, 24):
        print(f'// min |x − kπ/2|, {bits}-bit x, k < 2^20: 2^{math.log2(min_reduced(bits)):.2f}')


if __name__ == '__main__':
    main()
