//! AVX2 three-way split of a lane in place around an interval of keys, for
//! `np.partition` ([`super::vqselect`]): the elements whose keys are below
//! `lo` end at the front of the lane and those above `hi` at its back, the
//! ones inside `lo..=hi` are copied out to a buffer, and their places are
//! left as a gap between the two, exactly as long. Elements move as they
//! are (bits untouched) and are compared as elements, not keys: floats
//! with ordered compares (a NaN is above every bound; `-0.0` and `0.0`
//! compare equal, which keeps the pieces in key order since they are
//! neighbours there), integers as signed (unsigned ones with the sign bit
//! flipped).
//!
//! The walk is [`super::vqavx2`]'s in-place partition: the first and last
//! [`UNROLL`] vectors (of 4 64-bit or 8 32-bit elements) are set aside,
//! each step reads `UNROLL` vectors from the side with less free room, and
//! every vector is written with whole-vector stores: one `vpermd` gathers
//! the elements below `lo` to the low lanes, stored at the front cursor;
//! another gathers those above `hi` to the high lanes, stored ending at the
//! back cursor; a third gathers the kept ones, stored at the buffer's
//! cursor. A kept element leaves the lane, so the free room only grows
//! beyond the partition's (the two gaps total at least `2·UNROLL` vectors),
//! and every store lands in free room. The few unread elements and the
//! set-aside vectors go last, element by element once the single gap left
//! is shorter than two vectors.

use super::vqavx2::PERM;
use super::vqsort::SPLIT;
use super::{KeyMap, SortElem};
use std::arch::x86_64::*;

/// Vectors set aside at each end, and read per step.
const UNROLL: usize = 8;

/// Elements of `S` per vector.
const fn lanes<S>() -> usize {
    32 / std::mem::size_of::<S>()
}

/// The `vpermd` indices that gather the lanes (of `S`) set in `m` to the
/// low lanes and the others after them, each in order.
#[inline]
#[target_feature(enable = "avx2,popcnt")]
unsafe fn gather_index<S>(m: usize) -> __m256i {
    if std::mem::size_of::<S>() == 8 {
        _mm256_loadu_si256(PERM[m].as_ptr() as *const _)
    } else {
        _mm256_cvtepu8_epi32(_mm_loadl_epi64(SPLIT[m].as_ptr() as *const _))
    }
}

/// The bounds as elements (their bits in every lane of `S`) and the
/// compares of a vector with them.
#[derive(Clone, Copy)]
struct Bounds {
    lo: __m256i,
    hi: __m256i,
}

/// The element of `S` a bound key stands for, as bits in a `u64`: for
/// floats, the key clamped to the keys of `-inf..=inf` first (a NaN is
/// never below `lo`, always above `hi`).
fn bound_bits<S: SortElem>(key: u64) -> u64 {
    let key = if S::KEY_MAP == KeyMap::Float {
        let inf = |x: f64| {
            if std::mem::size_of::<S>() == 8 {
                x.to_u64()
            } else {
                (x as f32).to_u64()
            }
        };
        key.clamp(inf(f64::NEG_INFINITY), inf(f64::INFINITY))
    } else {
        key
    };
    let x = S::from_u64(key);
    let mut bits = 0u64;
    // SAFETY: `S` is a 4- or 8-byte number (`SIMD_KEY`).
    unsafe {
        std::ptr::copy_nonoverlapping(
            &x as *const S as *const u8,
            &mut bits as *mut u64 as *mut u8,
            std::mem::size_of::<S>(),
        )
    };
    bits
}

impl Bounds {
    /// The bounds `lo..=hi` (keys without `FLIP`) for elements of `S`.
    #[target_feature(enable = "avx2,popcnt")]
    unsafe fn new<S: SortElem>(lo: u64, hi: u64) -> Self {
        let set = |key: u64| {
            let bits = bound_bits::<S>(key);
            if std::mem::size_of::<S>() == 8 {
                _mm256_set1_epi64x(bits as i64)
            } else {
                _mm256_set1_epi32(bits as i32)
            }
        };
        let sign = Self::sign::<S>();
        Bounds {
            lo: _mm256_xor_si256(set(lo), sign),
            hi: _mm256_xor_si256(set(hi), sign),
        }
    }

    /// What makes unsigned elements compare as signed: their sign bit.
    #[inline]
    #[target_feature(enable = "avx2,popcnt")]
    unsafe fn sign<S: SortElem>() -> __m256i {
        match (S::KEY_MAP, std::mem::size_of::<S>()) {
            (KeyMap::Unsigned, 8) => _mm256_set1_epi64x(i64::MIN),
            (KeyMap::Unsigned, _) => _mm256_set1_epi32(i32::MIN),
            _ => _mm256_setzero_si256(),
        }
    }

    /// The lanes of `x` below `lo` and above `hi`, as bit masks.
    #[inline]
    #[target_feature(enable = "avx2,popcnt")]
    unsafe fn masks<S: SortElem>(&self, x: __m256i) -> (usize, usize) {
        let (pd, ps) = (_mm256_castsi256_pd, _mm256_castsi256_ps);
        let (lt, gt) = match (S::KEY_MAP, std::mem::size_of::<S>()) {
            (KeyMap::Float, 8) => (
                _mm256_movemask_pd(_mm256_cmp_pd::<_CMP_LT_OQ>(pd(x), pd(self.lo))),
                _mm256_movemask_pd(_mm256_cmp_pd::<_CMP_NLE_UQ>(pd(x), pd(self.hi))),
            ),
            (KeyMap::Float, _) => (
                _mm256_movemask_ps(_mm256_cmp_ps::<_CMP_LT_OQ>(ps(x), ps(self.lo))),
                _mm256_movemask_ps(_mm256_cmp_ps::<_CMP_NLE_UQ>(ps(x), ps(self.hi))),
            ),
            (_, 8) => {
                let x = _mm256_xor_si256(x, Self::sign::<S>());
                (
                    _mm256_movemask_pd(pd(_mm256_cmpgt_epi64(self.lo, x))),
                    _mm256_movemask_pd(pd(_mm256_cmpgt_epi64(x, self.hi))),
                )
            }
            _ => {
                let x = _mm256_xor_si256(x, Self::sign::<S>());
                (
                    _mm256_movemask_ps(ps(_mm256_cmpgt_epi32(self.lo, x))),
                    _mm256_movemask_ps(ps(_mm256_cmpgt_epi32(x, self.hi))),
                )
            }
        };
        (lt as usize, gt as usize)
    }
}

/// The split's cursors: elements `..l` of the lane are below `lo`, `r..`
/// above `hi`; `kept` elements are in the buffer.
struct Cursors {
    l: usize,
    r: usize,
    kept: usize,
}

/// The bounds and where the pieces go.
struct Split<S> {
    lane: *mut S,
    mid: *mut S,
    bounds: Bounds,
}

impl<S: SortElem> Split<S> {
    /// Writes the vector `x` with whole-vector stores: the front one at
    /// `c.l`, the back one ending at `c.r`, the kept elements at `c.kept`.
    /// There must be free room for a vector from `c.l` up and from `c.r`
    /// down, and in the buffer.
    #[inline]
    #[target_feature(enable = "avx2,popcnt")]
    unsafe fn put(&self, x: __m256i, c: &mut Cursors) {
        let all = (1 << lanes::<S>()) - 1;
        let (lt, gt) = self.bounds.masks::<S>(x);
        let keep = (lt | gt) ^ all;
        let store = |at: *mut S, m: usize| {
            let y = _mm256_permutevar8x32_epi32(x, gather_index::<S>(m));
            _mm256_storeu_si256(at as *mut _, y);
        };
        store(self.lane.add(c.l), lt);
        // The elements above `hi` in the high lanes.
        store(self.lane.add(c.r - lanes::<S>()), gt ^ all);
        store(self.mid.add(c.kept), keep);
        c.l += lt.count_ones() as usize;
        c.r -= gt.count_ones() as usize;
        c.kept += keep.count_ones() as usize;
    }

    /// Writes the elements of `x` (the first `count`) one by one.
    #[inline]
    #[target_feature(enable = "avx2,popcnt")]
    unsafe fn put_each(&self, x: __m256i, count: usize, c: &mut Cursors) {
        let (lt, gt) = self.bounds.masks::<S>(x);
        let xs = &x as *const __m256i as *const S;
        for i in 0..count {
            let e = xs.add(i).read_unaligned();
            if lt >> i & 1 != 0 {
                self.lane.add(c.l).write_unaligned(e);
                c.l += 1;
            } else if gt >> i & 1 != 0 {
                c.r -= 1;
                self.lane.add(c.r).write_unaligned(e);
            } else {
                self.mid.add(c.kept).write_unaligned(e);
                c.kept += 1;
            }
        }
    }

    /// Writes `x` with [`Split::put`] when the single gap `c.l..c.r` holds
    /// two vectors (the two stores cannot meet), else element by element.
    #[inline]
    #[target_feature(enable = "avx2,popcnt")]
    unsafe fn put_last(&self, x: __m256i, c: &mut Cursors) {
        if c.r - c.l >= 2 * lanes::<S>() {
            self.put(x, c)
        } else {
            self.put_each(x, lanes::<S>(), c)
        }
    }
}

/// Splits the `n` contiguous elements of `S` at `p` in place around the
/// keys `lo..=hi` (without `FLIP`; see the file comment), the kept elements
/// going to `mid` (room for `n + 8`). Returns how many elements are below
/// `lo` (the gap starts there) and how many were kept (the gap's length).
///
/// # Safety
/// `p` must address `n` writable elements of `S`, `mid` `n + 8`;
/// `S::SIMD_KEY`.
#[target_feature(enable = "avx2,popcnt")]
pub(super) unsafe fn split_in_place<S: SortElem>(
    p: *mut u8,
    n: usize,
    lo: u64,
    hi: u64,
    mid: *mut u8,
) -> (usize, usize) {
    let w = lanes::<S>();
    let sp = Split::<S> {
        lane: p as *mut S,
        mid: mid as *mut S,
        bounds: Bounds::new::<S>(lo, hi),
    };
    let mut c = Cursors {
        l: 0,
        r: n,
        kept: 0,
    };
    let at = |i: usize| _mm256_loadu_si256(sp.lane.add(i) as *const _);
    // Copies `count < w` elements from `i` into a vector.
    let part = |i: usize, count: usize| {
        let mut v = _mm256_setzero_si256();
        std::ptr::copy_nonoverlapping(sp.lane.add(i), &mut v as *mut __m256i as *mut S, count);
        v
    };
    if n < 2 * w * (UNROLL + 1) {
        let rest: Vec<__m256i> = (0..n).step_by(w).map(|i| part(i, w.min(n - i))).collect();
        for (j, &x) in rest.iter().enumerate() {
            sp.put_each(x, w.min(n - j * w), &mut c);
        }
        return (c.l, c.kept);
    }
    let mut aside = [_mm256_setzero_si256(); 2 * UNROLL];
    for j in 0..UNROLL {
        aside[j] = at(w * j);
        aside[UNROLL + j] = at(n - w * (j + 1));
    }
    // Unread: `rl..rr`.
    let (mut rl, mut rr) = (w * UNROLL, n - w * UNROLL);
    while rr - rl >= w * UNROLL {
        let mut xs = [aside[0]; UNROLL];
        if rl - c.l <= c.r - rr {
            for (j, x) in xs.iter_mut().enumerate() {
                *x = at(rl + w * j);
            }
            rl += w * UNROLL;
        } else {
            rr -= w * UNROLL;
            for (j, x) in xs.iter_mut().enumerate() {
                *x = at(rr + w * j);
            }
        }
        for &x in &xs {
            sp.put(x, &mut c);
        }
    }
    while rr - rl >= w {
        let x = if rl - c.l <= c.r - rr {
            rl += w;
            at(rl - w)
        } else {
            rr -= w;
            at(rr)
        };
        sp.put(x, &mut c);
    }
    // Fewer than `w` elements unread: copy them out, then `l..r` is one gap.
    let rest = part(rl, rr - rl);
    sp.put_each(rest, rr - rl, &mut c);
    for &x in &aside {
        sp.put_last(x, &mut c);
    }
    (c.l, c.kept)
}

#[cfg(test)]
mod timing {
    use super::*;

    /// `cargo test --release vqsplit::timing -- --ignored --nocapture`
    #[test]
    #[ignore]
    fn time_split() {
        if !super::super::vqavx2::available() {
            return;
        }
        let n = 1_000_000;
        let v: Vec<f64> = (0..n).map(|i| ((i * 7919) % n) as f64).collect();
        let key = |x: f64| x.to_u64();
        let (lo, hi) = (key(0.43 * n as f64), key(0.57 * n as f64));
        let mut c = v.clone();
        let mut mid = vec![0u64; n + 8];
        let mut best = f64::MAX;
        for _ in 0..20 {
            c.copy_from_slice(&v);
            let t = std::time::Instant::now();
            unsafe {
                split_in_place::<f64>(
                    c.as_mut_ptr() as *mut u8,
                    n,
                    lo,
                    hi,
                    mid.as_mut_ptr() as *mut u8,
                )
            };
            best = best.min(t.elapsed().as_secs_f64() * 1e3);
        }
        println!("split of 1e6 float64: {best:.3} ms");
    }
}
