//! Float64 formulas for the float32 loops of `expm1`, `sinh`, `cosh`,
//! `log1p`, `arcsinh`, `arccosh` and `arctanh`.
//!
//! A float32 result needs its value to about `2^-30` relative before the
//! single rounding (then it is within 1 ULP of the correctly rounded value,
//! and nearly always equal to it). So these run the plain textbook formula
//! in float64 on the fast `exp` and `log` cores, instead of the float64
//! kernels' double-double steps:
//! * `e^x` is [`exp_core`] (within 1 ULP of float64 `exp`);
//! * `ln u` is [`log_core`] with 5 series terms (truncation below `2^-33`
//!   relative), for a positive normal `u`;
//! * where the formula cancels (`e^x − 1`, `E − 1/E`, `log` near 1) its
//!   error is about `2^-52` absolute, so above `2^-12` (`2^-10` for `sinh`)
//!   it is below `2^-40` relative; below that, a short Taylor polynomial
//!   (truncation below `2^-48` relative) is selected instead.
//!
//! Float32 inputs are exact in float64, so `1 ± x`, `x² ± 1` and
//! `(x − 1)(x + 1)` are exact or rounded once. Ranges are the callers'
//! `prep` tests (tiny nonzero and subnormal inputs, NaN, ±inf and the
//! overflowing rest go to libm), which keep every operation here finite
//! and normal. The `exp` core fuses multiply-adds where the loop has FMA,
//! so these float32 loops may differ in the last bit between CPUs with and
//! without FMA (each is tested within 1 ULP of the correctly rounded value).

use super::exp::{exp_core, Q64};
use super::log::{log_core, LOG_R};

/// The first 5 terms of the `log` series.
const LOG_R5: [f64; 5] = [LOG_R[0], LOG_R[1], LOG_R[2], LOG_R[3], LOG_R[4]];

const SIGN: u64 = 1 << 63;

/// `2^-12` and `2^-10` as bit patterns of float64.
const SMALL: u64 = 0x3f30_0000_0000_0000;
const SMALL_SINH: u64 = 0x3f50_0000_0000_0000;

#[inline(always)]
fn exp<const FMA: bool>(x: f64) -> f64 {
    exp_core::<10, FMA>(x, &Q64)
}

#[inline(always)]
fn ln(u: f64) -> f64 {
    log_core(u, &LOG_R5)
}

/// `x` with the sign of `s` (`x ≥ 0`).
#[inline(always)]
fn signed(x: f64, s: f64) -> f64 {
    f64::from_bits(x.to_bits() | (s.to_bits() & SIGN))
}

/// `e^x − 1`, `−45 ≤ x ≤ 88`: `x + x²/2 + x³/6` below `2^-12`.
#[inline(always)]
pub(super) fn expm1<const FMA: bool>(x: f64) -> f64 {
    let small = x.to_bits() & !SIGN < SMALL;
    let poly = x + x * (x * (0.5 + x * (1.0 / 6.0)));
    let r = if small { poly } else { exp::<FMA>(x) - 1.0 };
    if x == 0.0 {
        x
    } else {
        r
    }
}

/// `sinh x`, `|x| ≤ 89.42`: `(E − 1/E)/2`, `E = e^|x|`; `y + y³/6 + y⁵/120`
/// below `2^-10`.
#[inline(always)]
pub(super) fn sinh<const FMA: bool>(x: f64) -> f64 {
    let y = x.abs();
    let z = y * y;
    let poly = y + y * (z * (1.0 / 6.0 + z * (1.0 / 120.0)));
    let e = exp::<FMA>(y);
    let r = if y.to_bits() < SMALL_SINH {
        poly
    } else {
        0.5 * (e - 1.0 / e)
    };
    signed(r, x)
}

/// `cosh x`, `|x| ≤ 89.42`: `(E + 1/E)/2`, `E = e^|x|` (no cancellation).
#[inline(always)]
pub(super) fn cosh<const FMA: bool>(x: f64) -> f64 {
    let e = exp::<FMA>(x.abs());
    0.5 * (e + 1.0 / e)
}

/// `log(1 + x)`, `−1 < x < ∞`: `x − x²/2 + x³/3` below `2^-12`.
#[inline(always)]
pub(super) fn log1p(x: f64) -> f64 {
    let small = x.to_bits() & !SIGN < SMALL;
    let poly = x + x * (x * (-0.5 + x * (1.0 / 3.0)));
    let r = if small { poly } else { ln(1.0 + x) };
    if x == 0.0 {
        x
    } else {
        r
    }
}

/// `asinh x`, finite: `log(y + √(y² + 1))`, `y = |x|`; `y − y³/6` below
/// `2^-12`.
#[inline(always)]
pub(super) fn asinh(x: f64) -> f64 {
    let y = x.abs();
    let poly = y - y * (y * y * (1.0 / 6.0));
    let r = if y.to_bits() < SMALL {
        poly
    } else {
        ln(y + (y * y + 1.0).sqrt())
    };
    signed(r, x)
}

/// `acosh x`, `1 ≤ x < ∞`: `log(x + √((x − 1)(x + 1)))`.
#[inline(always)]
pub(super) fn acosh(x: f64) -> f64 {
    ln(x + ((x - 1.0) * (x + 1.0)).sqrt())
}

/// `atanh x`, `|x| < 1`: `½·log((1 + y)/(1 − y))`, `y = |x|`; `y + y³/3`
/// below `2^-12`.
#[inline(always)]
pub(super) fn atanh(x: f64) -> f64 {
    let y = x.abs();
    let poly = y + y * (y * y * (1.0 / 3.0));
    let r = if y.to_bits() < SMALL {
        poly
    } else {
        0.5 * ln((1.0 + y) / (1.0 - y))
    };
    signed(r, x)
}
