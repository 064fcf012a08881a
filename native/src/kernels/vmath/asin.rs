//! `arcsin` and `arccos` of float64 and float32.
//!
//! **Reduction.** With `a = |x| ≤ 1`, one polynomial serves both halves of
//! the range, on an argument `u ∈ [0, 1/2]`:
//!
//! | `a` | `u` | `z` | |
//! |---|---|---|---|
//! | `[0, 1/2]` | `a` | `a²` | `asin a = asin u` |
//! | `(1/2, 1]` | `√z` | `(1 − a)/2` (exact) | `asin a = π/2 − 2·asin u` |
//!
//! `asin u = u + u·z·P(z)`, `P` a degree-12 (float32: degree-6)
//! near-minimax polynomial on `z ∈ [0, 1/4]` (Chebyshev interpolation in
//! 60-digit arithmetic, `scripts/vmath_asin_coefficients.py`;
//! `z·|P − P_exact| < 2^-57.3`, float32 `< 2^-33.9`, relative to `asin u`).
//!
//! **Float64.** Where `a > 1/2`, `u` is carried as `s + s_lo`: `s = √z`
//! rounded, `s_lo = (z − s²)/(2s)` with `s²` formed exactly
//! ([`two_prod`]), so `2u` is known to about 2^-106 and the subtraction
//! from `π/2` loses nothing. Every result is one formula
//! `K + m·(u_hi + t)` with `t = u_lo + u·z·P(z)` small
//! (`|t| < 0.05·u`):
//!
//! | | `K` | `m` |
//! |---|---|---|
//! | `asin`, `a ≤ 1/2` | 0 | 1 |
//! | `asin`, `a > 1/2` | `π/2` | −2 |
//! | `acos`, `|x| ≤ 1/2` | `π/2` | `−sign x` |
//! | `acos`, `x > 1/2` | 0 | 2 |
//! | `acos`, `x < −1/2` | `π` | −2 |
//!
//! (`asin x = sign x · asin a`.) `K` is a hi + lo pair; `K_hi + m·u_hi` is
//! summed exactly (Fast2Sum: `|m·u_hi| ≤ 1 < K_hi` or `K = 0`) into
//! `h + e`, and the result `h + ((e + K_lo) + m·t)` is rounded once: the
//! smallest result with `K ≠ 0` is `π/6`, so nothing cancels and the
//! small terms' errors are a few hundredths of an ULP.
//!
//! **Float32** computes the same in float64 (no hi + lo needed: `√z` in
//! float64 is 2^29 times more precise than the result) and rounds once.
//!
//! **Ranges.** `|x| ≤ 1` runs the core, ±0 included (`asin ±0 = ±0`,
//! `acos ±0 = π/2`); NaN, `|x| > 1`, ±inf (invalid) and the nonzero
//! subnormals (whose `asin` raises libm's underflow flag) go to the libm
//! fix-up. The tail is dropped for `a < 2^-27` (float64; `u·z·P < 2^-54·u`
//! there) and computed from `a` clamped up to that bound, so `a³` never
//! underflows; float32 inputs are at least 2^-126, whose cube is far from
//! float64's underflow. Range tests are on the bits.
//!
//! No fused multiply-add changes a rounding (only [`two_prod`]'s exact
//! error term uses it), so every loop gives the same bits.
//!
//! Measured (vmath unit tests `asin_tests`), all within 1 ULP: float64 of
//! glibc on 3.5 million values in `(−1, 1)` (`asin` 98.9%, `acos` 99.5%
//! identical; where they differ, mpmath puts this result within 0.63 ULP
//! of the true value, glibc within 0.52); float32 on every 61st bit pattern
//! (34.7 million values in `(−1, 1)`), of the correctly rounded value
//! (99.999% correctly rounded) and of glibc's `asinf`/`acosf` (99.8%
//! identical). ±0, ±1, NaN, `|x| > 1` and subnormals are libm's bits.

use super::{horner, pick, two_prod, VecFn};

/// `P(z) ≈ (asin(u) − u)/u³`, `z = u² ≤ 1/4`, degree 12 (float64).
const P64: [f64; 13] = [
    0.16666666666666669,
    0.07499999999998433,
    0.04464285714635543,
    0.030381944138531247,
    0.02237217294214989,
    0.017352392720869973,
    0.013971212973552933,
    0.011479177415184906,
    0.01032281435018578,
    0.005457506718640358,
    0.01740087944269402,
    -0.014851887071247204,
    0.028757851367421566,
];

/// `P(z)` of degree 6 (float32, evaluated in float64).
const P32: [f64; 7] = [
    0.16666666686085643,
    0.07499992404401838,
    0.04464766388813485,
    0.030269138728589183,
    0.023611817008891752,
    0.010574415516912909,
    0.030974540371355073,
];

/// `π/2` as hi + lo (float64 bits); `π` is twice each.
const PIO2_HI: f64 = f64::from_bits(0x3ff9_21fb_5444_2d18);
const PIO2_LO: f64 = f64::from_bits(0x3c91_a626_3314_5c07);

const SIGN: u64 = 1 << 63;
const HALF: u64 = 0x3fe0_0000_0000_0000;
/// `2^-27`: below it the float64 tail is dropped.
const TINY: f64 = 7.450_580_596_923_828e-9;

/// In range: `|x| ≤ 1`, normal or zero (on the bits).
#[inline(always)]
fn in_range64(x: f64) -> bool {
    let a = x.to_bits() & !SIGN;
    a <= 1f64.to_bits() && (a >= f64::MIN_POSITIVE.to_bits() || a == 0)
}

#[inline(always)]
fn in_range32(x: f32) -> bool {
    let a = x.to_bits() & !(1 << 31);
    a <= 1f32.to_bits() && (a >= f32::MIN_POSITIVE.to_bits() || a == 0)
}

/// `(big, u_hi, t)` for `a = |x| ∈ [0, 1]`: `asin a = u_hi + t` where
/// `a ≤ 1/2`, and `asin a = π/2 − 2·(u_hi + t)` where `big` (`a > 1/2`).
#[inline(always)]
fn parts64<const FMA: bool>(a: f64) -> (bool, f64, f64) {
    let big = a.to_bits() > HALF;
    let zb = (1.0 - a) * 0.5;
    let s = zb.sqrt();
    let (p, pe) = two_prod::<FMA>(s, s);
    // s = 0 only at a = 1 (then zb − s² = 0 too).
    let s_lo = ((zb - p) - pe) / pick(s == 0.0, 1.0, s + s);
    let tiny = a.to_bits() < TINY.to_bits();
    let uc = pick(big, s, pick(tiny, TINY, a));
    let z = pick(big, zb, uc * uc);
    let tail = uc * z * horner!(z, P64);
    let t = pick(big, s_lo + tail, pick(tiny, 0.0, tail));
    (big, pick(big, s, a), t)
}

/// `K_hi + m·(u + t) + K_lo`, rounded once (`|m·u| ≤ K_hi` or `K_hi = 0`).
#[inline(always)]
fn assemble(k_hi: f64, k_lo: f64, m: f64, u: f64, t: f64) -> f64 {
    let mu = m * u;
    let h = k_hi + mu;
    let e = mu - (h - k_hi);
    h + ((e + k_lo) + m * t)
}

#[inline(always)]
fn asin64<const FMA: bool>(x: f64) -> f64 {
    let sign = x.to_bits() & SIGN;
    let (big, u, t) = parts64::<FMA>(f64::from_bits(x.to_bits() & !SIGN));
    let r = assemble(
        pick(big, PIO2_HI, 0.0),
        pick(big, PIO2_LO, 0.0),
        pick(big, -2.0, 1.0),
        u,
        t,
    );
    f64::from_bits(r.to_bits() | sign)
}

#[inline(always)]
fn acos64<const FMA: bool>(x: f64) -> f64 {
    let neg = x.to_bits() & SIGN != 0;
    let (big, u, t) = parts64::<FMA>(f64::from_bits(x.to_bits() & !SIGN));
    // K = π/2, π or 0 (doubling π/2 is exact).
    let k = pick(big, pick(neg, 2.0, 0.0), 1.0);
    let m = pick(big, pick(neg, -2.0, 2.0), pick(neg, 1.0, -1.0));
    assemble(k * PIO2_HI, k * PIO2_LO, m, u, t)
}

/// `(big, w)` for `a = |x| ∈ [0, 1]` in float64 arithmetic: `asin a = w`
/// where `a ≤ 1/2`, `π/2 − 2w` where `big`.
#[inline(always)]
fn parts32(a: f64) -> (bool, f64) {
    let big = a > 0.5;
    let z = pick(big, (1.0 - a) * 0.5, a * a);
    let u = pick(big, z.sqrt(), a);
    (big, u + u * z * horner!(z, P32))
}

/// `arcsin` of float64 (see the module docs).
pub(super) struct Asin64;
impl VecFn for Asin64 {
    type T = f64;
    #[inline(always)]
    fn prep(x: f64) -> (bool, f64) {
        let ok = in_range64(x);
        (ok, if ok { x } else { 0.0 })
    }
    #[inline(always)]
    fn core(x: f64) -> f64 {
        asin64::<false>(x)
    }
    #[inline(always)]
    fn core_fma(x: f64) -> f64 {
        // (`two_prod` is exact either way: the same bits as `core`.)
        asin64::<true>(x)
    }
    #[inline(always)]
    fn libm(x: f64) -> f64 {
        x.asin()
    }
}

/// `arccos` of float64 (see the module docs).
pub(super) struct Acos64;
impl VecFn for Acos64 {
    type T = f64;
    #[inline(always)]
    fn prep(x: f64) -> (bool, f64) {
        let ok = in_range64(x);
        (ok, if ok { x } else { 0.0 })
    }
    #[inline(always)]
    fn core(x: f64) -> f64 {
        acos64::<false>(x)
    }
    #[inline(always)]
    fn core_fma(x: f64) -> f64 {
        acos64::<true>(x)
    }
    #[inline(always)]
    fn libm(x: f64) -> f64 {
        x.acos()
    }
}

/// `arcsin` of float32, computed in float64 and rounded once.
pub(super) struct Asin32;
impl VecFn for Asin32 {
    type T = f32;
    #[inline(always)]
    fn prep(x: f32) -> (bool, f32) {
        let ok = in_range32(x);
        (ok, if ok { x } else { 0.0 })
    }
    #[inline(always)]
    fn core(x: f32) -> f32 {
        let x = x as f64;
        let (big, w) = parts32(x.abs());
        let r = pick(big, PIO2_HI - 2.0 * w, w);
        f64::from_bits(r.to_bits() | (x.to_bits() & SIGN)) as f32
    }
    #[inline(always)]
    fn libm(x: f32) -> f32 {
        x.asin()
    }
}

/// `arccos` of float32, computed in float64 and rounded once.
pub(super) struct Acos32;
impl VecFn for Acos32 {
    type T = f32;
    #[inline(always)]
    fn prep(x: f32) -> (bool, f32) {
        let ok = in_range32(x);
        (ok, if ok { x } else { 0.0 })
    }
    #[inline(always)]
    fn core(x: f32) -> f32 {
        let x = x as f64;
        let neg = x.to_bits() & SIGN != 0;
        let (big, w) = parts32(x.abs());
        let w2 = 2.0 * w;
        let r = pick(
            big,
            pick(neg, 2.0 * PIO2_HI - w2, w2),
            PIO2_HI - pick(neg, -w, w),
        );
        r as f32
    }
    #[inline(always)]
    fn libm(x: f32) -> f32 {
        x.acos()
    }
}
