//! The vector scan behind contiguous float `maximum`/`minimum`/`fmax`/
//! `fmin` reductions and `argmax`/`argmin`: the largest (`MAX`) or
//! smallest element of a slice ignoring NaN, whether any element is NaN,
//! and whether any is not.
//!
//! A NaN never replaces an accumulator (`max(x, m) = x > m ? x : m`, which
//! is what AVX-512's `vmaxpd x, m` computes), so the extreme is that of the
//! numbers. Where several elements tie (`0.0` and `-0.0`) the lane layout
//! decides which one is returned; every caller treats a zero extreme
//! specially (an in-order fold, or an equality search), so results do not
//! depend on the layout. On AVX-512 and AVX2 CPUs the scan uses 4 vectors
//! of accumulators (and mask registers or vector masks for the NaN flags);
//! elsewhere a portable loop with 8 accumulators.

use crate::kernels::reduce::Reducible;
use crate::kernels::simd;

/// Floats with a lane scan (`f64`, `f32`).
pub trait LaneFloat: Reducible + PartialOrd {
    const ZERO: Self;
    /// `(extreme, any NaN, any number)` of `v`: the extreme of `start` and
    /// the numbers of `v` (NaN when `start` is NaN, which nothing replaces).
    fn scan<const MAX: bool>(v: &[Self], start: Self) -> (Self, bool, bool);
}

/// Accumulators of the portable scan.
const LANES: usize = 8;

/// The portable scan: `LANES` independent accumulators the compiler turns
/// into SIMD compares and blends.
#[inline(always)]
fn scan_portable<T: LaneFloat, const MAX: bool>(v: &[T], start: T) -> (T, bool, bool) {
    let mut m = [start; LANES];
    let (mut nan, mut number) = ([false; LANES], [false; LANES]);
    let mut blocks = v.chunks_exact(LANES);
    for b in &mut blocks {
        for j in 0..LANES {
            let x = b[j];
            let better = if MAX { x > m[j] } else { x < m[j] };
            m[j] = if better { x } else { m[j] };
            nan[j] |= x.is_nan();
            number[j] |= !x.is_nan();
        }
    }
    let rest = blocks.remainder();
    let any_nan = nan.iter().any(|&b| b) || rest.iter().any(|x| x.is_nan());
    let any_number = number.iter().any(|&b| b) || rest.iter().any(|x| !x.is_nan());
    (combine::<T, MAX>(&m, rest, start), any_nan, any_number)
}

/// The extreme of the lane accumulators and the unscanned tail.
#[inline(always)]
fn combine<T: LaneFloat, const MAX: bool>(lanes: &[T], rest: &[T], start: T) -> T {
    let mut best = start;
    for &x in lanes.iter().chain(rest) {
        if if MAX { x > best } else { x < best } {
            best = x;
        }
    }
    best
}

/// One vector scan per float type and instruction set: `$w` elements per
/// vector in 4 vectors of accumulators (`max(x, m)` returns `m` when `x`
/// is NaN). The NaN flags start as `$init` (`(nan, number)`), `$update`
/// folds vector `$x` into them and `$any` tells whether flag `$f` is up.
macro_rules! vector_scan {
    (
        $name:ident, $feature:literal, $t:ty, $w:expr,
        $set1:ident, $loadu:ident, $storeu:ident, $max:ident, $min:ident,
        init: $init:expr,
        update: |$nan:ident, $num:ident, $x:ident| $update:block,
        any: |$f:ident| $any:expr $(,)?
    ) => {
        /// # Safety
        #[doc = concat!("The CPU must support ", $feature, ".")]
        #[cfg(target_arch = "x86_64")]
        #[target_feature(enable = $feature)]
        unsafe fn $name<const MAX: bool>(v: &[$t], start: $t) -> ($t, bool, bool) {
            #[allow(unused_imports)]
            use std::arch::x86_64::*;
            let (n, p) = (v.len(), v.as_ptr());
            let s = $set1(start);
            let mut acc = [s, s, s, s];
            let (mut $nan, mut $num) = $init;
            let mut i = 0;
            macro_rules! step {
                ($k:expr, $off:expr) => {{
                    let $x = $loadu(p.add(i + $off));
                    acc[$k] = if MAX {
                        $max($x, acc[$k])
                    } else {
                        $min($x, acc[$k])
                    };
                    $update
                }};
            }
            while i + 4 * $w <= n {
                step!(0, 0);
                step!(1, $w);
                step!(2, 2 * $w);
                step!(3, 3 * $w);
                i += 4 * $w;
            }
            while i + $w <= n {
                step!(0, 0);
                i += $w;
            }
            let mut lanes = [start; 4 * $w];
            for (k, a) in acc.iter().enumerate() {
                $storeu(lanes.as_mut_ptr().add(k * $w), *a);
            }
            let rest = &v[i..];
            let any_nan = {
                let $f = $nan;
                $any
            } || rest.iter().any(|x| x.is_nan());
            let any_number = {
                let $f = $num;
                $any
            } || rest.iter().any(|x| !x.is_nan());
            (combine::<$t, MAX>(&lanes, rest, start), any_nan, any_number)
        }
    };
}

// AVX-512: the NaN flags in mask registers, as bits.
vector_scan!(
    scan_f64_avx512, "avx512f", f64, 8,
    _mm512_set1_pd, _mm512_loadu_pd, _mm512_storeu_pd, _mm512_max_pd, _mm512_min_pd,
    init: (0u64, 0u64),
    update: |nan, num, x| {
        let unordered = _mm512_cmp_pd_mask::<_CMP_UNORD_Q>(x, x) as u64;
        nan |= unordered;
        num |= !unordered & 0xff;
    },
    any: |f| f != 0,
);
vector_scan!(
    scan_f32_avx512, "avx512f", f32, 16,
    _mm512_set1_ps, _mm512_loadu_ps, _mm512_storeu_ps, _mm512_max_ps, _mm512_min_ps,
    init: (0u64, 0u64),
    update: |nan, num, x| {
        let unordered = _mm512_cmp_ps_mask::<_CMP_UNORD_Q>(x, x) as u64;
        nan |= unordered;
        num |= !unordered & 0xffff;
    },
    any: |f| f != 0,
);

// AVX2: the NaN flags as vector masks (`vcmp` unordered/ordered), read once
// at the end.
vector_scan!(
    scan_f64_avx2, "avx2", f64, 4,
    _mm256_set1_pd, _mm256_loadu_pd, _mm256_storeu_pd, _mm256_max_pd, _mm256_min_pd,
    init: (_mm256_setzero_pd(), _mm256_setzero_pd()),
    update: |nan, num, x| {
        nan = _mm256_or_pd(nan, _mm256_cmp_pd::<_CMP_UNORD_Q>(x, x));
        num = _mm256_or_pd(num, _mm256_cmp_pd::<_CMP_ORD_Q>(x, x));
    },
    any: |f| _mm256_movemask_pd(f) != 0,
);
vector_scan!(
    scan_f32_avx2, "avx2", f32, 8,
    _mm256_set1_ps, _mm256_loadu_ps, _mm256_storeu_ps, _mm256_max_ps, _mm256_min_ps,
    init: (_mm256_setzero_ps(), _mm256_setzero_ps()),
    update: |nan, num, x| {
        nan = _mm256_or_ps(nan, _mm256_cmp_ps::<_CMP_UNORD_Q>(x, x));
        num = _mm256_or_ps(num, _mm256_cmp_ps::<_CMP_ORD_Q>(x, x));
    },
    any: |f| _mm256_movemask_ps(f) != 0,
);

macro_rules! lane_float {
    ($t:ty, $avx512:ident, $avx2:ident) => {
        impl LaneFloat for $t {
            const ZERO: $t = 0.0;
            #[inline(always)]
            fn scan<const MAX: bool>(v: &[$t], start: $t) -> ($t, bool, bool) {
                #[cfg(target_arch = "x86_64")]
                if simd::level() == simd::Level::Avx512 {
                    // SAFETY: the CPU has AVX-512F (`simd::level`).
                    return unsafe { $avx512::<MAX>(v, start) };
                }
                #[cfg(target_arch = "x86_64")]
                if simd::level() == simd::Level::Avx2 {
                    // SAFETY: the CPU has AVX2 (`simd::level`).
                    return unsafe { $avx2::<MAX>(v, start) };
                }
                scan_portable::<$t, MAX>(v, start)
            }
        }
    };
}
lane_float!(f64, scan_f64_avx512, scan_f64_avx2);
lane_float!(f32, scan_f32_avx512, scan_f32_avx2);

#[cfg(test)]
mod tests {
    use super::*;

    /// The scan equals a plain loop on values with NaNs, infinities and
    /// ties at every position modulo the vector layout.
    #[test]
    fn scan_matches_plain_loop() {
        for n in [
            0usize, 1, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 129, 1000,
        ] {
            for nan_at in [None, Some(0usize), Some(n / 2), Some(n.saturating_sub(1))] {
                let mut v: Vec<f64> = (0..n)
                    .map(|i| ((i * 2_654_435_761) % 1000) as f64 - 500.0)
                    .collect();
                if let (Some(k), true) = (nan_at, n > 0) {
                    v[k] = f64::NAN;
                }
                if n > 3 {
                    v[3] = f64::INFINITY;
                }
                let w: Vec<f32> = v.iter().map(|&x| x as f32).collect();
                let numbers = v.iter().filter(|x| !x.is_nan());
                let max = numbers.clone().fold(f64::NEG_INFINITY, |a, &b| a.max(b));
                let min = numbers.fold(f64::INFINITY, |a, &b| a.min(b));
                let nan = v.iter().any(|x| x.is_nan());
                let num = v.iter().any(|x| !x.is_nan());
                assert_eq!(f64::scan::<true>(&v, f64::NEG_INFINITY), (max, nan, num));
                assert_eq!(f64::scan::<false>(&v, f64::INFINITY), (min, nan, num));
                assert_eq!(
                    f32::scan::<true>(&w, f32::NEG_INFINITY),
                    (max as f32, nan, num)
                );
                assert_eq!(
                    f32::scan::<false>(&w, f32::INFINITY),
                    (min as f32, nan, num)
                );
            }
        }
    }
}
