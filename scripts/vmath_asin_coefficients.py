"""Polynomial coefficients of the vector `arcsin`/`arccos` kernels
(native/src/kernels/vmath/asin.rs).

asin(s) = s + s·z·P(z), z = s², s ∈ [0, 1/2]. P interpolates
(asin(s) − s)/s³ at the Chebyshev nodes of z ∈ [0, 1/4] (mpmath's
`chebyfit`, near-minimax), computed with 60 significant digits; the
coefficients are then rounded to float64 (both kernels evaluate in float64)
and the error z·|P − P_exact| of the rounded polynomial (exact evaluation;
about the error relative to asin(s)) is measured on a grid of 8001 points.
The printed arrays are the Rust constants, lowest degree first.

Run: .venv-oracle/bin/python scripts/vmath_asin_coefficients.py   (needs mpmath ≥ 1.4)
"""

import mpmath as mp

mp.mp.dps = 60


def asin_tail(z):
    """(asin(s) − s)/s³ as a function of z = s² (its limit 1/6 at 0)."""
    if z < mp.mpf('1e-30'):
        return mp.mpf(1) / 6 + 3 * z / 40
    s = mp.sqrt(z)
    return (mp.asin(s) - s) / (s * z)


def fit(degree):
    zmax = mp.mpf(1) / 4
    coefs = [float(c) for c in mp.chebyfit(asin_tail, [0, zmax], degree + 1, asc=True)]
    poly = [mp.mpf(c) for c in reversed(coefs)]
    worst = mp.mpf(0)
    n = 8000
    for i in range(1, n + 1):
        z = zmax * i / n
        worst = max(worst, z * abs(asin_tail(z) - mp.polyval(poly, z)))
    return coefs, worst


def main():
    for name, degree in [('P64', 12), ('P32', 6)]:
        coefs, err = fit(degree)
        print(f'// asin tail, degree {degree} in z on [0, 1/4]: '
              f'z·|ΔP| < {mp.nstr(err, 3)} = 2^{mp.nstr(mp.log(err, 2), 4)}')
        print(f'const {name}: [f64; {len(coefs)}] = [')
        for c in coefs:
            print(f'    {c!r},')
        print('];')


if __name__ == '__main__':
    main()
