//! `expm1` of float64 and float32, and the reduction that `expm1`, `sinh`,
//! `cosh` and `tanh` share.
//!
//! [`expm1_parts`]: for `y` with `|y/ln 2| < 1023.5`,
//! * `k = round(y/ln 2)`, `r + r_lo = y − k·ln 2` (Cody–Waite, with the
//!   rounding error of `r` kept in `r_lo`), `|r| ≤ ln2/2`;
//! * `e^r − 1 = p + p_lo = r + (r_lo + r²·q(r))`, `q` a near-minimax
//!   polynomial of degree 10 (evaluated by Estrin's scheme) (Chebyshev interpolation,
//!   `scripts/vmath_coefficients.py`, `|r·(q − q_exact)| < 2^-60` relative);
//! * `e^y = s·(1 + p + p_lo)` with `s = 2^k`.
//!
//! `expm1 y = (s − 1) + s·p + s·p_lo`: `s − 1` is exact for `|k| ≤ 53`
//! (and within `2^-65` of exact otherwise, far below an ULP of the result),
//! `s·p` is exact, and their sum is formed exactly ([`two_sum`]), so the
//! result is rounded about once. For `k = 0`, `r = y` exactly.
//!
//! Ranges: float64 `−45 ≤ x ≤ 709` (float32 `−45 ≤ x ≤ 88`, computed in
//! float64 and rounded once), ±0 (kept) and `|x| ≥ 2^-54`, tested on the
//! bits by `prep`, so `r²` never underflows. NaN, ±inf, the tiny nonzero
//! (where `expm1 x = x` to within `x²/2`, and libm raises underflow for the
//! subnormals) and the rest of the range (overflow near 709.78, `−1` below
//! `−45`) go to the libm fix-up.
//!
//! Measured (vmath unit tests): see `expm1_tests.rs`.

use super::exp::{INV_LN2, LN2_HI, LN2_LO, SHIFT};
use super::{two_sum, VecFn};

/// `q(r) ≈ (e^r − 1 − r)/r²` on `|r| ≤ ln2/2`, degree 10 (float64).
const EXPM1_Q64: [f64; 11] = [
    0.5,
    0.1666666666666667,
    0.04166666666666667,
    0.008333333333326141,
    0.0013888888888883752,
    0.00019841269874800694,
    2.480158732553351e-05,
    2.755725542549107e-06,
    2.755727366116628e-07,
    2.5105206480259365e-08,
    2.0914679452495193e-09,
];

pub(super) const SIGN64: u64 = 1 << 63;
pub(super) const SIGN32: u32 = 1 << 31;

/// `2^-54`: below it `expm1 x` rounds to `x`.
const TINY: f64 = 5.551_115_123_125_783e-17;

/// `c₀ + c₁r + … + c₁₀r¹⁰` by Estrin's scheme: pairs `c₂ᵢ + c₂ᵢ₊₁·r`,
/// combined with `r²`, `r⁴`, `r⁸`, four multiply-add levels deep instead
/// of Horner's ten (the loop is bound by that latency).
#[inline(always)]
fn estrin11(r: f64, c: &[f64; 11]) -> f64 {
    let r2 = r * r;
    let r4 = r2 * r2;
    let r8 = r4 * r4;
    let p01 = c[0] + c[1] * r;
    let p23 = c[2] + c[3] * r;
    let p45 = c[4] + c[5] * r;
    let p67 = c[6] + c[7] * r;
    let p89 = c[8] + c[9] * r;
    let p03 = p01 + p23 * r2;
    let p47 = p45 + p67 * r2;
    let p810 = p89 + c[10] * r2;
    (p03 + p47 * r4) + p810 * r8
}

/// `(s, p, p_lo)` with `e^y = s·(1 + p + p_lo)`, `s = 2^k` (see the module
/// docs); `y` within `|y/ln 2| < 1023.5` and `|y| ≥ 2^-60` or `y = 0`.
#[inline(always)]
pub(super) fn expm1_parts(y: f64) -> (f64, f64, f64) {
    let t = y * INV_LN2 + SHIFT;
    let kf = t - SHIFT;
    let k = (t.to_bits() as i64).wrapping_sub(SHIFT.to_bits() as i64);
    let hi = y - kf * LN2_HI;
    let lo = kf * LN2_LO;
    let r = hi - lo;
    let r_lo = (hi - r) - lo;
    // p = e^r − 1 as p + p_lo (Fast2Sum: |r| ≥ the rest).
    let rest = r_lo + r * r * estrin11(r, &EXPM1_Q64);
    let p = r + rest;
    let p_lo = (r - p) + rest;
    let s = f64::from_bits((k.wrapping_add(1023) as u64) << 52);
    (s, p, p_lo)
}

/// `e^x − 1` for `x = ±0` or `2^-54 ≤ |x|`, `−45 ≤ x ≤ 709` (the range
/// of `prep`, which routes the rest to libm).
#[inline(always)]
fn expm1_core(x: f64) -> f64 {
    let (s, p, p_lo) = expm1_parts(x);
    let (w, d) = two_sum(s - 1.0, s * p);
    let res = w + (d + s * p_lo);
    // (±0 keep their sign.)
    if x == 0.0 {
        x
    } else {
        res
    }
}

/// Whether `x` is in `[lo, hi]` (`lo < 0 < hi`, on the bits) and zero or
/// at least `2^-54` in magnitude: the range test of `expm1`.
#[inline(always)]
fn in_range(x: f64, lo: f64, hi: f64) -> bool {
    let b = x.to_bits();
    let a = b & !SIGN64;
    let limit = if b >> 63 == 0 {
        hi.to_bits()
    } else {
        (-lo).to_bits()
    };
    a <= limit && (a >= TINY.to_bits() || a == 0)
}

/// `expm1` of float64 (see the module docs).
pub(super) struct Expm1_64;
impl VecFn for Expm1_64 {
    type T = f64;
    #[inline(always)]
    fn prep(x: f64) -> (bool, f64) {
        let ok = in_range(x, -45.0, 709.0);
        (ok, if ok { x } else { 0.0 })
    }
    #[inline(always)]
    fn core(x: f64) -> f64 {
        expm1_core(x)
    }
    #[inline(always)]
    fn libm(x: f64) -> f64 {
        x.exp_m1()
    }
}

/// `expm1` of float32: `e^x − 1` in float64 ([`super::float32`]), rounded
/// once.
pub(super) struct Expm1_32;
impl VecFn for Expm1_32 {
    type T = f32;
    #[inline(always)]
    fn prep(x: f32) -> (bool, f32) {
        let b = x.to_bits();
        let a = b & !SIGN32;
        let limit = if b >> 31 == 0 {
            88f32.to_bits()
        } else {
            45f32.to_bits()
        };
        let ok = a <= limit && (a >= (TINY as f32).to_bits() || a == 0);
        (ok, if ok { x } else { 0.0 })
    }
    #[inline(always)]
    fn core(x: f32) -> f32 {
        super::float32::expm1::<false>(x as f64) as f32
    }
    #[inline(always)]
    fn core_fma(x: f32) -> f32 {
        super::float32::expm1::<true>(x as f64) as f32
    }
    #[inline(always)]
    fn libm(x: f32) -> f32 {
        x.exp_m1()
    }
}
