//! `exp2` (`2^x`) of float64 and float32.
//!
//! Method, for `|x| ≤ 1020` (float32: `|x| ≤ 126`, computed in float64 and
//! rounded once):
//! * `k = round(x)` by adding `1.5·2^52`, `f = x − k` (exact, `|f| ≤ ½`);
//! * `r + r_lo = f·ln 2` with `r` the rounded product and `r_lo` its exact
//!   error ([`two_prod`]) plus `f·(ln 2 − LN2)`, `|r| ≤ 0.3466`;
//! * `2^f = e^r·(1 + r_lo) ≈ 1 + ((r + r²·q(r)) + r_lo)`, `q` the degree-9
//!   polynomial of `exp` ([`super::exp`]), then scaled by `2^k`.
//!
//! Integers give powers of two exactly (`f = 0`). Every other input (NaN,
//! ±inf, overflow, subnormal or zero results) is recomputed by libm in the
//! fix-up pass, so specials and the IEEE flags are libm's; `|x| < 2^-60`
//! computes `2^0` (`exp2` rounds to 1.0 there), so `r²` never underflows.
//! Multiply-adds are fused where the loop has FMA, as in `exp`.

use super::exp::{mla, Q64, SHIFT, TINY};
use super::{two_prod, VecFn};

/// `ln 2` rounded to float64, and the rest (60-digit decimal arithmetic).
const LN2: f64 = std::f64::consts::LN_2;
const LN2_TAIL: f64 = 2.319_046_813_846_299_6e-17;

/// `2^x` for `|x| ≤ 1020` (or `x = 0`).
#[inline(always)]
fn exp2_core<const FMA: bool>(x: f64) -> f64 {
    let t = x + SHIFT;
    let kf = t - SHIFT;
    let k = (t.to_bits() as i64).wrapping_sub(SHIFT.to_bits() as i64);
    let f = x - kf;
    let (r, e) = two_prod::<FMA>(f, LN2);
    let r_lo = mla::<FMA>(f, LN2_TAIL, e);
    let mut acc = Q64[9];
    for &c in Q64[..9].iter().rev() {
        acc = mla::<FMA>(r, acc, c);
    }
    let p = 1.0 + (mla::<FMA>(r * r, acc, r) + r_lo);
    p * f64::from_bits((k.wrapping_add(1023) as u64) << 52)
}

/// `exp2` of float64: range `|x| ≤ 1020`; `|x| < 2^-60` computes `2^0`.
pub(super) struct Exp2_64;
impl VecFn for Exp2_64 {
    type T = f64;
    #[inline(always)]
    fn prep(x: f64) -> (bool, f64) {
        let a = x.to_bits() & !(1u64 << 63);
        let ok = a <= 1020f64.to_bits();
        (ok, if ok && a >= TINY.to_bits() { x } else { 0.0 })
    }
    #[inline(always)]
    fn core(x: f64) -> f64 {
        exp2_core::<false>(x)
    }
    #[inline(always)]
    fn core_fma(x: f64) -> f64 {
        exp2_core::<true>(x)
    }
    #[inline(always)]
    fn libm(x: f64) -> f64 {
        x.exp2()
    }
}

/// `exp2` of float32 through the float64 core, rounded once: range
/// `|x| ≤ 126` (normal results).
pub(super) struct Exp2_32;
impl VecFn for Exp2_32 {
    type T = f32;
    #[inline(always)]
    fn prep(x: f32) -> (bool, f32) {
        let a = x.to_bits() & !(1u32 << 31);
        let ok = a <= 126f32.to_bits();
        (ok, if ok { x } else { 0.0 })
    }
    #[inline(always)]
    fn core(x: f32) -> f32 {
        exp2_core::<false>(x as f64) as f32
    }
    #[inline(always)]
    fn core_fma(x: f32) -> f32 {
        exp2_core::<true>(x as f64) as f32
    }
    #[inline(always)]
    fn libm(x: f32) -> f32 {
        x.exp2()
    }
}
