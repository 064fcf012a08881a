//! `sinh` and `cosh` of float64 and float32.
//!
//! `sinh` is odd, so its core works on `y = |x|`: `sinh y = (E − 1/E)/2`
//! with `E = e^y`, each term carried in double-double so the difference
//! loses nothing near 0:
//! * `E = s·(1 + p + p_lo)` from [`expm1_parts`], formed as
//!   `E_hi + E_lo` (`1 + p` by Fast2Sum, scaled exactly by `s = 2^k`);
//! * `1/E = inv + inv_lo`: `inv` the rounded quotient `1/E_hi`, its error
//!   `e = 1 − E_hi·inv` exact ([`two_prod`]; `1 − E_hi·inv` is exact by
//!   Sterbenz), `inv_lo = inv·(e − inv·E_lo)` (first order in `e` and
//!   `E_lo/E_hi`, both below `2^-52`);
//! * `E − 1/E` as the exact sum of the high parts ([`two_sum`]) plus the
//!   low parts, rounded once, then halved (exact).
//!
//! For small `y` (`k = 0`) `E_hi` and `inv` are both near 1 and their
//! difference is exact, so `sinh y ≈ y` keeps its relative accuracy (the
//! `expm1` polynomial is accurate to `2^-60` relative). Above `y = 20`,
//! `1/E < 2^-57·E` is below half an ULP and is left out (`1/E` is then
//! computed from `E` clamped to `e^20`, so it never underflows). The
//! multiply-adds of [`two_prod`] are exact either way, so every SIMD level
//! gives the same bits.
//!
//! `cosh = (E + 1/E)/2` adds two positive terms, so it needs no
//! double-double: `E` is the `exp` kernel's core ([`cosh_core`]).
//!
//! Ranges (tested on the bits by `prep`): ±0 and `2^-28 ≤ |x| ≤ 709`
//! (float32: up to 89.415985, the last finite result; plain float64
//! formulas of [`super::float32`], rounded once). NaN, ±inf, the
//! overflowing rest and the tiny nonzero `x` go to the libm fix-up (there
//! `sinh x = x`, `x³/6` being below half an ULP, with libm's underflow flag
//! for subnormals, and `cosh x = 1`).
//!
//! Measured (vmath unit tests): see `expm1_tests.rs`.

use super::exp::{exp_core, Q64};
use super::expm1::{expm1_parts, SIGN32, SIGN64};
use super::{two_prod, two_sum, VecFn};

/// The largest float32 whose `sinh` and `cosh` are finite (their float64
/// values are below `f32::MAX`, so rounding to float32 cannot overflow).
const SINH32_MAX: f32 = 89.415_985;

/// `2^-28`: below it `sinh x` rounds to `x` and `cosh x` to 1.
const TINY: f64 = 3.725_290_298_461_914e-9;
/// `e^20`, above which `1/E` is left out.
const E20: f64 = 485_165_195.409_790_3;

/// `sinh x` of float64, `(E − 1/E)/2` in double-double for `y = |x|`,
/// `x = ±0` or `2^-28 ≤ |x| ≤ 709`.
#[inline(always)]
fn sinh_core<const FMA: bool>(x: f64) -> f64 {
    let a = x.to_bits() & !SIGN64;
    let (s, p, p_lo) = expm1_parts(f64::from_bits(a));
    // E = s·(1 + p + p_lo) = eh + el.
    let u = 1.0 + p;
    let u_lo = ((1.0 - u) + p) + p_lo;
    let (eh, el) = (s * u, s * u_lo);
    // 1/E = inv + inv_lo, left out above y = 20; computed from E clamped
    // to e^20 (a float bound on a computed value, so the clamp stays
    // whatever LLVM does with the select below: 1/E may not underflow).
    let ch = eh.min(E20);
    let inv = 1.0 / ch;
    let (pr, pe) = two_prod::<FMA>(ch, inv);
    let e = (1.0 - pr) - pe;
    let inv_lo = inv * (e - inv * el);
    let big = a > 20f64.to_bits();
    let (inv, inv_lo) = if big { (0.0, 0.0) } else { (inv, inv_lo) };
    let (w, d) = two_sum(eh, -inv);
    let res = 0.5 * (w + (d + (el - inv_lo)));
    let r = if a == 0 { 0.0 } else { res };
    f64::from_bits(r.to_bits() | (x.to_bits() & SIGN64))
}

/// `cosh x` of float64 for `x = ±0` or `2^-28 ≤ |x| ≤ 709`:
/// `(E + 1/E)/2`, `E = e^|x|` from the `exp` kernel's core. The two terms
/// are positive (nothing cancels), so `E`'s error (within 1 ULP of glibc's
/// `exp`) and the quotient's rounding stay below an ULP of the sum; above
/// `|x| = 20`, `1/E` (below half an ULP) is left out, computed from `E`
/// bounded by `e^20` so it never underflows. With FMA in `exp`'s core the
/// FMA and non-FMA loops may differ in the last bit.
#[inline(always)]
fn cosh_core<const FMA: bool>(x: f64) -> f64 {
    let a = x.to_bits() & !SIGN64;
    let e = exp_core::<10, FMA>(f64::from_bits(a), &Q64);
    let inv = 1.0 / e.min(E20);
    let inv = if a > 20f64.to_bits() { 0.0 } else { inv };
    0.5 * (e + inv)
}

/// Range test on the bits: `x = ±0` or `2^-28 ≤ |x| ≤ limit`.
#[inline(always)]
fn prep64(x: f64, limit: f64) -> (bool, f64) {
    let a = x.to_bits() & !SIGN64;
    let ok = a <= limit.to_bits() && (a >= TINY.to_bits() || a == 0);
    (ok, if ok { x } else { 0.0 })
}

/// [`prep64`] of float32.
#[inline(always)]
fn prep32(x: f32, limit: f32) -> (bool, f32) {
    let a = x.to_bits() & !SIGN32;
    let ok = a <= limit.to_bits() && (a >= (TINY as f32).to_bits() || a == 0);
    (ok, if ok { x } else { 0.0 })
}

/// `sinh` of float64: range `|x| ≤ 709`, zero or normal.
pub(super) struct Sinh64;
impl VecFn for Sinh64 {
    type T = f64;
    #[inline(always)]
    fn prep(x: f64) -> (bool, f64) {
        prep64(x, 709.0)
    }
    #[inline(always)]
    fn core(x: f64) -> f64 {
        sinh_core::<false>(x)
    }
    #[inline(always)]
    fn core_fma(x: f64) -> f64 {
        sinh_core::<true>(x)
    }
    #[inline(always)]
    fn libm(x: f64) -> f64 {
        x.sinh()
    }
}

/// `cosh` of float64: range `|x| ≤ 709`.
pub(super) struct Cosh64;
impl VecFn for Cosh64 {
    type T = f64;
    #[inline(always)]
    fn prep(x: f64) -> (bool, f64) {
        prep64(x, 709.0)
    }
    #[inline(always)]
    fn core(x: f64) -> f64 {
        cosh_core::<false>(x)
    }
    #[inline(always)]
    fn core_fma(x: f64) -> f64 {
        cosh_core::<true>(x)
    }
    #[inline(always)]
    fn libm(x: f64) -> f64 {
        x.cosh()
    }
}

/// `sinh` of float32: `(E − 1/E)/2` in float64 ([`super::float32`]),
/// rounded once; range `|x| ≤ 89.415985`,
/// zero or normal.
pub(super) struct Sinh32;
impl VecFn for Sinh32 {
    type T = f32;
    #[inline(always)]
    fn prep(x: f32) -> (bool, f32) {
        prep32(x, SINH32_MAX)
    }
    #[inline(always)]
    fn core(x: f32) -> f32 {
        super::float32::sinh::<false>(x as f64) as f32
    }
    #[inline(always)]
    fn core_fma(x: f32) -> f32 {
        super::float32::sinh::<true>(x as f64) as f32
    }
    #[inline(always)]
    fn libm(x: f32) -> f32 {
        x.sinh()
    }
}

/// `cosh` of float32: `(E + 1/E)/2` in float64 ([`super::float32`]),
/// rounded once; range `|x| ≤ 89.415985`.
pub(super) struct Cosh32;
impl VecFn for Cosh32 {
    type T = f32;
    #[inline(always)]
    fn prep(x: f32) -> (bool, f32) {
        prep32(x, SINH32_MAX)
    }
    #[inline(always)]
    fn core(x: f32) -> f32 {
        super::float32::cosh::<false>(x as f64) as f32
    }
    #[inline(always)]
    fn core_fma(x: f32) -> f32 {
        super::float32::cosh::<true>(x as f64) as f32
    }
    #[inline(always)]
    fn libm(x: f32) -> f32 {
        x.cosh()
    }
}
