//! `cbrt` of float64 and float32.
//!
//! `cbrt` is odd, so the core works on `|x|` and puts the sign back. With
//! the biased exponent `n` of a normal `|x| = 2^(n−1023)·m`, `m ∈ [1, 2)`:
//! * `n − 1023 = 3q + ρ`, `ρ = n mod 3` (`1023 = 3·341`), taken from
//!   `⌊n/3⌋ = (n·21846) >> 16` (exact for `n < 2^15`);
//! * `y = m·2^ρ ∈ [1, 8)` and `cbrt|x| = 2^q·cbrt y` (`2^q` from the bits);
//! * `t₀ = c(m)·2^(ρ/3)`, `c` a cubic interpolating `∛m` at the Chebyshev
//!   nodes of `[1, 2]` (`scripts/vmath_coefficients.py`, error below
//!   `9.5e-5`);
//! * one Halley step `t₁ = t₀·(t₀³ + 2y)/(2t₀³ + y)` (cubic convergence:
//!   relative error below `10^-12`);
//! * float64 only: one Newton step carried exactly,
//!   `t = t₁ + t₁·(y − t₁³)/(3t₁³)`, with `t₁³` formed as `hi + lo` from two
//!   exact products ([`two_prod`]) so `y − t₁³` is exact; the correction is
//!   below `10^-12·t₁` and its own error below `10^-24·t₁`, so `t` is
//!   rounded about once. Float32 runs the float64 steps up to `t₁` and
//!   rounds once.
//!
//! Range: the normal finite numbers and ±0 (returned as they are);
//! subnormals (float64; float32 ones are normal in float64 and stay in
//! range), ±inf and NaN go to the libm fix-up. The exact products are
//! exact with or without FMA, so every SIMD level gives the same bits.

use super::expm1::{SIGN32, SIGN64};
use super::{two_prod, VecFn};

/// `∛m ≈ C0 + C1·m + C2·m² + C3·m³` on `[1, 2]`.
const C: [f64; 4] = [
    0.555_790_960_269_138_8,
    0.580_826_391_138_095_2,
    -0.158_662_460_053_190_9,
    0.022_148_699_208_245_196,
];
/// `2^(ρ/3)` for `ρ = 1, 2`.
const CBRT2: f64 = 1.259_921_049_894_873_2;
const CBRT4: f64 = 1.587_401_051_968_199_6;

const MANTISSA: u64 = (1 << 52) - 1;

/// `cbrt` of a float64 that is ±0 or normal finite; with `NEWTON` the
/// final exact Newton step (float64), else `t₁` (enough for float32).
#[inline(always)]
fn cbrt_core<const NEWTON: bool, const FMA: bool>(x: f64) -> f64 {
    let b = x.to_bits();
    let a = b & !SIGN64;
    let n = a >> 52;
    let third = (n * 21846) >> 16;
    let rho = n - 3 * third;
    let m = f64::from_bits((a & MANTISSA) | (1023 << 52));
    let y = f64::from_bits((a & MANTISSA) | ((1023 + rho) << 52));
    let scale = f64::from_bits((third + 682) << 52);
    let c = C[0] + m * (C[1] + m * (C[2] + m * C[3]));
    let t0 = c * if rho == 0 {
        1.0
    } else if rho == 1 {
        CBRT2
    } else {
        CBRT4
    };
    let t03 = t0 * t0 * t0;
    let t1 = t0 * ((t03 + 2.0 * y) / (2.0 * t03 + y));
    let t = if NEWTON {
        let (s, s_lo) = two_prod::<FMA>(t1, t1);
        let (c3, c3_lo) = two_prod::<FMA>(s, t1);
        let c3_lo = c3_lo + s_lo * t1;
        let res = (y - c3) - c3_lo;
        t1 + t1 * (res / (3.0 * c3))
    } else {
        t1
    };
    let r = if a == 0 { 0.0 } else { t * scale };
    f64::from_bits(r.to_bits() | (b & SIGN64))
}

/// `cbrt` of float64: range ±0 and the normal finite numbers.
pub(super) struct Cbrt64;
impl VecFn for Cbrt64 {
    type T = f64;
    #[inline(always)]
    fn prep(x: f64) -> (bool, f64) {
        let a = x.to_bits() & !SIGN64;
        let ok = a < f64::INFINITY.to_bits() && (a >= f64::MIN_POSITIVE.to_bits() || a == 0);
        (ok, if ok { x } else { 0.0 })
    }
    #[inline(always)]
    fn core(x: f64) -> f64 {
        cbrt_core::<true, false>(x)
    }
    #[inline(always)]
    fn core_fma(x: f64) -> f64 {
        cbrt_core::<true, true>(x)
    }
    #[inline(always)]
    fn libm(x: f64) -> f64 {
        x.cbrt()
    }
}

/// `cbrt` of float32: the float64 steps up to the Halley step, rounded
/// once; range the finite floats (subnormals are normal in float64).
pub(super) struct Cbrt32;
impl VecFn for Cbrt32 {
    type T = f32;
    #[inline(always)]
    fn prep(x: f32) -> (bool, f32) {
        // Subnormals included: they are normal in float64.
        let a = x.to_bits() & !SIGN32;
        let ok = a < f32::INFINITY.to_bits();
        (ok, if ok { x } else { 0.0 })
    }
    #[inline(always)]
    fn core(x: f32) -> f32 {
        cbrt_core::<false, false>(x as f64) as f32
    }
    #[inline(always)]
    fn libm(x: f32) -> f32 {
        x.cbrt()
    }
}
