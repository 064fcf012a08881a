//! Sorting, searching and set kernels: NumPy's element order, lane walking
//! and one file per verb.
//!
//! NumPy's order puts NaN last: for reals `a < b` is `a < b || (b is NaN &&
//! a is not)`; complex values order lexicographically by (real, imag) within
//! four NaN classes `[R + Rj, R + nanj, nan + Rj, nan + nanj]`, each class
//! ordered by its non-NaN part. `-0.0` and `0.0` compare equal, and so do all
//! NaNs, so stable sorts keep their input order.

pub mod argsort;
pub mod count;
pub mod lanes;
pub mod lexsort;
pub mod median;
pub mod partition;
pub mod radix;
pub mod searchsorted;
// One file per verb; `sort/sort.rs` is the `sort` verb itself.
#[allow(clippy::module_inception)]
pub mod sort;
pub mod unique;
#[cfg(target_arch = "x86_64")]
pub mod vqargsort;
#[cfg(target_arch = "x86_64")]
pub mod vqavx2;
#[cfg(target_arch = "x86_64")]
pub mod vqkeys;
#[cfg(target_arch = "x86_64")]
pub mod vqselect;
#[cfg(target_arch = "x86_64")]
pub mod vqsort;
#[cfg(target_arch = "x86_64")]
mod vqsplit;
#[cfg(all(test, target_arch = "x86_64"))]
mod vqtests;

use crate::dtype::{Bool8, Element};
use half::f16;
use num_complex::{Complex32, Complex64};
use std::cmp::Ordering;

/// An element type in NumPy's sort order.
pub trait SortElem: Element {
    /// Bytes of the radix key; 0 when the type sorts by comparisons only.
    const KEY_BYTES: usize;
    /// An order-preserving unsigned key (`a < b` ⇔ `key(a) < key(b)`, equal
    /// elements — `-0.0`/`0.0`, any two NaNs — share a key). Only called when
    /// `KEY_BYTES > 0`.
    fn key(self) -> u64;
    /// NumPy's less-than (NaN last).
    fn lt(self, other: Self) -> bool;
    /// `!=` as NumPy computes it (NaN differs from everything); with
    /// `equal_nan`, values that are both NaN (any part, for complex) are equal.
    fn differs(self, other: Self, equal_nan: bool) -> bool;
    /// Python truthiness (`count_nonzero`).
    fn nonzero(self) -> bool;
    /// `isnan` (false for non-float types).
    fn isnan(self) -> bool;
    /// Whether the type has the invertible 64-bit key of [`to_u64`](Self::to_u64)
    /// (32- and 64-bit integers and floats), for the vectorised sort.
    const SIMD_KEY: bool = false;
    /// How [`to_u64`](Self::to_u64) maps the element's bits, for the
    /// vectorised conversions.
    const KEY_MAP: KeyMap = KeyMap::Unsigned;
    /// An order-preserving, invertible `u64` key: NumPy's order, except that
    /// `-0.0` sorts before `0.0`; every NaN maps to `u64::MAX` (and back to
    /// the default NaN). Only called when `SIMD_KEY`.
    #[inline(always)]
    fn to_u64(self) -> u64 {
        0
    }
    /// The element of a key from [`to_u64`](Self::to_u64). Only called when `SIMD_KEY`.
    #[inline(always)]
    fn from_u64(_key: u64) -> Self {
        unreachable!("from_u64 of a type without SIMD_KEY")
    }
}

/// How an element's bits become its `u64` sort key ([`SortElem::to_u64`]),
/// for `w`-bit elements (`w` = 32 or 64).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum KeyMap {
    /// The bits themselves.
    Unsigned,
    /// The bits with the sign bit flipped.
    Signed,
    /// Negatives bit-inverted, non-negatives with the sign bit set, every
    /// NaN all ones (and back to the default NaN).
    Float,
}

/// Float bits → key: negatives bit-inverted, non-negatives with the sign
/// bit set; NaN → all ones. Branch-free (selects), so that the conversion
/// loops vectorise.
#[inline(always)]
fn float_key(bits: u64, sign: u64, nan: bool) -> u64 {
    let flip = if bits & sign != 0 {
        sign | (sign - 1)
    } else {
        sign
    };
    let key = bits ^ flip;
    if nan {
        u64::MAX
    } else {
        key
    }
}

/// Inverse of [`float_key`] for non-NaN keys (branch-free, as
/// [`float_key`]).
#[inline(always)]
fn float_bits(key: u64, sign: u64) -> u64 {
    let flip = if key & sign != 0 {
        sign
    } else {
        sign | (sign - 1)
    };
    key ^ flip
}

/// Total order from [`SortElem::lt`].
#[inline(always)]
pub fn order<T: SortElem>(a: T, b: T) -> Ordering {
    if a.lt(b) {
        Ordering::Less
    } else if b.lt(a) {
        Ordering::Greater
    } else {
        Ordering::Equal
    }
}

macro_rules! int_elem {
    ($($t:ty => $u:ty, $flip:expr),*) => {$(
        impl SortElem for $t {
            const KEY_BYTES: usize = std::mem::size_of::<$t>();
            #[inline(always)]
            fn key(self) -> u64 {
                // Flipping the sign bit maps signed order onto unsigned order.
                ((self as $u) ^ $flip) as u64
            }
            #[inline(always)]
            fn lt(self, other: Self) -> bool { self < other }
            #[inline(always)]
            fn differs(self, other: Self, _: bool) -> bool { self != other }
            #[inline(always)]
            fn nonzero(self) -> bool { self != 0 }
            #[inline(always)]
            fn isnan(self) -> bool { false }
            const SIMD_KEY: bool = std::mem::size_of::<$t>() >= 4;
            const KEY_MAP: KeyMap = {
                let flip: $u = $flip;
                if flip == 0 { KeyMap::Unsigned } else { KeyMap::Signed }
            };
            #[inline(always)]
            fn to_u64(self) -> u64 { self.key() }
            #[inline(always)]
            fn from_u64(k: u64) -> Self { ((k as $u) ^ $flip) as $t }
        }
    )*};
}
int_elem!(
    i8 => u8, 1 << 7, i16 => u16, 1 << 15, i32 => u32, 1 << 31, i64 => u64, 1 << 63,
    u8 => u8, 0, u16 => u16, 0, u32 => u32, 0, u64 => u64, 0
);

impl SortElem for Bool8 {
    const KEY_BYTES: usize = 1;
    #[inline(always)]
    fn key(self) -> u64 {
        self.get() as u64
    }
    #[inline(always)]
    fn lt(self, other: Self) -> bool {
        !self.get() && other.get()
    }
    #[inline(always)]
    fn differs(self, other: Self, _: bool) -> bool {
        self.get() != other.get()
    }
    #[inline(always)]
    fn nonzero(self) -> bool {
        self.get()
    }
    #[inline(always)]
    fn isnan(self) -> bool {
        false
    }
}

/// IEEE-754 bits → sortable unsigned key: negatives are bit-inverted,
/// non-negatives get the sign bit set; `-0.0` is first mapped to `0.0` and
/// every NaN to the largest key.
macro_rules! float_elem {
    ($($t:ty => $u:ty, $to:expr, $isnan:expr, $zero:expr),*) => {$(
        impl SortElem for $t {
            const KEY_BYTES: usize = std::mem::size_of::<$t>();
            #[inline(always)]
            fn key(self) -> u64 {
                let isnan: fn($t) -> bool = $isnan;
                if isnan(self) {
                    return <$u>::MAX as u64;
                }
                let to: fn($t) -> $u = $to;
                let zero: fn($t) -> bool = $zero;
                let bits = if zero(self) { 0 } else { to(self) };
                let sign = <$u>::MAX ^ (<$u>::MAX >> 1);
                (if bits & sign != 0 { !bits } else { bits | sign }) as u64
            }
            #[inline(always)]
            fn lt(self, other: Self) -> bool {
                self < other || (other != other && self == self)
            }
            #[inline(always)]
            fn differs(self, other: Self, equal_nan: bool) -> bool {
                self != other && !(equal_nan && self != self && other != other)
            }
            #[inline(always)]
            fn nonzero(self) -> bool { #[allow(clippy::cmp_owned)] { self != <$t>::from(0u8) } }
            #[inline(always)]
            fn isnan(self) -> bool { self != self }
            const SIMD_KEY: bool = std::mem::size_of::<$t>() >= 4;
            const KEY_MAP: KeyMap = KeyMap::Float;
            #[inline(always)]
            fn to_u64(self) -> u64 {
                let to: fn($t) -> $u = $to;
                let sign = (<$u>::MAX ^ (<$u>::MAX >> 1)) as u64;
                float_key(to(self) as u64, sign, self != self)
            }
            #[inline(always)]
            fn from_u64(k: u64) -> Self {
                let sign = (<$u>::MAX ^ (<$u>::MAX >> 1)) as u64;
                let x = <$t>::from_bits(float_bits(k, sign) as $u);
                if k == u64::MAX { <$t>::NAN } else { x }
            }
        }
    )*};
}
float_elem!(
    f64 => u64, |x| x.to_bits(), |x| x.is_nan(), |x| x == 0.0,
    f32 => u32, |x| x.to_bits(), |x| x.is_nan(), |x| x == 0.0,
    f16 => u16, |x| x.to_bits(), |x| x.is_nan(), |x| x.to_bits() & 0x7fff == 0
);

macro_rules! complex_elem {
    ($($t:ty),*) => {$(
        impl SortElem for $t {
            const KEY_BYTES: usize = 0;
            fn key(self) -> u64 {
                0
            }
            #[inline(always)]
            fn lt(self, other: Self) -> bool {
                let class = |z: Self| ((z.re.is_nan() as u8) << 1) | z.im.is_nan() as u8;
                let (ca, cb) = (class(self), class(other));
                if ca != cb {
                    return ca < cb;
                }
                match ca {
                    0 => self.re < other.re || (self.re == other.re && self.im < other.im),
                    1 => self.re < other.re,
                    2 => self.im < other.im,
                    _ => false,
                }
            }
            #[inline(always)]
            fn differs(self, other: Self, equal_nan: bool) -> bool {
                self != other && !(equal_nan && self.isnan() && other.isnan())
            }
            #[inline(always)]
            fn nonzero(self) -> bool {
                self.re != 0.0 || self.im != 0.0
            }
            #[inline(always)]
            fn isnan(self) -> bool {
                self.re.is_nan() || self.im.is_nan()
            }
        }
    )*};
}
complex_elem!(Complex32, Complex64);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_preserve_order() {
        let xs = [
            f64::NEG_INFINITY,
            -2.5,
            -0.0,
            0.0,
            1e-300,
            3.0,
            f64::INFINITY,
            f64::NAN,
        ];
        for w in xs.windows(2) {
            assert!(w[0].key() <= w[1].key(), "{} {}", w[0], w[1]);
        }
        assert_eq!((-0.0f64).key(), 0.0f64.key());
        assert_eq!((-f64::NAN).key(), f64::NAN.key());
        assert!((-5i32).key() < 3i32.key());
        assert!(i64::MIN.key() < i64::MAX.key());
        assert!(200u8.key() > 3u8.key());
        assert!(f16::from_f32(-1.0).key() < f16::from_f32(-0.5).key());
        assert_eq!(f16::from_f32(-0.0).key(), f16::from_f32(0.0).key());
    }

    #[test]
    fn complex_nan_classes() {
        let n = f64::NAN;
        let z = |a, b| Complex64::new(a, b);
        let xs = [
            z(1.0, 5.0),
            z(2.0, 0.0),
            z(1.0, n),
            z(3.0, n),
            z(n, 0.0),
            z(n, 1.0),
            z(n, n),
        ];
        for w in xs.windows(2) {
            assert!(w[0].lt(w[1]) && !w[1].lt(w[0]));
        }
    }
}
