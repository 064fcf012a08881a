//! Element math of the unary arithmetic ufuncs: `negative`, `absolute`,
//! `sign`, `reciprocal`, `square`, `conjugate`, `invert`, `bitwise_count`.
//!
//! * Integers wrap (two's complement): `negative(-128i8) = -128`,
//!   `absolute(-128i8) = -128`, `negative(1u8) = 255`.
//! * Integer `reciprocal` is `1.0 / x` in float64 converted back with C's
//!   conversion (as NumPy's loop), so `1/0` gives what the cast of `inf`
//!   gives (`0` for ≤ 32-bit types, `i64::MIN` for int64).
//! * Float `sign` is `1`, `-1`, `0` (positive zero, also for `-0.0`) or the
//!   NaN itself.
//! * Complex `sign` (NumPy 2) is `z/|z|`; `0` for `0`; for infinite `|z|`,
//!   `±1` or `±i` along the infinite axis, NaN when both parts are
//!   infinite; NaN when `|z|` is NaN. Complex `reciprocal` scales by the
//!   larger part (Smith's method, `1/0` is NaN); complex `square` is
//!   `kernels::complex_product`'s.
//! * float16 computes in float32 and rounds once; its `negative` and
//!   `absolute` flip or clear the sign bit.
//! * `bitwise_count` counts the one bits of `|x|` (`-1` has one bit).

use crate::kernels::cast::CastTo;
use crate::kernels::unary::ops::*;
use half::f16;
use num_complex::{Complex32, Complex64};

/// Same-type unary arithmetic; `OP` is a code from `unary::ops`. Codes an
/// element type has no NumPy loop for are never looked up and return `self`.
pub trait UnaryArith: Copy {
    fn arith<const OP: u8>(self) -> Self;
}

/// Integer-only unary ops.
pub trait IntOps: Copy {
    /// Number of one bits in `|x|`.
    fn popcount(self) -> u8;
}

macro_rules! signed {
    ($($t:ty),*) => { $(
        impl UnaryArith for $t {
            #[inline(always)]
            fn arith<const OP: u8>(self) -> Self {
                match OP {
                    NEGATIVE => self.wrapping_neg(),
                    ABSOLUTE => self.wrapping_abs(),
                    SIGN => self.signum(),
                    RECIPROCAL => (1.0 / self as f64).cast_to(),
                    SQUARE => self.wrapping_mul(self),
                    INVERT => !self,
                    _ => self,
                }
            }
        }
        impl IntOps for $t {
            #[inline(always)]
            fn popcount(self) -> u8 {
                self.unsigned_abs().count_ones() as u8
            }
        }
    )* };
}
signed!(i8, i16, i32, i64);

macro_rules! unsigned {
    ($($t:ty),*) => { $(
        impl UnaryArith for $t {
            #[inline(always)]
            fn arith<const OP: u8>(self) -> Self {
                match OP {
                    NEGATIVE => self.wrapping_neg(),
                    SIGN => (self > 0) as $t,
                    RECIPROCAL => (1.0 / self as f64).cast_to(),
                    SQUARE => self.wrapping_mul(self),
                    INVERT => !self,
                    _ => self,
                }
            }
        }
        impl IntOps for $t {
            #[inline(always)]
            fn popcount(self) -> u8 {
                self.count_ones() as u8
            }
        }
    )* };
}
unsigned!(u8, u16, u32, u64);

/// Real `sign`: 1, -1, +0 for either zero, NaN unchanged.
#[inline(always)]
fn real_sign<T: PartialOrd + Copy + From<i8>>(x: T) -> T {
    let zero = T::from(0);
    if x > zero {
        T::from(1)
    } else if x < zero {
        T::from(-1)
    } else if x == zero {
        zero
    } else {
        x
    }
}

macro_rules! float {
    ($($t:ty),*) => { $(impl UnaryArith for $t {
        #[inline(always)]
        fn arith<const OP: u8>(self) -> Self {
            match OP {
                NEGATIVE => -self,
                ABSOLUTE => self.abs(),
                SIGN => real_sign(self),
                RECIPROCAL => 1.0 / self,
                SQUARE => self * self,
                _ => self,
            }
        }
    })* };
}
float!(f32, f64);

impl UnaryArith for f16 {
    #[inline(always)]
    fn arith<const OP: u8>(self) -> Self {
        match OP {
            NEGATIVE => f16::from_bits(self.to_bits() ^ 0x8000),
            ABSOLUTE => f16::from_bits(self.to_bits() & 0x7fff),
            _ => f16::from_f32(self.to_f32().arith::<OP>()),
        }
    }
}

macro_rules! complex {
    ($($c:ty => $t:ty),*) => { $(impl UnaryArith for $c {
        #[inline(always)]
        fn arith<const OP: u8>(self) -> Self {
            let (r, i) = (self.re, self.im);
            match OP {
                NEGATIVE => <$c>::new(-r, -i),
                CONJUGATE => <$c>::new(r, -i),
                RECIPROCAL => <$c as ComplexReciprocal>::reciprocal_of(r, i),
                SIGN => {
                    let m = r.hypot(i);
                    if m == 0.0 {
                        <$c>::new(0.0, 0.0)
                    } else if m.is_nan() {
                        <$c>::new(<$t>::NAN, <$t>::NAN)
                    } else if m.is_infinite() {
                        match (r.is_infinite(), i.is_infinite()) {
                            (true, true) => <$c>::new(<$t>::NAN, <$t>::NAN),
                            (true, false) => <$c>::new(real_sign(r), 0.0),
                            _ => <$c>::new(0.0, real_sign(i)),
                        }
                    } else {
                        <$c>::new(r / m, i / m)
                    }
                }
                _ => self,
            }
        }
    })* };
}
complex!(Complex32 => f32, Complex64 => f64);

/// NumPy's complex `reciprocal` (Smith's method), per complex type, with
/// the branches as selects of operands and an opaque divisor: both sides
/// then make the divisions NumPy's taken branch makes, so evaluating both
/// (vectorised or speculated) raises no extra flag. NumPy's C `|i| <= |r|` signals
/// "invalid" for a NaN.
trait ComplexReciprocal: Sized {
    type Part;
    fn reciprocal_of(r: Self::Part, i: Self::Part) -> Self;
}
macro_rules! complex_reciprocal {
    ($($c:ty => $t:ty),*) => { $(impl ComplexReciprocal for $c {
        type Part = $t;
        #[inline(always)]
        fn reciprocal_of(r: $t, i: $t) -> $c {
            if r.is_nan() | i.is_nan() {
                crate::fpstatus::raise(crate::fpstatus::INVALID);
            }
            // |i| <= |r|: q = i/r, d = r + i·q, 1/z = (1/d, −q/d);
            // else q = r/i, d = r·q + i, 1/z = (q/d, −1/d).
            let small = i.abs() <= r.abs();
            let (p, s) = if small { (i, r) } else { (r, i) };
            // (Opaque: else `p / select(…)` becomes two divisions.)
            let s = std::hint::black_box(s);
            let q = p / s;
            let d = s + p * q;
            let (one, qd) = (1.0 / d, q / d);
            if small { <$c>::new(one, -qd) } else { <$c>::new(qd, -one) }
        }
    })* };
}
complex_reciprocal!(Complex32 => f32, Complex64 => f64);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_wrap_like_numpy() {
        assert_eq!((-128i8).arith::<NEGATIVE>(), -128);
        assert_eq!((-128i8).arith::<ABSOLUTE>(), -128);
        assert_eq!(1u8.arith::<NEGATIVE>(), 255);
        assert_eq!(0i8.arith::<RECIPROCAL>(), 0);
        assert_eq!(0i64.arith::<RECIPROCAL>(), i64::MIN);
        assert_eq!((-1i8).popcount(), 1);
        assert_eq!(i64::MIN.popcount(), 1);
    }

    #[test]
    fn float_and_complex_specials() {
        assert!((-0.0f64).arith::<SIGN>().is_sign_positive());
        assert!(f64::NAN.arith::<SIGN>().is_nan());
        let s = Complex64::new(f64::NEG_INFINITY, f64::NAN).arith::<SIGN>();
        assert_eq!((s.re, s.im), (-1.0, 0.0));
        let r = Complex64::new(0.0, 0.0).arith::<RECIPROCAL>();
        assert!(r.re.is_nan() && r.im.is_nan());
        assert_eq!(f16::from_f32(-2.0).arith::<ABSOLUTE>(), f16::from_f32(2.0));
    }
}
