"""Polynomial coefficients of the vector `sin` and `cos` kernels
(native/src/kernels/vmath/sincos.rs).

Both reduce by π/2 (|r| ≤ π/4 + 2^-20, the margin for k rounded from a
rounded x·2/π), with the π/2 parts of `tan.rs` (its π/4 parts doubled).

sin(r) = r + r·z·S(z) and cos(r) = 1 − z/2 + z²·C(z), z = r². S
interpolates (sin(r) − r)/r³ and C interpolates (cos(r) − 1 + z/2)/z² at
the Chebyshev nodes of z (mpmath's `chebyfit`, near-minimax) in 60-digit
arithmetic; the coefficients are rounded to float64 (the float32 kernels
also evaluate in float64) and the error of the rounded polynomial relative
to sin r (r·z·|S − S_exact|/sin r) and to cos r (z²·|C − C_exact|/cos r),
with exact evaluation, is measured on a grid of 4001 points.

Run: .venv-oracle/bin/python scripts/vmath_sincos_coefficients.py   (needs mpmath ≥ 1.4)
"""

import mpmath as mp

mp.mp.dps = 60


def sin_tail(z):
    """(sin(r) − r)/r³ as a function of z = r² (its limit −1/6 at 0)."""
    if z < mp.mpf('1e-30'):
        return -mp.mpf(1) / 6 + z / 120
    r = mp.sqrt(z)
    return (mp.sin(r) - r) / (r * z)


def cos_tail(z):
    """(cos(r) − 1 + z/2)/z² as a function of z = r² (its limit 1/24 at 0)."""
    if z < mp.mpf('1e-30'):
        return mp.mpf(1) / 24 - z / 720
    r = mp.sqrt(z)
    return (mp.cos(r) - 1 + z / 2) / (z * z)


def fit(tail, weight, degree, rmax):
    zmax = (rmax + mp.mpf(2) ** -20) ** 2
    coefs = [float(c) for c in mp.chebyfit(tail, [0, zmax], degree + 1, asc=True)]
    poly = [mp.mpf(c) for c in reversed(coefs)]
    worst = mp.mpf(0)
    n = 4000
    for i in range(1, n + 1):
        z = zmax * i / n
        worst = max(worst, weight(z) * abs(tail(z) - mp.polyval(poly, z)))
    return coefs, worst


def sin_weight(z):
    r = mp.sqrt(z)
    return r * z / mp.sin(r)


def cos_weight(z):
    return z * z / mp.cos(mp.sqrt(z))


def main():
    for name, tail, weight, degree in [
        ('S64', sin_tail, sin_weight, 6),
        ('C64', cos_tail, cos_weight, 6),
        ('S32', sin_tail, sin_weight, 3),
        ('C32', cos_tail, cos_weight, 3),
    ]:
        coefs, err = fit(tail, weight, degree, mp.pi / 4)
        print(f'// {name}: degree {degree} in z on [0, (π/4 + 2^-20)²]: '
              f'relative error < {mp.nstr(err, 3)} = 2^{mp.nstr(mp.log(err, 2), 4)}')
        print(f'const {name}: [f64; {len(coefs)}] = [')
        for c in coefs:
            print(f'    {c!r},')
        print('];')


if __name__ == '__main__':
    main()
