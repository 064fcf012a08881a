//! `np.round(a, decimals)` of float32/float64 in one pass. NumPy computes
//! `rint(a·10ᵈ)/10ᵈ` (`rint(a/10⁻ᵈ)·10⁻ᵈ` for negative `d`) as three
//! ufunc passes, each rounding to the element type; these ops make the same
//! three roundings per element in one pass (`_round_scaled(a, f) =
//! rint(a·f)/f`, `_round_unscaled(a, f) = rint(a/f)·f`, `f` a 0-d operand),
//! so the results are the same bits. The caller reruns the three passes when
//! a flag is raised, for NumPy's per-op warnings.

use crate::dtype::DType;
use crate::kernels::binary_loops::{dispatch, homogeneous, map2};
use crate::ufunc::{Kernel, OpDef};

/// The two fused roundings of one float type.
pub trait RoundScaled: Copy {
    /// `rint(self·f)/f`.
    fn scaled(self, f: Self) -> Self;
    /// `rint(self/f)·f`.
    fn unscaled(self, f: Self) -> Self;
}

macro_rules! round_scaled {
    ($($t:ty),*) => { $(impl RoundScaled for $t {
        #[inline(always)]
        fn scaled(self, f: Self) -> Self {
            (self * f).round_ties_even() / f
        }
        #[inline(always)]
        fn unscaled(self, f: Self) -> Self {
            (self / f).round_ties_even() * f
        }
    })* };
}
round_scaled!(f32, f64);

/// The strided loop `[a, f, out]` of `_round_scaled`.
///
/// # Safety
/// `p`/`s` address `n` elements of `T` each.
unsafe fn scaled_kernel<T: RoundScaled>(p: &[*mut u8], s: &[isize], n: usize) {
    map2::<T, T, T>(p, s, n, T::scaled)
}

/// The strided loop `[a, f, out]` of `_round_unscaled`.
///
/// # Safety
/// As [`scaled_kernel`].
unsafe fn unscaled_kernel<T: RoundScaled>(p: &[*mut u8], s: &[isize], n: usize) {
    map2::<T, T, T>(p, s, n, T::unscaled)
}

/// Table entry: `ff->f`, `dd->d`.
pub const ROUND_SCALED: OpDef = OpDef {
    name: "_round_scaled",
    nin: 2,
    nout: 1,
    lookup: |d: &[DType]| {
        if d.len() != 3 || !homogeneous(d) {
            return None;
        }
        dispatch!(d[0], T => scaled_kernel::<T> as Kernel, Float32: f32, Float64: f64)
    },
};

/// Table entry: `ff->f`, `dd->d`.
pub const ROUND_UNSCALED: OpDef = OpDef {
    name: "_round_unscaled",
    nin: 2,
    nout: 1,
    lookup: |d: &[DType]| {
        if d.len() != 3 || !homogeneous(d) {
            return None;
        }
        dispatch!(d[0], T => unscaled_kernel::<T> as Kernel, Float32: f32, Float64: f64)
    },
};

#[cfg(test)]
mod tests {
    use super::*;

    /// The fused loop gives the three separate passes' bits (contiguous
    /// and with a scalar factor, as the caller runs it).
    #[test]
    fn fused_equals_three_passes() {
        let a: Vec<f64> = (0..1000)
            .map(|i| ((i as f64) * 0.7391).sin() * 10f64.powi(i % 9 - 3))
            .chain([0.125, 0.135, -2.675, 1e300, -0.0, 0.5, 1.5, 2.5])
            .collect();
        for d in [1i32, 2, 3, -1, -2] {
            let f = 10f64.powi(d.abs());
            let mut out = vec![0.0f64; a.len()];
            let (k, want): (Kernel, Box<dyn Fn(f64) -> f64>) = if d > 0 {
                (
                    scaled_kernel::<f64>,
                    Box::new(|x: f64| (x * f).round_ties_even() / f),
                )
            } else {
                (
                    unscaled_kernel::<f64>,
                    Box::new(|x: f64| (x / f).round_ties_even() * f),
                )
            };
            unsafe {
                k(
                    &[
                        a.as_ptr() as *mut u8,
                        &f as *const f64 as *mut u8,
                        out.as_mut_ptr() as *mut u8,
                    ],
                    &[8, 0, 8],
                    a.len(),
                )
            };
            for (x, y) in a.iter().zip(&out) {
                assert_eq!(y.to_bits(), want(*x).to_bits(), "round({x:e}, {d})");
            }
            let a32: Vec<f32> = a.iter().map(|&x| x as f32).collect();
            let f32_ = f as f32;
            let mut o32 = vec![0f32; a32.len()];
            let k32: Kernel = if d > 0 {
                scaled_kernel::<f32>
            } else {
                unscaled_kernel::<f32>
            };
            unsafe {
                k32(
                    &[
                        a32.as_ptr() as *mut u8,
                        &f32_ as *const f32 as *mut u8,
                        o32.as_mut_ptr() as *mut u8,
                    ],
                    &[4, 0, 4],
                    a32.len(),
                )
            };
            for (x, y) in a32.iter().zip(&o32) {
                let w = if d > 0 {
                    (x * f32_).round_ties_even() / f32_
                } else {
                    (x / f32_).round_ties_even() * f32_
                };
                assert_eq!(y.to_bits(), w.to_bits(), "round({x:e}f32, {d})");
            }
        }
    }
}
