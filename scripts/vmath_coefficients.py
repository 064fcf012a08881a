"""Polynomial coefficients of the vector `tanh` and `atan` kernels
(native/src/kernels/vmath/tanh.rs and atan.rs).

Each polynomial interpolates its function at the Chebyshev nodes of the
interval (mpmath's `chebyfit`, near-minimax), computed with 60 significant
digits; the coefficients are then rounded to the target type, and the error
of the rounded polynomial is measured on a dense grid (exact arithmetic, so
the rounding of the evaluation itself is not included). The printed arrays
are the Rust constants, lowest degree first.

Run: python scripts/vmath_coefficients.py   (needs mpmath; the build does not)
"""

import struct

import mpmath as mp

mp.mp.dps = 60


def round_to(x, bits):
    """`x` rounded to float64 (bits=64) or float32 (bits=32)."""
    d = float(x)
    if bits == 32:
        d = struct.unpack('f', struct.pack('f', d))[0]
    return d


def fit(g, lo, hi, degree, bits, weight):
    """Near-minimax fit of `g` on [lo, hi]; returns rounded coefficients and
    the largest of weight(t)·|g(t) − p(t)| on a grid."""
    coefs = mp.chebyfit(g, [lo, hi], degree + 1, asc=True)
    rounded = [round_to(c, bits) for c in coefs]
    worst = mp.mpf(0)
    n = 4000
    for i in range(n + 1):
        t = lo + (hi - lo) * mp.mpf(i) / n
        if t == 0:
            continue
        p = mp.polyval([mp.mpf(c) for c in reversed(rounded)], t)
        worst = max(worst, weight(t) * abs(g(t) - p))
    return rounded, worst


def literal(d, ty):
    """The shortest decimal that reads back as `d` in type `ty`."""
    if ty == 'f64':
        return repr(d)
    for digits in range(1, 12):
        s = f'{d:.{digits}g}'
        if round_to(float(s), 32) == d:
            return s if ('.' in s or 'e' in s) else s + '.0'
    raise ValueError(d)


def fmt(name, ty, coefs, err, note):
    lines = [f'// {note}: weighted error {mp.nstr(err, 3)} = 2^{mp.nstr(mp.log(err, 2), 4)}']
    lines.append(f'const {name}: [{ty}; {len(coefs)}] = [')
    for c in coefs:
        lines.append(f'    {literal(c, ty)},')
    lines.append('];')
    return '\n'.join(lines)


def hi_lo(name, c):
    """`c` as the bits of hi + lo in float64 and float32."""
    hi = float(c)
    lo = float(c - mp.mpf(hi))
    h32 = round_to(c, 32)
    l32 = round_to(c - mp.mpf(h32), 32)
    b64 = [struct.unpack('<Q', struct.pack('<d', v))[0] for v in (hi, lo)]
    b32 = [struct.unpack('<I', struct.pack('<f', v))[0] for v in (h32, l32)]
    return (
        f'// {name}: float64 hi {b64[0]:#018x} lo {b64[1]:#018x}; '
        f'float32 hi {b32[0]:#010x} lo {b32[1]:#010x}'
    )


def atan_tail(z):
    """(atan(v) − v)/v³ as a function of z = v² (its limit −1/3 at 0)."""
    if z < mp.mpf('1e-30'):
        return -mp.mpf(1) / 3 + z / 5
    v = mp.sqrt(z)
    return (mp.atan(v) - v) / (v * z)


def tanh_tail(z):
    """(tanh(x) − x)/x³ as a function of z = x² (its limit −1/3 at 0)."""
    if z < mp.mpf('1e-30'):
        return -mp.mpf(1) / 3 + 2 * z / 15
    x = mp.sqrt(z)
    return (mp.tanh(x) - x) / (x * z)


def expm1_tail(r):
    """(e^r − 1 − r)/r² (its limit 1/2 at 0)."""
    if abs(r) < mp.mpf('1e-30'):
        return mp.mpf(1) / 2 + r / 6
    return (mp.expm1(r) - r) / (r * r)


def main():
    # atan(v) = v + v·z·P(z), z = v², |v| ≤ 7/16 (the widest reduced interval):
    # the error of the result relative to atan(v) is about z·|ΔP|.
    zmax = (mp.mpf(7) / 16) ** 2
    for deg, bits, name, ty in [(11, 64, 'ATAN_P64', 'f64'), (5, 32, 'ATAN_P32', 'f32')]:
        c, e = fit(atan_tail, mp.mpf(0), zmax, deg, bits, lambda z: z)
        print(fmt(name, ty, c, e, f'atan tail, degree {deg} in z on [0, (7/16)²]'))
    # expm1(r) = r + r²·q(r), |r| ≤ ln2/2 (float64 tanh): error relative to
    # expm1(r) ≈ r is about |r|·|Δq|.
    h = mp.log(2) / 2 * (1 + mp.mpf('1e-6'))
    c, e = fit(expm1_tail, -h, h, 10, 64, lambda r: abs(r) / abs(mp.expm1(r)) * abs(r))
    print(fmt('EXPM1_Q64', 'f64', c, e, 'expm1 tail, degree 10 on |r| ≤ ln2/2'))
    c, e = fit(expm1_tail, -h, h, 5, 32, lambda r: abs(r) / abs(mp.expm1(r)) * abs(r))
    print(fmt('EXPM1_Q32', 'f32', c, e, 'expm1 tail, degree 5 on |r| ≤ ln2/2'))
    # float32 tanh(x) = x + x·z·P(z) for |x| < 0.625: error relative to tanh ≈ z·|ΔP|.
    c, e = fit(tanh_tail, mp.mpf(0), mp.mpf('0.625') ** 2, 5, 32, lambda z: z)
    print(fmt('TANH_P32', 'f32', c, e, 'tanh tail, degree 5 in z on [0, 0.625²]'))
    # The constants of the atan reduction, as hi + lo pairs.
    print(hi_lo('π/2', mp.pi / 2))
    print(hi_lo('π/4', mp.pi / 4))
    print(hi_lo('atan(1/2)', mp.atan(mp.mpf(1) / 2)))


if __name__ == '__main__':
    main()
