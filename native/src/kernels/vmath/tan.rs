//! `tan` of float64 and float32.
//!
//! **Reduction (float64).** `tan` is odd: the core works on `a = |x|` and
//! puts the sign back. `k = round(a·4/π)` (with the `1.5·2^52` shift),
//! `r = a − k·π/4 ∈ [−π/8, π/8]` (a hair more where `a·4/π` rounds across
//! a half-integer). Cody–Waite with `π/4 = C1 + C2 + C3 + C4`: `C1..C3`
//! have 32 significant bits, so `k·Ci` is exact for `k < 2^21`; `a − k·C1`
//! is exact (Sterbenz), `− k·C2` and `− k·C3` are exact sums ([`two_sum`])
//! and `k·C4` is rounded, so `r = r_hi + r_lo` is known to about 2^-128
//! absolute (π/4 to 149 bits). Over `|x| < 2^20` (so `k < 2^21`) the
//! smallest `|r|` for even `k` (a multiple of π/2: the result near 0 or
//! ±inf) of any double is `2^-60.5` (`scripts/vmath_tan_coefficients.py`
//! searches every `k`), so `r` is accurate to `2^-67` relative there; for
//! odd `k` the result is near ±1 and absolute accuracy is enough.
//!
//! **Polynomial.** `t = tan r = r + r·z·P(z)`, `z = r²`, `P` of degree 9,
//! near-minimax on `|r| ≤ π/8 + 2^-20` (Chebyshev interpolation, same
//! script: error `< 2^-58.4` relative to `tan r`). `r_lo` enters as
//! `r_lo·(1 + t₀²)` (`t₀` the value without it; the derivative of `tan`).
//! `t = r_hi + tail` is summed exactly (Fast2Sum: `|tail| < 0.06·|r_hi|`)
//! into `t_hi + t_lo`; the small tail keeps its roundings' weight low.
//!
//! **Quadrants.** With `j = k mod 4`, `tan a = N/D`:
//!
//! | `j` | 0 | 1 | 2 | 3 |
//! |---|---|---|---|---|
//! | `N` | `t` | `1 + t` | `−1` | `t − 1` |
//! | `D` | `1` | `1 − t` | `t` | `1 + t` |
//!
//! (`tan(π/4 + r) = (1 + t)/(1 − t)`, `tan(π/2 + r) = −1/t`, …). `1 ± t`
//! are formed as hi + lo ([`two_sum`]), so `N` and `D` are known to about
//! 2^-106 relative; the quotient is `q = N_hi·(1/D_hi)` plus the correction
//! `(N − q·D)/D_hi` with `q·D_hi` exact ([`two_prod`]), so it is rounded
//! about once. `|D| ≥ 0.58` but for `j = 2`, where `|t| ≥ 2^-61`.
//!
//! **Float32** computes in float64 with `k = round(a·2/π)`,
//! `r = a − k·π/2`, `π/2 = C1_32 + C2_32` (`C1_32` of 33 bits, `C2_32` the
//! 53-bit rest: `r` to about 2^-65 absolute, the smallest `|r|` of a float
//! below 2^20 being `2^-27.8`), `tan r` by a degree-8 polynomial on
//! `|r| ≤ π/4 + 2^-20` (error `< 2^-35.4`), `−1/t` for odd `k` in plain
//! float64, and rounds once.
//!
//! **Ranges.** `|x| < 2^20` runs the core, ±0 included; NaN, ±inf
//! (invalid), `|x| ≥ 2^20` and the nonzero subnormals (whose `tan` raises
//! libm's underflow flag) go to the libm fix-up. The float64 tail is
//! dropped for `|r_hi| < 2^-27` (`r³/3` is below 2^-54 of `r` there) and
//! computed from `|r_hi|` clamped up to it, so `r²` never underflows.
//! Range tests are on the bits.
//!
//! No fused multiply-add changes a rounding ([`two_prod`] is exact either
//! way), so every loop gives the same bits.
//!
//! Measured (vmath unit tests `tan_tests`), all within 1 ULP: float64 of
//! glibc on 6.2 million values below 2^20 (every double nearest to a
//! multiple of π/2 included; 99.4% identical; where they differ, mpmath
//! puts this result within 0.62 ULP of the true value, glibc within 0.55);
//! float32 on every 61st bit pattern plus the floats nearest to the
//! multiples of π/2 (42.8 million values in range), of the correctly
//! rounded value (99.999% correctly rounded) and of glibc's `tanf` (99.4%
//! identical). ±0, NaN, ±inf, `|x| ≥ 2^20` and subnormals are libm's bits.
use super::{horner, pick, two_prod, two_sum, VecFn};

/// `P(z) ≈ (tan(r) − r)/r³`, `z = r² ≤ (π/8 + 2^-20)²`, degree 9.
const P64: [f64; 10] = [
    0.3333333333333333,
    0.13333333333333436,
    0.053968253968036554,
    0.021869488554147314,
    0.00886323477512327,
    0.0035921461795620064,
    0.0014555698485959798,
    0.000592400174427785,
    0.00022642166255814163,
    0.00013347701233359254,
];

/// `P(z)` of degree 8 (float32, evaluated in float64).
const P32: [f64; 9] = [
    0.33333333336664034,
    0.13333332459961747,
    0.053968628573035755,
    0.02186334665330705,
    0.008913218604893105,
    0.0033666430627331523,
    0.0020404901479386377,
    -0.00025693139118143144,
    0.0008330247632961836,
];

/// `π/4 = C1 + C2 + C3 + C4`, `C1..C3` of 32 significant bits.
pub(super) const C1: f64 = 0.7853981633670628;
pub(super) const C2: f64 = 3.038550253151983e-11;
pub(super) const C3: f64 = 1.0111331243555832e-21;
pub(super) const C4: f64 = 4.23921383018445e-32;
/// `π/2 = C1_32 + C2_32`, `C1_32` of 33 significant bits (float32).
pub(super) const C1_32: f64 = 1.5707963267341256;
pub(super) const C2_32: f64 = 6.077100506506192e-11;
const INV_PIO4: f64 = 4.0 * std::f64::consts::FRAC_1_PI;
const INV_PIO2: f64 = std::f64::consts::FRAC_2_PI;
/// `1.5·2^52`: adding it rounds to an integer (in the low mantissa bits).
const SHIFT: f64 = 6_755_399_441_055_744.0;

pub(super) const SIGN: u64 = 1 << 63;
/// `2^-27`: below it the float64 tail is dropped.
pub(super) const TINY: f64 = 7.450_580_596_923_828e-9;

/// `(k, k mod 4)`: `k = round(a·c)` as a float (`a·c < 2^51`).
#[inline(always)]
pub(super) fn quadrant(a: f64, c: f64) -> (f64, u64) {
    let t = a * c + SHIFT;
    (t - SHIFT, t.to_bits() & 3)
}

/// The vector range of `tan`, `sin` and `cos` (float64): `|x| < 2^20`,
/// normal or zero; other lanes get 0 and go to libm.
#[inline(always)]
pub(super) fn prep_trig64(x: f64) -> (bool, f64) {
    let a = x.to_bits() & !SIGN;
    let ok = a < 0x4130_0000_0000_0000 && (a >= f64::MIN_POSITIVE.to_bits() || a == 0);
    (ok, if ok { x } else { 0.0 })
}

/// [`prep_trig64`] of float32.
#[inline(always)]
pub(super) fn prep_trig32(x: f32) -> (bool, f32) {
    let a = x.to_bits() & !(1 << 31);
    let ok = a < 0x4980_0000 && (a >= f32::MIN_POSITIVE.to_bits() || a == 0);
    (ok, if ok { x } else { 0.0 })
}

#[inline(always)]
fn tan64<const FMA: bool>(x: f64) -> f64 {
    let sign = x.to_bits() & SIGN;
    let a = f64::from_bits(x.to_bits() & !SIGN);
    let (k, j) = quadrant(a, INV_PIO4);
    let t1 = a - k * C1;
    let (s, e) = two_sum(t1, -(k * C2));
    let (s2, e2) = two_sum(s, -(k * C3));
    let lo = (e + e2) - k * C4;
    let r_hi = s2 + lo;
    let r_lo = lo - (r_hi - s2);
    // The tail from |r_hi| clamped up to TINY (dropped below it).
    let ra = r_hi.to_bits() & !SIGN;
    let tiny = ra < TINY.to_bits();
    let rc = f64::from_bits(ra.max(TINY.to_bits()) | (r_hi.to_bits() & SIGN));
    let z = rc * rc;
    let tp = pick(tiny, 0.0, rc * z * horner!(z, P64));
    // (From the clamped rc: t0² never underflows.)
    let t0 = rc + tp;
    let tail = tp + r_lo * (1.0 + t0 * t0);
    let t_hi = r_hi + tail;
    let t_lo = tail - (t_hi - r_hi);
    // 1 + t and 1 − t as hi + lo.
    let (p_hi, p_lo) = two_sum(1.0, t_hi);
    let p_lo = p_lo + t_lo;
    let (m_hi, m_lo) = two_sum(1.0, -t_hi);
    let m_lo = m_lo - t_lo;
    let (j0, j1, j2) = (j == 0, j == 1, j == 2);
    let n_hi = pick(j0, t_hi, pick(j1, p_hi, pick(j2, -1.0, -m_hi)));
    let n_lo = pick(j0, t_lo, pick(j1, p_lo, pick(j2, 0.0, -m_lo)));
    let d_hi = pick(j0, 1.0, pick(j1, m_hi, pick(j2, t_hi, p_hi)));
    let d_lo = pick(j0, 0.0, pick(j1, m_lo, pick(j2, t_lo, p_lo)));
    let inv = 1.0 / d_hi;
    let q = n_hi * inv;
    let (pp, pe) = two_prod::<FMA>(q, d_hi);
    let res = (((n_hi - pp) - pe) + n_lo) - q * d_lo;
    let r = q + res * inv;
    f64::from_bits(r.to_bits() ^ sign)
}

/// `tan` of float64 (see the module docs).
pub(super) struct Tan64;
impl VecFn for Tan64 {
    type T = f64;
    #[inline(always)]
    fn prep(x: f64) -> (bool, f64) {
        prep_trig64(x)
    }
    #[inline(always)]
    fn core(x: f64) -> f64 {
        tan64::<false>(x)
    }
    #[inline(always)]
    fn core_fma(x: f64) -> f64 {
        // (`two_prod` is exact either way: the same bits as `core`.)
        tan64::<true>(x)
    }
    #[inline(always)]
    fn libm(x: f64) -> f64 {
        x.tan()
    }
}

/// `tan` of float32, computed in float64 and rounded once.
pub(super) struct Tan32;
impl VecFn for Tan32 {
    type T = f32;
    #[inline(always)]
    fn prep(x: f32) -> (bool, f32) {
        prep_trig32(x)
    }
    #[inline(always)]
    fn core(x: f32) -> f32 {
        let x = x as f64;
        let sign = x.to_bits() & SIGN;
        let a = f64::from_bits(x.to_bits() & !SIGN);
        let (k, j) = quadrant(a, INV_PIO2);
        let odd = j & 1 != 0;
        let r = (a - k * C1_32) - k * C2_32;
        let z = r * r;
        let t = r + r * z * horner!(z, P32);
        let res = pick(odd, -1.0 / pick(odd, t, 1.0), t);
        f64::from_bits(res.to_bits() ^ sign) as f32
    }
    #[inline(always)]
    fn libm(x: f32) -> f32 {
        x.tan()
    }
}
