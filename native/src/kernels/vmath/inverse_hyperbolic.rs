//! `arcsinh`, `arccosh` and `arctanh` of float64 and float32.
//!
//! Each is a logarithm of an argument formed in double-double, so the log
//! ([`log_plus`]: `log u + j·ln 2 + c/u`) sees its argument to about
//! `2^-100` and the result is rounded about once:
//! * `asinh y = log1p w`, `w = y + (s − 1)`, `s = √(1 + y²)` (`y = |x|`):
//!   `y²` and `1 + y²` exact as `hi + lo` ([`two_prod`], [`two_sum`]), `s`
//!   the rounded root plus `s_lo = (1 + y² − s²)/(2s)` (`s²` exact), so
//!   `s − 1` keeps its relative accuracy where `s − 1 ≈ y²/2` is tiny;
//! * `acosh x = log1p t`, `t = (x − 1) + √((x − 1)(x + 1))` (`x ≥ 1`), the
//!   product and the root carried the same way;
//! * `atanh y = ½·log1p q`, `q = 2y/(1 − y)`, `1 − y` as `hi + lo` and `q`
//!   as the rounded quotient plus its exact residual over `1 − y`.
//!
//! `log1p v` for `v = v_hi + v_lo` is `log_plus(u, 0, c)` with
//! `u + c = 1 + v_hi` ([`two_sum`]) and `c` augmented by `v_lo`.
//!
//! Ranges (tested on the bits by `prep`, so no value outside them reaches
//! the arithmetic, whatever LLVM does with selects): `asinh` ±0 and
//! finite `|x| ≥ 2^-28`, `acosh` finite `x ≥ 1` (both `log 2|x|` above
//! `2^500`), `atanh` ±0 and `2^-28 ≤ |x| < 1`. The rest goes to the libm
//! fix-up: NaN, ±inf, the domain errors, and the tiny nonzero (where the
//! result is `x`, and libm raises underflow for subnormals). The exact
//! products are exact with or without FMA, so every SIMD level gives the
//! same bits. Float32 runs the plain float64 formulas of
//! [`super::float32`] and rounds once.

use super::expm1::{SIGN32, SIGN64};
use super::log::log_plus;
use super::{two_prod, two_sum, VecFn};

/// `2^-28`: below it `asinh x` and `atanh x` round to `x` (libm's
/// fix-up returns that, with its underflow flag for subnormals).
const TINY: f64 = 3.725_290_298_461_914e-9;
/// `2^500`: up to it `y²` does not overflow; above it `asinh y` and
/// `acosh y` are `log 2y`.
const HUGE: f64 = 3.273_390_607_896_142e150;

/// `log1p(v_hi + v_lo)` for `v_hi ≥ 0` (or `j = 1`, `u` given: see
/// [`log_plus`]).
#[inline(always)]
fn log1p_dd(v_hi: f64, v_lo: f64) -> (f64, f64) {
    let (u, c) = two_sum(1.0, v_hi);
    (u, c + v_lo)
}

/// `√(g + g_lo)` as `s + s_lo` (`g ≥ 0`; `g = 0` gives `0 + 0`: the
/// divisor is kept positive, as a 0/0 would raise the invalid flag even
/// in an unused lane).
#[inline(always)]
fn sqrt_dd<const FMA: bool>(g: f64, g_lo: f64) -> (f64, f64) {
    let s = g.sqrt();
    let (ss, ss_lo) = two_prod::<FMA>(s, s);
    let twice = (s + s).max(f64::MIN_POSITIVE);
    (s, (((g - ss) - ss_lo) + g_lo) / twice)
}

/// `asinh x` for `x = ±0` or `2^-28 ≤ |x| < ∞`: above `2^500`,
/// `log 2y` (to within `1/(4y²)`), the general path running on `y` bounded
/// by a float `min` (which LLVM cannot tie to the bit test of `big`, so it
/// stays and `y²` never overflows).
#[inline(always)]
fn asinh_core<const FMA: bool>(x: f64) -> f64 {
    let a = x.to_bits() & !SIGN64;
    let y = f64::from_bits(a);
    let big = a > HUGE.to_bits();
    let y = y.min(HUGE);
    let (sq, sq_lo) = two_prod::<FMA>(y, y);
    let (b, b_lo) = two_sum(1.0, sq);
    let (s, s_lo) = sqrt_dd::<FMA>(b, b_lo + sq_lo);
    let (t, t_e) = two_sum(s, -1.0);
    let (w, w_e) = two_sum(y, t);
    let (u, c) = log1p_dd(w, w_e + (t_e + s_lo));
    let (u, j, c) = if big {
        (f64::from_bits(a), 1.0, 0.0)
    } else {
        (u, 0.0, c)
    };
    let r = log_plus::<FMA>(u, j, c);
    f64::from_bits(r.to_bits() | (x.to_bits() & SIGN64))
}

/// `acosh x` for `1 ≤ x < ∞`; above `2^500`, `log 2x`, as in [`asinh_core`].
#[inline(always)]
fn acosh_core<const FMA: bool>(x: f64) -> f64 {
    let big = x.to_bits() > HUGE.to_bits();
    let (e, e_lo) = two_sum(x.min(HUGE), -1.0);
    let (h, h_e) = two_sum(e, 2.0);
    let h_lo = h_e + e_lo;
    let (g, g_e) = two_prod::<FMA>(e, h);
    let (s, s_lo) = sqrt_dd::<FMA>(g, g_e + (e * h_lo + e_lo * h));
    let (t, t_e) = two_sum(e, s);
    let (u, c) = log1p_dd(t, t_e + (e_lo + s_lo));
    let (u, j, c) = if big { (x, 1.0, 0.0) } else { (u, 0.0, c) };
    log_plus::<FMA>(u, j, c)
}

/// `atanh x` for `x = ±0` or `2^-28 ≤ |x| < 1`.
#[inline(always)]
fn atanh_core<const FMA: bool>(x: f64) -> f64 {
    let a = x.to_bits() & !SIGN64;
    let y = f64::from_bits(a);
    let d = 1.0 - y;
    let d_lo = (1.0 - d) - y;
    let n = y + y;
    let inv = 1.0 / d;
    let q = n * inv;
    // n − q·(d + d_lo), with q·d exact; n − p is exact (p is within a few
    // ULP of n).
    let (p, p_e) = two_prod::<FMA>(q, d);
    let q_lo = (((n - p) - p_e) - q * d_lo) * inv;
    let (u, c) = log1p_dd(q, q_lo);
    let r = 0.5 * log_plus::<FMA>(u, 0.0, c);
    f64::from_bits(r.to_bits() | (x.to_bits() & SIGN64))
}

/// `x = ±0` or `lo ≤ |x|` and `|x|` at most `hi` (below it when `OPEN`),
/// on the bits.
#[inline(always)]
fn in_range64<const OPEN: bool>(x: f64, lo: f64, hi: f64) -> bool {
    let a = x.to_bits() & !SIGN64;
    let under = if OPEN {
        a < hi.to_bits()
    } else {
        a <= hi.to_bits()
    };
    under && (a >= lo.to_bits() || a == 0)
}

/// [`in_range64`] of float32 (`lo`, `hi` as float64 bounds).
#[inline(always)]
fn in_range32<const OPEN: bool>(x: f32, lo: f32, hi: f32) -> bool {
    let a = x.to_bits() & !SIGN32;
    let under = if OPEN {
        a < hi.to_bits()
    } else {
        a <= hi.to_bits()
    };
    under && (a >= lo.to_bits() || a == 0)
}

/// Defines a float64 and a float32 [`VecFn`] from a float64 core, the
/// float32 formula of [`super::float32`], a range test for each type, libm,
/// and the in-range value fed to the core for out-of-range lanes.
macro_rules! pair {
    ($f64:ident, $f32:ident, $core:ident, $core32:ident, $ok64:expr, $ok32:expr, $libm:ident, $harmless:expr) => {
        pub(super) struct $f64;
        impl VecFn for $f64 {
            type T = f64;
            #[inline(always)]
            fn prep(x: f64) -> (bool, f64) {
                let ok = $ok64(x);
                (ok, if ok { x } else { $harmless })
            }
            #[inline(always)]
            fn core(x: f64) -> f64 {
                $core::<false>(x)
            }
            #[inline(always)]
            fn core_fma(x: f64) -> f64 {
                $core::<true>(x)
            }
            #[inline(always)]
            fn libm(x: f64) -> f64 {
                crate::kernels::libm::CReal::$libm(x)
            }
        }

        pub(super) struct $f32;
        impl VecFn for $f32 {
            type T = f32;
            #[inline(always)]
            fn prep(x: f32) -> (bool, f32) {
                let ok = $ok32(x);
                (ok, if ok { x } else { $harmless })
            }
            #[inline(always)]
            fn core(x: f32) -> f32 {
                super::float32::$core32(x as f64) as f32
            }
            #[inline(always)]
            fn libm(x: f32) -> f32 {
                crate::kernels::libm::CReal::$libm(x)
            }
        }
    };
}

pair!(
    Asinh64,
    Asinh32,
    asinh_core,
    asinh,
    |x: f64| in_range64::<true>(x, TINY, f64::INFINITY),
    |x: f32| in_range32::<false>(x, TINY as f32, f32::MAX),
    c_asinh,
    0.0
);
pair!(
    Acosh64,
    Acosh32,
    acosh_core,
    acosh,
    |x: f64| x.to_bits().wrapping_sub(1f64.to_bits()) < f64::INFINITY.to_bits() - 1f64.to_bits(),
    |x: f32| x.to_bits().wrapping_sub(1f32.to_bits()) < f32::INFINITY.to_bits() - 1f32.to_bits(),
    c_acosh,
    1.0
);
pair!(
    Atanh64,
    Atanh32,
    atanh_core,
    atanh,
    |x: f64| in_range64::<true>(x, TINY, 1.0),
    |x: f32| in_range32::<true>(x, TINY as f32, 1.0),
    c_atanh,
    0.0
);
