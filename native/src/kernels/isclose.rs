//! `np.isclose` of float32/float64 arrays in one pass. NumPy evaluates
//!
//! ```text
//! (|x − y| ≤ atol + rtol·|y|  and  y finite)  or  x == y  [or  (x, y both NaN)]
//! ```
//!
//! as a chain of ufuncs, each rounding to the element type `T` (`atol` and
//! `rtol` are Python floats, so they take `T`). These ops make the same
//! roundings per element in one pass: `_isclose(x, y, rtol, atol) -> bool`
//! and `_isclose_nan` (`equal_nan=True`), with `rtol`/`atol` 0-d operands.
//! NumPy runs the chain under `errstate(invalid='ignore')`; a caller seeing
//! any other flag from these ops reruns the chain for NumPy's per-op
//! warnings ("overflow encountered in subtract"…).

use crate::dtype::DType;
use crate::kernels::binary_loops::{dispatch, homogeneous};
use crate::ufunc::{Kernel, OpDef};

/// The closeness test of one float type.
pub trait Close: Copy {
    /// `(|x − y| ≤ atol + rtol·|y| ∧ y finite) ∨ x == y`, each step rounded
    /// to `Self`, or'ed with "both NaN" when `equal_nan`.
    fn close(x: Self, y: Self, rtol: Self, atol: Self, equal_nan: bool) -> bool;
}

macro_rules! close {
    ($($t:ty),*) => { $(impl Close for $t {
        #[inline(always)]
        fn close(x: Self, y: Self, rtol: Self, atol: Self, equal_nan: bool) -> bool {
            let within = (x - y).abs() <= atol + rtol * y.abs();
            // `&`/`|`, not `&&`/`||`: every test runs, so the loop vectorises.
            let close = (within & y.is_finite()) | (x == y);
            close | (equal_nan & x.is_nan() & y.is_nan())
        }
    })* };
}
close!(f32, f64);

/// The strided loop `[x, y, rtol, atol, out]`, with a contiguous path for
/// contiguous `x`, `y` and `out`.
///
/// # Safety
/// `p`/`s` address `n` elements of `T` (inputs) and of bool (output);
/// `rtol` and `atol` are one element each (the caller's 0-d operands).
unsafe fn close_kernel<T: Close, const EQUAL_NAN: bool>(p: &[*mut u8], s: &[isize], n: usize) {
    let size = std::mem::size_of::<T>() as isize;
    let rtol = std::ptr::read_unaligned(p[2] as *const T);
    let atol = std::ptr::read_unaligned(p[3] as *const T);
    let aligned = (p[0] as usize).is_multiple_of(std::mem::align_of::<T>())
        && (p[1] as usize).is_multiple_of(std::mem::align_of::<T>());
    if aligned && s[0] == size && s[1] == size && s[4] == 1 {
        let x = std::slice::from_raw_parts(p[0] as *const T, n);
        let y = std::slice::from_raw_parts(p[1] as *const T, n);
        // (`out` is bool bytes; it overlaps no input, which the engine stages.)
        let out = std::slice::from_raw_parts_mut(p[4], n);
        for ((o, &a), &b) in out.iter_mut().zip(x).zip(y) {
            *o = T::close(a, b, rtol, atol, EQUAL_NAN) as u8;
        }
        return;
    }
    let (mut x, mut y, mut o) = (p[0], p[1], p[4]);
    for _ in 0..n {
        let a = std::ptr::read_unaligned(x as *const T);
        let b = std::ptr::read_unaligned(y as *const T);
        *o = T::close(a, b, rtol, atol, EQUAL_NAN) as u8;
        x = x.offset(s[0]);
        y = y.offset(s[1]);
        o = o.offset(s[4]);
    }
}

/// The kernel of `[x, y, rtol, atol] -> bool` for `T` = the inputs' dtype.
fn lookup<const EQUAL_NAN: bool>(d: &[DType]) -> Option<Kernel> {
    if d.len() != 5 || !homogeneous(&d[..4]) || d[4] != DType::Bool {
        return None;
    }
    dispatch!(d[0], T => close_kernel::<T, EQUAL_NAN> as Kernel, Float32: f32, Float64: f64)
}

/// Table entry: `ffff->?`, `dddd->?`.
pub const ISCLOSE: OpDef = OpDef {
    name: "_isclose",
    nin: 4,
    nout: 1,
    lookup: lookup::<false>,
};

/// Table entry (`equal_nan=True`): `ffff->?`, `dddd->?`.
pub const ISCLOSE_NAN: OpDef = OpDef {
    name: "_isclose_nan",
    nin: 4,
    nout: 1,
    lookup: lookup::<true>,
};
