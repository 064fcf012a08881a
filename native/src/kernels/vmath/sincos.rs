//! `sin` and `cos` of float64 and float32.
//!
//! **Reduction (float64).** `sin` is odd and `cos` even: the core works on
//! `a = |x|` (and `sin` puts the sign back). `k = round(a·2/π)` (with the
//! `1.5·2^52` shift), `r = a − k·π/2 ∈ [−π/4, π/4]` (a hair more where
//! `a·2/π` rounds across a half-integer), by Cody–Waite with the parts of
//! `π/2 = 2·C1 + 2·C2 + 2·C3 + 2·C4` (`tan`'s π/4 parts doubled, so
//! `k·2Ci` is exact for `k < 2^21`): `a − k·2C1` is exact (Sterbenz),
//! `− k·2C2` and `− k·2C3` are exact sums ([`two_sum`]) and `k·2C4` is
//! rounded, so `r = r_hi + r_lo` is known to about 2^-128 absolute. Over
//! `|x| < 2^20` the smallest `|r|` of any double is `2^-60.5` (the doubles
//! nearest the multiples of π/2; `scripts/vmath_tan_coefficients.py`), so
//! `r` is accurate to `2^-67` relative.
//!
//! **Polynomials** (`scripts/vmath_sincos_coefficients.py`, Chebyshev
//! interpolation in `z = r²` on `|r| ≤ π/4 + 2^-20`, degree 6 each):
//! - `sin r = r_hi + (r·z·S(z) + r_lo·(1 − z/2))` (error of `S` below
//!   2^-57 of `sin r`, mostly `−1/6` rounded); the tail is at most a tenth
//!   of `r_hi`, so the sum rounds about once.
//! - `cos r = w + ((1 − w) − z_hi/2 + z²·C(z) − z_lo/2 − r_hi·r_lo)` with
//!   `z_hi + z_lo = r_hi²` exactly ([`two_prod`]) and `w = 1 − z_hi/2`
//!   rounded (so `(1 − w) − z_hi/2` is its exact error; error of `C`
//!   below 2^-59 of `cos r`): rounded about once as well.
//!
//! **Quadrants.** With `j = k mod 4`, `sin a` is `sin r`, `cos r`,
//! `−sin r`, `−cos r` and `cos a` is `cos r`, `−sin r`, `−cos r`, `sin r`
//! for `j = 0, 1, 2, 3`; both polynomials run on every lane and a mask
//! picks.
//!
//! **Float32** computes in float64 with `r = a − k·π/2` from
//! `π/2 = C1_32 + C2_32` (`tan`'s float32 parts: `r` to about 2^-65
//! absolute, the smallest `|r|` of a float below 2^20 being `2^-27.8`),
//! degree-3 polynomials (errors below 2^-35), and rounds once.
//!
//! **Ranges.** `|x| < 2^20` runs the core, ±0 included; NaN, ±inf
//! (invalid), `|x| ≥ 2^20` (Payne–Hanek's territory) and the nonzero
//! subnormals (whose `sin` raises libm's underflow flag) go to the libm
//! fix-up. The float64 `sin` tail is dropped for `|r_hi| < 2^-27` (`r³/6`
//! is below 2^-55 of `r` there), and both polynomials take `|r_hi|`
//! clamped up to 2^-27, so `r²` never underflows (`cos r` rounds to 1
//! there either way). Range tests are on the bits.
//!
//! No fused multiply-add changes a rounding ([`two_prod`] is exact either
//! way), so every loop gives the same bits.
//!
//! Measured (vmath unit tests `sincos_tests`): float64 within 1 ULP of
//! glibc on `tan`'s 6.2 million inputs (every double nearest to a multiple
//! of π/2 below 2^20 included; `sin` 99.06%, `cos` 99.28% identical);
//! float32 on every 61st bit pattern plus the floats nearest to the
//! multiples of π/2 (43.1 million values in range) within 1 ULP of the
//! correctly rounded value (99.9997% correctly rounded) and of glibc's
//! `sinf`/`cosf` (99.77/99.82% identical). One thread, `[−10, 10]`: 5.7
//! (float64) and 2.1 ns (float32) per element, glibc 19 and 10 ns.
use super::tan::{prep_trig32, prep_trig64, quadrant, C1, C1_32, C2, C2_32, C3, C4, SIGN, TINY};
use super::{horner, pick, two_prod, two_sum, VecFn};

/// `S(z) ≈ (sin r − r)/r³`, `z = r² ≤ (π/4 + 2^-20)²`, degree 6.
const S64: [f64; 7] = [
    -0.16666666666666666,
    0.008333333333333331,
    -0.00019841269841265065,
    2.755731921933912e-06,
    -2.505210623243192e-08,
    1.6058531616504608e-10,
    -7.586696971425154e-13,
];

/// `C(z) ≈ (cos r − 1 + z/2)/z²`, degree 6.
const C64: [f64; 7] = [
    0.041666666666666664,
    -0.0013888888888888887,
    2.4801587301584645e-05,
    -2.75573192214028e-07,
    2.087675579107172e-09,
    -1.1470460886230275e-11,
    4.74587182071329e-14,
];

/// `S(z)` of degree 3 (float32, evaluated in float64).
const S32: [f64; 4] = [
    -0.16666666663855262,
    0.008333331874699609,
    -0.000198400867296589,
    2.7249925060603467e-06,
];

/// `C(z)` of degree 3 (float32, evaluated in float64).
const C32: [f64; 4] = [
    0.04166666666432118,
    -0.0013888887672007944,
    2.4800600372377816e-05,
    -2.7300958584225045e-07,
];

const INV_PIO2: f64 = std::f64::consts::FRAC_2_PI;

/// `(sin r, cos r, k mod 4)` for `a = |x| < 2^20` (float64, see the module
/// docs).
#[inline(always)]
fn sin_cos_reduced<const FMA: bool>(a: f64) -> (f64, f64, u64) {
    let (k, j) = quadrant(a, INV_PIO2);
    let t1 = a - k * (2.0 * C1);
    let (s, e) = two_sum(t1, -(k * (2.0 * C2)));
    let (s2, e2) = two_sum(s, -(k * (2.0 * C3)));
    let lo = (e + e2) - k * (2.0 * C4);
    let r_hi = s2 + lo;
    let r_lo = lo - (r_hi - s2);
    // The polynomials from |r_hi| clamped up to TINY.
    let ra = r_hi.to_bits() & !SIGN;
    let tiny = ra < TINY.to_bits();
    let rc = f64::from_bits(ra.max(TINY.to_bits()) | (r_hi.to_bits() & SIGN));
    let (z, z_lo) = two_prod::<FMA>(rc, rc);
    let s_tail = pick(tiny, 0.0, rc * z * horner!(z, S64));
    let sin = r_hi + (s_tail + r_lo * (1.0 - 0.5 * z));
    let hz = 0.5 * z;
    let w = 1.0 - hz;
    let c_tail = z * z * horner!(z, C64) - (0.5 * z_lo + r_hi * r_lo);
    let cos = w + (((1.0 - w) - hz) + c_tail);
    (sin, cos, j)
}

/// `(sin r, cos r, k mod 4)` for a float32 `a = |x| < 2^20`, in float64.
#[inline(always)]
fn sin_cos_reduced32(a: f64) -> (f64, f64, u64) {
    let (k, j) = quadrant(a, INV_PIO2);
    let r = (a - k * C1_32) - k * C2_32;
    let z = r * r;
    let sin = r + r * z * horner!(z, S32);
    let cos = (1.0 - 0.5 * z) + z * z * horner!(z, C32);
    (sin, cos, j)
}

/// `sin a` from the reduced values: `sin r, cos r, −sin r, −cos r` by `j`.
#[inline(always)]
fn sin_quadrant(s: f64, c: f64, j: u64) -> f64 {
    let v = pick(j & 1 != 0, c, s);
    f64::from_bits(v.to_bits() ^ ((j & 2) << 62))
}

/// `cos a` from the reduced values: `cos r, −sin r, −cos r, sin r` by `j`.
#[inline(always)]
fn cos_quadrant(s: f64, c: f64, j: u64) -> f64 {
    let v = pick(j & 1 != 0, s, c);
    f64::from_bits(v.to_bits() ^ (((j + 1) & 2) << 62))
}

/// `sin` of float64 (see the module docs).
pub(super) struct Sin64;
impl VecFn for Sin64 {
    type T = f64;
    #[inline(always)]
    fn prep(x: f64) -> (bool, f64) {
        prep_trig64(x)
    }
    #[inline(always)]
    fn core(x: f64) -> f64 {
        sin64::<false>(x)
    }
    #[inline(always)]
    fn core_fma(x: f64) -> f64 {
        // (`two_prod` is exact either way: the same bits as `core`.)
        sin64::<true>(x)
    }
    #[inline(always)]
    fn libm(x: f64) -> f64 {
        x.sin()
    }
}

#[inline(always)]
fn sin64<const FMA: bool>(x: f64) -> f64 {
    let sign = x.to_bits() & SIGN;
    let (s, c, j) = sin_cos_reduced::<FMA>(f64::from_bits(x.to_bits() & !SIGN));
    f64::from_bits(sin_quadrant(s, c, j).to_bits() ^ sign)
}

#[inline(always)]
fn cos64<const FMA: bool>(x: f64) -> f64 {
    let (s, c, j) = sin_cos_reduced::<FMA>(f64::from_bits(x.to_bits() & !SIGN));
    cos_quadrant(s, c, j)
}

/// `cos` of float64 (see the module docs).
pub(super) struct Cos64;
impl VecFn for Cos64 {
    type T = f64;
    #[inline(always)]
    fn prep(x: f64) -> (bool, f64) {
        prep_trig64(x)
    }
    #[inline(always)]
    fn core(x: f64) -> f64 {
        cos64::<false>(x)
    }
    #[inline(always)]
    fn core_fma(x: f64) -> f64 {
        cos64::<true>(x)
    }
    #[inline(always)]
    fn libm(x: f64) -> f64 {
        x.cos()
    }
}

/// `sin` of float32, computed in float64 and rounded once.
pub(super) struct Sin32;
impl VecFn for Sin32 {
    type T = f32;
    #[inline(always)]
    fn prep(x: f32) -> (bool, f32) {
        prep_trig32(x)
    }
    #[inline(always)]
    fn core(x: f32) -> f32 {
        let x = x as f64;
        let sign = x.to_bits() & SIGN;
        let (s, c, j) = sin_cos_reduced32(f64::from_bits(x.to_bits() & !SIGN));
        f64::from_bits(sin_quadrant(s, c, j).to_bits() ^ sign) as f32
    }
    #[inline(always)]
    fn libm(x: f32) -> f32 {
        x.sin()
    }
}

/// `cos` of float32, computed in float64 and rounded once.
pub(super) struct Cos32;
impl VecFn for Cos32 {
    type T = f32;
    #[inline(always)]
    fn prep(x: f32) -> (bool, f32) {
        prep_trig32(x)
    }
    #[inline(always)]
    fn core(x: f32) -> f32 {
        let a = (x as f64).abs();
        let (s, c, j) = sin_cos_reduced32(a);
        cos_quadrant(s, c, j) as f32
    }
    #[inline(always)]
    fn libm(x: f32) -> f32 {
        x.cos()
    }
}
