//! Element math of the real (float16/32/64) unary ufuncs.
//!
//! * Transcendental functions are the C library's (`sqrtf`/`sqrt`,
//!   `expm1`, `asinh`, …), as NumPy's scalar loops call them. (NumPy builds
//!   for AVX-512 use SVML or their own SIMD code for many float32/float64
//!   functions instead; those agree to a few ULP, not always bit for bit.)
//!   float32/float64 `exp`, `exp2`, `expm1`, `log`, `log2`, `log10`,
//!   `log1p`, `cbrt`, `tan`, `arcsin`, `arccos`, `arctan`,
//!   `sinh`, `cosh`, `tanh`, `arcsinh`, `arccosh` and `arctanh` loops are
//!   the vectorised ones of `kernels::vmath` (within 1–2 ULP of glibc); the
//!   methods here serve float16.
//! * float16 computes in float32 and rounds once to float16.
//! * `deg2rad(x) = x·(π/180)`, `rad2deg(x) = x·(180/π)` with the constant
//!   rounded to the type (float32 for float16).
//! * `rint` rounds half to even; `floor`/`ceil`/`trunc` as C.
//! * `spacing(x)` is the distance from `x` to the next representable value
//!   away from zero (`+0.0` and `-0.0` both give the smallest positive
//!   subnormal; the largest finite value gives `inf`); NaN for ±inf/NaN.
//!   float16 (NumPy's own half routine) differs for negative `x`: the
//!   result is positive, the distance to the neighbour toward zero.
//! * `frexp(x) = (m, e)`, `x = m·2^e`, `0.5 ≤ |m| < 1`; `(x, 0)` for zeros,
//!   infinities and NaN.
//! * `modf(x) = (x − trunc(x), trunc(x))`, the fraction carrying the sign
//!   of `x` (`modf(-2.0) = (-0.0, -2.0)`, `modf(inf) = (0.0, inf)`).
//! * `_angle(x) = atan2(0, x)`: 0 for `x ≥ +0`, π for `x < 0` or `-0.0`.

use crate::kernels::libm::CReal;
use crate::kernels::unary::ops::*;
use half::f16;

/// Float math of one real type; `OP` is a code from `unary::ops` (codes
/// without a real loop are never looked up and return `self`).
pub trait RealMath: Copy {
    fn math<const OP: u8>(self) -> Self;
    fn frexp(self) -> (Self, i32);
    fn modf(self) -> (Self, Self);
}

macro_rules! real {
    ($($t:ident),*) => { $(impl RealMath for $t {
        #[inline(always)]
        fn math<const OP: u8>(self) -> Self {
            use std::$t::consts::PI;
            let x = self;
            match OP {
                SQRT => x.sqrt(),
                CBRT => x.cbrt(),
                EXP => x.exp(),
                EXP2 => x.exp2(),
                EXPM1 => x.exp_m1(),
                LOG => x.ln(),
                LOG2 => x.log2(),
                LOG10 => x.log10(),
                LOG1P => x.ln_1p(),
                SIN => x.sin(),
                COS => x.cos(),
                TAN => x.tan(),
                ARCSIN => x.asin(),
                ARCCOS => x.acos(),
                ARCTAN => x.atan(),
                SINH => x.sinh(),
                COSH => x.cosh(),
                TANH => x.tanh(),
                ARCSINH => x.c_asinh(),
                ARCCOSH => x.c_acosh(),
                ARCTANH => x.c_atanh(),
                DEG2RAD => x * (PI / 180.0),
                RAD2DEG => x * (180.0 / PI),
                FABS => x.abs(),
                SPACING => {
                    if !x.is_finite() {
                        $t::NAN
                    } else if x < 0.0 {
                        x.next_down() - x
                    } else {
                        x.next_up() - x
                    }
                }
                FLOOR => x.floor(),
                CEIL => x.ceil(),
                TRUNC => x.trunc(),
                RINT => x.round_ties_even(),
                ANGLE => (0.0 as $t).atan2(x),
                _ => x,
            }
        }

        #[inline(always)]
        fn frexp(self) -> (Self, i32) {
            self.c_frexp()
        }

        #[inline(always)]
        fn modf(self) -> (Self, Self) {
            let t = self.trunc();
            let f = if self.is_infinite() { 0.0 } else { self - t };
            (f.copysign(self), t)
        }
    })* };
}
real!(f32, f64);

impl RealMath for f16 {
    #[inline(always)]
    fn math<const OP: u8>(self) -> Self {
        match OP {
            FABS => f16::from_bits(self.to_bits() & 0x7fff),
            SPACING => {
                if !self.is_finite() {
                    // NumPy's half loop (alone) reports a non-finite input.
                    crate::fpstatus::raise(crate::fpstatus::INVALID);
                    f16::NAN
                } else {
                    // NumPy's half spacing is always positive: the step
                    // up from a positive value (or ±0) and the step toward
                    // zero from a negative one.
                    let b = self.to_bits();
                    let next = f16::from_bits(match b {
                        0 | 0x8000 => 1,
                        _ if b & 0x8000 != 0 => b - 1,
                        _ => b + 1,
                    });
                    f16::from_f32(next.to_f32() - self.to_f32())
                }
            }
            DEG2RAD => f16::from_f32(self.to_f32() * (std::f32::consts::PI / 180.0)),
            RAD2DEG => f16::from_f32(self.to_f32() * (180.0 / std::f32::consts::PI)),
            _ => f16::from_f32(self.to_f32().math::<OP>()),
        }
    }

    #[inline(always)]
    fn frexp(self) -> (Self, i32) {
        let (m, e) = self.to_f32().c_frexp();
        (f16::from_f32(m), e)
    }

    #[inline(always)]
    fn modf(self) -> (Self, Self) {
        let (f, t) = self.to_f32().modf();
        (f16::from_f32(f), f16::from_f32(t))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spacing_and_parts() {
        assert_eq!(0.0f64.math::<SPACING>(), 5e-324);
        assert_eq!((-0.0f64).math::<SPACING>(), 5e-324);
        assert_eq!((-1.0f64).math::<SPACING>(), -f64::EPSILON);
        assert_eq!(f64::MAX.math::<SPACING>(), f64::INFINITY);
        assert_eq!(f16::from_f32(1.0).math::<SPACING>().to_f32(), 0.0009765625);
        assert_eq!(f16::MAX.math::<SPACING>(), f16::INFINITY);
        assert_eq!(
            f16::from_f32(-1.0).math::<SPACING>().to_f32(),
            0.00048828125
        );
        let (f, t) = (-2.0f64).modf();
        assert!(f == 0.0 && f.is_sign_negative() && t == -2.0);
        assert_eq!(f64::INFINITY.modf(), (0.0, f64::INFINITY));
        assert_eq!(2.5f64.math::<RINT>(), 2.0);
        assert_eq!((-0.0f64).math::<ANGLE>(), std::f64::consts::PI);
    }
}
