//! `tan` of float64 and float32.
//!
//! **Reduction.** `tan` is odd: the core works on `a = |x|` and puts the
//! sign back. `k = round(a·2/π)` (with the `1.5·2^52` shift),
//! `r = a − k·π/2 ∈ [−π/4, π/4]` (a hair more where `a·2/π` rounds across
//! a half-integer), and `tan a = tan r` for even `k`, `−1/tan r` for odd
//! `k`. Cody–Waite with `π/2 = C1 + C2 + C3 + C4`: `C1..C3` have 33
//! significant bits, so `k·Ci` is exact for `k < 2^20`; `a − k·C1` is exact
//! (Sterbenz), `− k·C2` and `− k·C3` are exact sums ([`two_sum`]) and
//! `k·C4` is rounded, so `r = r_hi + r_lo` is known to about 2^-130
//! absolute (π/2 to 152 bits). Over `|x| < 2^20` (so `k < 2^20`) the
//! smallest `|r|` of any double is `2^-60.5` (`scripts/vmath_tan_coefficients.py`
//! searches every `k`), so `r` is accurate to `2^-69` relative.
//!
//! **Polynomial.** `tan r = r + r·z·P(z)`, `z = r²`, `P` of degree 15
//! (float32: 8), near-minimax on `|r| ≤ π/4 + 2^-20` (Chebyshev
//! interpolation, same script: error `< 2^-56.7`, float32 `< 2^-35.4`,
//! relative to `tan r`). `r_lo` enters as `r_lo·(1 + t₀²)` (`t₀` the value
//! without it; the derivative of `tan`). `t = r_hi + tail` is summed exactly
//! (Fast2Sum: `|tail| < 0.28·|r_hi|`) into `t_hi + t_lo`; odd `k` take
//! `−1/t` as `q = 1/t_hi` plus the correction `q·(1 − q·t_hi − q·t_lo)`
//! (`q·t_hi` exact, [`two_prod`]), so the quotient is rounded about once.
//!
//! **Float32** computes in float64 with `π/2 = C1 + C2'` (`C2'` the 53-bit
//! rest: `r` to about 2^-65 absolute, the smallest `|r|` of a float below
//! `2^20` being `2^-27.8`), the degree-8 polynomial and a plain float64
//! `−1/t`, and rounds once.
//!
//! **Ranges.** `|x| < 2^20` runs the core, ±0 included; NaN, ±inf
//! (invalid), `|x| ≥ 2^20` and the nonzero subnormals (whose `tan` raises
//! libm's underflow flag) go to the libm fix-up. The float64 tail is
//! dropped for `|r_hi| < 2^-27` (`r³/3` is below 2^-54 of `r` there) and
//! computed from `|r_hi|` clamped up to it, so `r²` never underflows; the
//! odd-`k` division sees `|t| ≥ 2^-61`. Range tests are on the bits.
//!
//! No fused multiply-add changes a rounding ([`two_prod`] is exact either
//! way), so every loop gives the same bits.
//!
//! Measured (vmath unit tests `tan_tests`), all within 1 ULP: float64 of
//! glibc on 6.1 million values below 2^20 (every double nearest to a
//! multiple of π/2 included; 97.4% identical; where they differ, mpmath
//! puts this result within 1.11 ULP of the true value, glibc within 0.54:
//! the tail `r·z·P` is up to 0.28 of the result and carries a few
//! roundings); float32 on every 61st bit pattern plus the floats nearest
//! to the multiples of π/2 (42.8 million values in range), of the
//! correctly rounded value (99.999% correctly rounded) and of glibc's
//! `tanf` (99.4% identical).

use super::{horner, two_prod, two_sum, VecFn};

/// `P(z) ≈ (tan(r) − r)/r³`, `z = r² ≤ (π/4 + 2^-20)²`, degree 15.
const P64: [f64; 16] = [
    0.3333333333333333,
    0.1333333333333336,
    0.05396825396821661,
    0.021869488538180694,
    0.008863235472358129,
    0.0035921290225040202,
    0.001455823333683694,
    0.0005901127346219697,
    0.0002386615871953438,
    9.876878858851941e-05,
    3.392879538926716e-05,
    2.710879492273686e-05,
    -1.0197532821891382e-05,
    1.953709443820694e-05,
    -9.745336779742605e-06,
    3.949617046672814e-06,
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

/// `π/2 = C1 + C2 + C3 + C4`, `C1..C3` of 33 significant bits.
const C1: f64 = 1.5707963267341256;
const C2: f64 = 6.077100506303966e-11;
const C3: f64 = 2.0222662487111665e-21;
const C4: f64 = 8.4784276603689e-32;
/// `π/2 − C1` rounded (float32 reduction).
const C2_32: f64 = 6.077100506506192e-11;
const INV_PIO2: f64 = std::f64::consts::FRAC_2_PI;
/// `1.5·2^52`: adding it rounds to an integer (in the low mantissa bits).
const SHIFT: f64 = 6_755_399_441_055_744.0;

const SIGN: u64 = 1 << 63;
/// `2^-27`: below it the float64 tail is dropped.
const TINY: f64 = 7.450_580_596_923_828e-9;

/// `x if c else y`, as a bit mask.
#[inline(always)]
fn pick(c: bool, x: f64, y: f64) -> f64 {
    let m = (c as u64).wrapping_neg();
    f64::from_bits((x.to_bits() & m) | (y.to_bits() & !m))
}

/// `(k, odd)`: `k = round(a·2/π)` as a float, and whether it is odd.
#[inline(always)]
fn quadrant(a: f64) -> (f64, bool) {
    let t = a * INV_PIO2 + SHIFT;
    (t - SHIFT, t.to_bits() & 1 != 0)
}

#[inline(always)]
fn tan64<const FMA: bool>(x: f64) -> f64 {
    let sign = x.to_bits() & SIGN;
    let a = f64::from_bits(x.to_bits() & !SIGN);
    let (k, odd) = quadrant(a);
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
    // −1/(t_hi + t_lo) for odd k (t_hi ≠ 0 there).
    let d = pick(odd, t_hi, 1.0);
    let q = 1.0 / d;
    let (p, pe) = two_prod::<FMA>(q, d);
    let cot = -(q + q * (((1.0 - p) - pe) - q * t_lo));
    let r = pick(odd, cot, t_hi);
    f64::from_bits(r.to_bits() ^ sign)
}

/// `tan` of float64 (see the module docs).
pub(super) struct Tan64;
impl VecFn for Tan64 {
    type T = f64;
    #[inline(always)]
    fn prep(x: f64) -> (bool, f64) {
        let a = x.to_bits() & !SIGN;
        // |x| < 2^20, normal or zero.
        let ok = a < 0x4130_0000_0000_0000 && (a >= f64::MIN_POSITIVE.to_bits() || a == 0);
        (ok, if ok { x } else { 0.0 })
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
        let a = x.to_bits() & !(1 << 31);
        // |x| < 2^20, normal or zero.
        let ok = a < 0x4980_0000 && (a >= f32::MIN_POSITIVE.to_bits() || a == 0);
        (ok, if ok { x } else { 0.0 })
    }
    #[inline(always)]
    fn core(x: f32) -> f32 {
        let x = x as f64;
        let sign = x.to_bits() & SIGN;
        let a = f64::from_bits(x.to_bits() & !SIGN);
        let (k, odd) = quadrant(a);
        let r = (a - k * C1) - k * C2_32;
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
