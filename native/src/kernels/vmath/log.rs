//! `log`, `log2`, `log10` and `log1p` of float64 and float32.
//!
//! `x = 2^k·m` with `m ∈ [√½, √2)`, then the odd series of
//! `log((1+s)/(1−s))`, `s = (m−1)/(m+1)` (see [`log_core`]); float32 runs the
//! float64 core with five terms and rounds once. Range: the positive normal
//! finite numbers; zeros, negatives, subnormals, ±inf and NaN go to the libm
//! fix-up (so `divide by zero` and `invalid` are libm's). Tested: float64
//! within 1 ULP of glibc on 3.6 million values; float32 within 1 ULP of
//! float64 `log` rounded to float32 on a sweep of 70 million bit patterns.
//!
//! `log2` reuses the reduction with `log m` kept as `hi + lo` and divided by
//! `ln 2` in double-double arithmetic ([`log2_core`]), so powers of two are
//! exact and float64 stays within 1 ULP of glibc's `log2`; `log10` the same
//! with `log₁₀ e` and `log₁₀ 2` ([`log10_core`]). `log1p` takes the log of
//! `u = 1 + x` and adds `c/u` for the rounding error `c` of `u`
//! ([`log1p_core`]).

use super::exp::{LN2_HI, LN2_LO};
use super::{two_prod, two_sum, VecFn};

/// `log` of float64: range the positive normal finite numbers.
pub(super) struct Log64;
impl VecFn for Log64 {
    type T = f64;
    #[inline(always)]
    fn prep(x: f64) -> (bool, f64) {
        let b = x.to_bits();
        let ok = b.wrapping_sub(f64::MIN_POSITIVE.to_bits())
            < f64::INFINITY.to_bits() - f64::MIN_POSITIVE.to_bits();
        (ok, if ok { x } else { 1.0 })
    }
    #[inline(always)]
    fn core(x: f64) -> f64 {
        log_core(x, &LOG_R)
    }
    #[inline(always)]
    fn libm(x: f64) -> f64 {
        x.ln()
    }
}

/// `log` of float32, computed in float64 (5 series terms, truncation
/// below 2^-33) and rounded once; range the positive normal finite floats.
pub(super) struct Log32;
impl VecFn for Log32 {
    type T = f32;
    #[inline(always)]
    fn prep(x: f32) -> (bool, f32) {
        let b = x.to_bits();
        let ok = b.wrapping_sub(f32::MIN_POSITIVE.to_bits())
            < f32::INFINITY.to_bits() - f32::MIN_POSITIVE.to_bits();
        (ok, if ok { x } else { 1.0 })
    }
    #[inline(always)]
    fn core(x: f32) -> f32 {
        let c = [LOG_R[0], LOG_R[1], LOG_R[2], LOG_R[3], LOG_R[4]];
        log_core(x as f64, &c) as f32
    }
    #[inline(always)]
    fn libm(x: f32) -> f32 {
        x.ln()
    }
}

/// `1/ln 2` as `INV_LN2 + INV_LN2_LO` (from 60-digit decimal arithmetic).
const INV_LN2: f64 = std::f64::consts::LOG2_E;
const INV_LN2_LO: f64 = 2.035_527_374_093_103_3e-17;

/// `log2` of float64: range the positive normal finite numbers (as [`Log64`]).
pub(super) struct Log2_64;
impl VecFn for Log2_64 {
    type T = f64;
    #[inline(always)]
    fn prep(x: f64) -> (bool, f64) {
        Log64::prep(x)
    }
    #[inline(always)]
    fn core(x: f64) -> f64 {
        log2_core::<false>(x)
    }
    #[inline(always)]
    fn core_fma(x: f64) -> f64 {
        // (`two_prod` is exact either way: the same bits as `core`.)
        log2_core::<true>(x)
    }
    #[inline(always)]
    fn libm(x: f64) -> f64 {
        x.log2()
    }
}

/// `log2` of float32, computed in float64 and rounded once (as [`Log32`]).
pub(super) struct Log2_32;
impl VecFn for Log2_32 {
    type T = f32;
    #[inline(always)]
    fn prep(x: f32) -> (bool, f32) {
        Log32::prep(x)
    }
    #[inline(always)]
    fn core(x: f32) -> f32 {
        let c = [LOG_R[0], LOG_R[1], LOG_R[2], LOG_R[3], LOG_R[4]];
        let (k, f, s, hfsq, r) = log_parts(x as f64, &c);
        (k + (f - hfsq + s * (hfsq + r)) * INV_LN2) as f32
    }
    #[inline(always)]
    fn libm(x: f32) -> f32 {
        x.log2()
    }
}

/// `log₂ x = k + log(m)/ln 2` for a positive normal finite `x` (the
/// reduction of [`log_core`]): `log m = f − f²/2 + s·(f²/2 + R)` is kept as
/// `hi = f − f²/2` plus `lo` (the rounding error of `hi`, exact by
/// Fast2Sum since `f²/2 < |f|`, and the small `s·(f²/2 + R)`); then
/// `hi·(1/ln 2)` is an exact product `p + e` ([`two_prod`]) and
/// `k + p` an exact sum `w + d` ([`two_sum`]):
/// `log₂ x = w + (d + e + hi·INV_LN2_LO + lo·INV_LN2)`. For `x = 2^k`,
/// `f = 0` and the result is `k` exactly.
#[inline(always)]
fn log2_core<const FMA: bool>(x: f64) -> f64 {
    let (kf, f, s, hfsq, r) = log_parts(x, &LOG_R);
    let hi = f - hfsq;
    let lo = ((f - hi) - hfsq) + s * (hfsq + r);
    let (p, e) = two_prod::<FMA>(hi, INV_LN2);
    let (w, d) = two_sum(kf, p);
    w + (d + (e + (hi * INV_LN2_LO + lo * INV_LN2)))
}

/// `log10 2` as `LOG10_2_HI + LOG10_2_LO`, the high part with 42 significant
/// bits so `k·LOG10_2_HI` is exact for every exponent `k`; `log10 e` as
/// `LOG10_E + LOG10_E_LO` (from 40-digit mpmath arithmetic).
const LOG10_2_HI: f64 = f64::from_bits(0x3fd3_4413_509f_7800);
const LOG10_2_LO: f64 = 2.836_339_455_104_496_4e-14;
const LOG10_E: f64 = std::f64::consts::LOG10_E;
const LOG10_E_LO: f64 = 1.098_319_650_216_765e-17;

/// `log₁₀ x = k·log₁₀2 + log(m)·log₁₀e` for a positive normal finite `x`,
/// as [`log2_core`]: `log m = hi + lo`, `hi·LOG10_E` an exact product
/// `p + e`, `k·LOG10_2_HI + p` an exact sum `w + d`, then
/// `w + (d + e + k·LOG10_2_LO + hi·LOG10_E_LO + lo·LOG10_E)`, rounded
/// once. The exact powers of ten (`10^0 … 10^22`) give their exponent.
#[inline(always)]
fn log10_core<const FMA: bool>(x: f64) -> f64 {
    let (kf, f, s, hfsq, r) = log_parts(x, &LOG_R);
    let hi = f - hfsq;
    let lo = ((f - hi) - hfsq) + s * (hfsq + r);
    let (p, e) = two_prod::<FMA>(hi, LOG10_E);
    let (w, d) = two_sum(kf * LOG10_2_HI, p);
    w + (d + (e + (kf * LOG10_2_LO + (hi * LOG10_E_LO + lo * LOG10_E))))
}

/// `log10` of float64: range the positive normal finite numbers (as [`Log64`]).
pub(super) struct Log10_64;
impl VecFn for Log10_64 {
    type T = f64;
    #[inline(always)]
    fn prep(x: f64) -> (bool, f64) {
        Log64::prep(x)
    }
    #[inline(always)]
    fn core(x: f64) -> f64 {
        log10_core::<false>(x)
    }
    #[inline(always)]
    fn core_fma(x: f64) -> f64 {
        // (`two_prod` is exact either way: the same bits as `core`.)
        log10_core::<true>(x)
    }
    #[inline(always)]
    fn libm(x: f64) -> f64 {
        x.log10()
    }
}

/// `log10` of float32, computed in float64 and rounded once (as [`Log32`]);
/// range the positive finite floats, subnormals included (normal in
/// float64, and their `log10` raises no flag).
pub(super) struct Log10_32;
impl VecFn for Log10_32 {
    type T = f32;
    #[inline(always)]
    fn prep(x: f32) -> (bool, f32) {
        let ok = x.to_bits().wrapping_sub(1) < f32::INFINITY.to_bits() - 1;
        (ok, if ok { x } else { 1.0 })
    }
    #[inline(always)]
    fn core(x: f32) -> f32 {
        let c = [LOG_R[0], LOG_R[1], LOG_R[2], LOG_R[3], LOG_R[4]];
        let (k, f, s, hfsq, r) = log_parts(x as f64, &c);
        (k * std::f64::consts::LOG10_2 + (f - hfsq + s * (hfsq + r)) * LOG10_E) as f32
    }
    #[inline(always)]
    fn libm(x: f32) -> f32 {
        x.log10()
    }
}

/// `2^-54`: below it `log1p x` rounds to `x`.
const TINY_LOG1P: f64 = 5.551_115_123_125_783e-17;
/// `2^54`.
const HUGE_LOG1P: f64 = 18_014_398_509_481_984.0;

/// `log u + j·ln 2 + c/u` for a positive normal finite `u`, an integer
/// `j` (as a float) and a small correction `c` (`|c/u| ≤ 2^-50`): the
/// reduction of [`log_core`] with `f²/2` formed exactly ([`two_prod`]),
/// `(k + j)·ln2_hi + hi` formed exactly and the small terms added last,
/// `w + (d + (lo + (k + j)·ln2_lo + c/u))`.
/// `log1p` passes `u = 1 + x` rounded and its rounding error `c`; the
/// inverse hyperbolic functions pass `j = 1` for `log 2u`.
#[inline(always)]
pub(super) fn log_plus<const FMA: bool>(u: f64, j: f64, c: f64) -> f64 {
    let (kf, f, s, _, r) = log_parts(u, &LOG_R);
    let kf = kf + j;
    // f²/2 exactly, as hfsq + hfsq_lo (its rounding error would otherwise
    // be up to 0.2 ULP of the result).
    let (f2, f2_lo) = two_prod::<FMA>(f, f);
    let (hfsq, hfsq_lo) = (0.5 * f2, 0.5 * f2_lo);
    let hi = f - hfsq;
    let lo = (((f - hi) - hfsq) - hfsq_lo) + s * (hfsq + r);
    let (w, d) = two_sum(kf * LN2_HI, hi);
    w + (d + ((lo + kf * LN2_LO) + c / u))
}

/// `log(1 + x)` for `x > −1` finite, zero or normal (`|x| < 2^-54` gives
/// `x`): `u = 1 + x` with its exact rounding error `c` ([`two_sum`]), so
/// `log1p x = log u + log(1 + c/u) ≈ log u + c/u` (`|c/u| ≤ 2^-53`, the
/// neglected `(c/u)²/2` is below `2^-107`), by [`log_plus`] (float64;
/// float32 runs [`super::float32::log1p`]).
#[inline(always)]
fn log1p_core<const FMA: bool>(x: f64) -> f64 {
    let a = x.to_bits() & !(1u64 << 63);
    let tiny = a < TINY_LOG1P.to_bits();
    let xc = if tiny { 0.0 } else { x };
    let (u, c) = two_sum(1.0, xc);
    // From 2^54 on, c/u ≤ 2^-54 is negligible (and could underflow).
    let c = if a >= HUGE_LOG1P.to_bits() { 0.0 } else { c };
    let res = log_plus::<FMA>(u, 0.0, c);
    if tiny {
        x
    } else {
        res
    }
}

/// `log1p` of float64: range `−1 < x < ∞`, zero or normal; `−1`, below,
/// `+∞`, NaN and the subnormals (libm raises underflow for them) go to libm.
pub(super) struct Log1p64;
impl VecFn for Log1p64 {
    type T = f64;
    #[inline(always)]
    fn prep(x: f64) -> (bool, f64) {
        let b = x.to_bits();
        let a = b & !(1u64 << 63);
        let limit = if b >> 63 == 0 {
            f64::INFINITY.to_bits()
        } else {
            1f64.to_bits()
        };
        let ok = a < limit && (a >= f64::MIN_POSITIVE.to_bits() || a == 0);
        (ok, if ok { x } else { 0.0 })
    }
    #[inline(always)]
    fn core(x: f64) -> f64 {
        log1p_core::<false>(x)
    }
    #[inline(always)]
    fn core_fma(x: f64) -> f64 {
        log1p_core::<true>(x)
    }
    #[inline(always)]
    fn libm(x: f64) -> f64 {
        x.ln_1p()
    }
}

/// `log1p` of float32: `log(1 + x)` in float64 ([`super::float32`]),
/// rounded once; range as [`Log1p64`].
pub(super) struct Log1p32;
impl VecFn for Log1p32 {
    type T = f32;
    #[inline(always)]
    fn prep(x: f32) -> (bool, f32) {
        let b = x.to_bits();
        let a = b & !(1u32 << 31);
        let limit = if b >> 31 == 0 {
            f32::INFINITY.to_bits()
        } else {
            1f32.to_bits()
        };
        let ok = a < limit && (a >= f32::MIN_POSITIVE.to_bits() || a == 0);
        (ok, if ok { x } else { 0.0 })
    }
    #[inline(always)]
    fn core(x: f32) -> f32 {
        super::float32::log1p(x as f64) as f32
    }
    #[inline(always)]
    fn libm(x: f32) -> f32 {
        x.ln_1p()
    }
}

/// The reduction shared by `log`, `log2`, `log10` and `log1p`: `x = 2^k·m`, `m ∈ [√½, √2)`,
/// returns `(k, f = m − 1, s = f/(2+f), f²/2, R)` (see [`log_core`]).
#[inline(always)]
fn log_parts<const N: usize>(x: f64, coef: &[f64; N]) -> (f64, f64, f64, f64, f64) {
    const SQRT_HALF: u64 = 0x3fe6_a09e_667f_3bcd;
    let b = x.to_bits();
    let k = (b.wrapping_sub(SQRT_HALF) as i64) >> 52;
    let m = f64::from_bits(b.wrapping_sub((k as u64) << 52));
    let f = m - 1.0;
    let s = f / (2.0 + f);
    let z = s * s;
    let mut acc = coef[N - 1];
    for &c in coef[..N - 1].iter().rev() {
        acc = c + z * acc;
    }
    (k as f64, f, s, 0.5 * f * f, z * acc)
}

/// `2/(2n+1)` for `n = 1..=10`: `log((1+s)/(1−s)) = 2s + s·Σ (2/(2n+1))·s^2n`.
pub(super) const LOG_R: [f64; 10] = [
    2.0 / 3.0,
    2.0 / 5.0,
    2.0 / 7.0,
    2.0 / 9.0,
    2.0 / 11.0,
    2.0 / 13.0,
    2.0 / 15.0,
    2.0 / 17.0,
    2.0 / 19.0,
    2.0 / 21.0,
];

/// `ln x` for a positive normal finite `x`: `x = 2^k·m`, `m ∈ [√½, √2)`
/// (from the bits: `k` steps exactly when `x` crosses `√½·2^j`),
/// `f = m − 1`, `s = f/(2+f)`, `z = s²` (`≤ 0.0295`),
/// `R = Σ_{n=1..10} 2zⁿ/(2n+1)` (truncation below 2^-60 relative),
/// `ln x = k·ln2_hi − ((f²/2 − (s·(f²/2 + R) + k·ln2_lo)) − f)`, the small
/// corrections added to the exact `f` and `k·ln2_hi` last.
#[inline(always)]
pub(super) fn log_core<const N: usize>(x: f64, coef: &[f64; N]) -> f64 {
    let (kf, f, s, hfsq, r) = log_parts(x, coef);
    kf * LN2_HI - ((hfsq - (s * (hfsq + r) + kf * LN2_LO)) - f)
}
