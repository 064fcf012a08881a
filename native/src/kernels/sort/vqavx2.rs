//! AVX2 kernels for the vectorised quicksort ([`super::vqsort`], which
//! drives them): four 64-bit keys per vector, on CPUs without AVX-512F.
//!
//! AVX2 compares 64-bit lanes as signed only, so the key buffer holds the
//! keys with their top bit flipped ([`SIGNED`], ordered as `i64`; NaNs are
//! `i64::MAX`); [`load4`] and [`store4`] convert four elements at a time.
//!
//! * **partition**: each vector is compared with the pivot; the 4-bit mask
//!   picks a lane permutation (`vpermd`) that puts the smaller keys in the
//!   low lanes, and the vector is stored whole at the low cursor and ending
//!   at the high cursor, as the AVX-512 partition does. There are no
//!   compress stores, and no exact stores are needed: the fewer than four
//!   keys left over go one by one, after which the free room is always a
//!   multiple of four keys, and a vector stored into a room of exactly four
//!   keys writes both of its parts to the same place.
//! * **leaves** of up to [`LEAF`] keys sort in up to eight registers
//!   ([`network`]: min/max by `vpcmpgtq` and blends, padding `i64::MAX`).

use super::vqkeys::{load4, store4, SIGNED};
use super::vqsort::{Kernels, Out, SPLIT};
use super::SortElem;
use std::arch::x86_64::*;

/// Ranges at most this long sort in registers ([`network`]).
const LEAF: usize = 32;

/// Whether this CPU runs the AVX2 kernels.
pub fn available() -> bool {
    std::is_x86_feature_detected!("avx2") && std::is_x86_feature_detected!("popcnt")
}

/// The AVX2 kernels (this file).
pub(super) struct Avx2;

impl Kernels for Avx2 {
    const FLIP: u64 = SIGNED;
    const LEAF: usize = LEAF;
    unsafe fn leaf<T: SortElem>(src: *const u64, n: usize, out: Out<T>) {
        leaf(src, n, out)
    }
    unsafe fn partition_from<S: SortElem, const MAX: bool>(
        p: *const u8,
        n: usize,
        dst: &mut [u64],
        pivot: u64,
    ) -> (usize, u64) {
        partition_from::<S, MAX>(p, n, dst, pivot)
    }
    unsafe fn filter_from<S: SortElem>(
        p: *const u8,
        n: usize,
        lo: u64,
        hi: u64,
        dst: &mut [u64],
    ) -> (usize, usize, u64) {
        filter_from::<S>(p, n, lo, hi, dst)
    }
    unsafe fn partition_in_place(v: &mut [u64], pivot: u64) -> usize {
        partition_in_place(v, pivot)
    }
    unsafe fn split_in_place<S: SortElem>(
        p: *mut u8,
        n: usize,
        lo: u64,
        hi: u64,
        mid: *mut u8,
    ) -> Option<(usize, usize)> {
        Some(super::vqsplit::split_in_place::<S>(p, n, lo, hi, mid))
    }
}

/// A vector of four keys from `p`.
#[inline]
#[target_feature(enable = "avx2,popcnt")]
unsafe fn load(p: *const u64) -> __m256i {
    _mm256_loadu_si256(p as *const _)
}

/// Lanes of `b` where `m` is set, else of `a` (`vblendvpd`, which Zen
/// cores run on two ports where `vpblendvb` has one).
#[inline]
#[target_feature(enable = "avx2,popcnt")]
unsafe fn blend(a: __m256i, b: __m256i, m: __m256i) -> __m256i {
    let pd = _mm256_castsi256_pd;
    _mm256_castpd_si256(_mm256_blendv_pd(pd(a), pd(b), pd(m)))
}

/// The smaller and the larger keys of `a` and `b`, lane by lane.
#[inline]
#[target_feature(enable = "avx2,popcnt")]
unsafe fn min_max(a: __m256i, b: __m256i) -> (__m256i, __m256i) {
    let gt = _mm256_cmpgt_epi64(a, b);
    (blend(a, b, gt), blend(b, a, gt))
}

/// Lane `l` of the result is lane `l ^ X` of `v` (`X` = 1, 2 or 3).
#[inline]
#[target_feature(enable = "avx2,popcnt")]
unsafe fn swap_lanes<const X: usize>(v: __m256i) -> __m256i {
    match X {
        1 => _mm256_shuffle_epi32::<0x4e>(v),
        2 => _mm256_permute4x64_epi64::<0x4e>(v),
        _ => _mm256_permute4x64_epi64::<0x1b>(v),
    }
}

/// All ones in the lanes that keep the larger key when lane `l` meets lane
/// `l ^ X` in ascending order: the upper lane of each pair.
#[inline]
#[target_feature(enable = "avx2,popcnt")]
unsafe fn upper_lanes<const X: usize>() -> __m256i {
    let top = if X == 1 { 1 } else { 2 };
    let up = |l: i64| -((l & top != 0) as i64);
    _mm256_setr_epi64x(up(0), up(1), up(2), up(3))
}

/// Orders keys `g < g'` of `v` (which sit in different registers) ascending.
#[inline]
#[target_feature(enable = "avx2,popcnt")]
unsafe fn sort_pair<const N: usize>(v: &mut [__m256i; N], a: usize, b: usize) {
    (v[a], v[b]) = min_max(v[a], v[b]);
}

/// Compare-exchanges of register pairs `(a, b)`, `a < b`, in order.
macro_rules! pairs {
    ($v:ident; $(($a:literal, $b:literal)),* $(,)?) => {
        {$(sort_pair($v, $a, $b);)*}
    };
}

/// Sorts each lane of `v` across its `N` registers (`N` = 2, 4 or 8; 19
/// comparators for 8, the fewest possible).
#[inline]
#[target_feature(enable = "avx2,popcnt")]
unsafe fn sort_columns<const N: usize>(v: &mut [__m256i; N]) {
    match N {
        2 => pairs!(v; (0, 1)),
        4 => pairs!(v; (0, 1), (2, 3), (0, 2), (1, 3), (1, 2)),
        _ => {
            pairs!(v; (0, 2), (1, 3), (4, 6), (5, 7), (0, 4), (1, 5), (2, 6), (3, 7), (0, 1), (2, 3),
            (4, 5), (6, 7), (2, 4), (3, 5), (1, 4), (3, 6), (1, 2), (3, 4), (5, 6))
        }
    }
}

/// One merge of the sorted runs of `len` keys in `v` (key `g` is lane
/// `g / N` of register `g % N`; `len` = `N` or `2N`) into runs of `2·len`:
/// key `g` meets key `g ^ (2·len - 1)` (its mirror image in the pair of
/// runs), then the half-cleaners pair `g` with `g ^ j` for `j = len/2, …, 1`,
/// all ascending. The mirror partner sits in register `N - 1 - r`, lane
/// `l ^ X`.
#[inline]
#[target_feature(enable = "avx2,popcnt")]
unsafe fn merge<const N: usize, const X: usize>(v: &mut [__m256i; N]) {
    let up = upper_lanes::<X>();
    for a in 0..N / 2 {
        let b = N - 1 - a;
        let p = swap_lanes::<X>(v[b]);
        // Take the partner's key where it is the wanted one of the pair.
        let take = _mm256_xor_si256(_mm256_cmpgt_epi64(v[a], p), up);
        (v[a], v[b]) = (blend(v[a], p, take), swap_lanes::<X>(blend(p, v[a], take)));
    }
    let len = if X == 1 { N } else { 2 * N };
    let mut j = len / 2;
    while j >= 1 {
        if j >= N {
            // `g ^ N`: lane `l ^ 1` of the same register.
            let up = upper_lanes::<1>();
            for x in v.iter_mut() {
                let p = swap_lanes::<1>(*x);
                *x = blend(*x, p, _mm256_xor_si256(_mm256_cmpgt_epi64(*x, p), up));
            }
        } else {
            for a in 0..N {
                if a ^ j > a {
                    sort_pair(v, a, a ^ j);
                }
            }
        }
        j /= 2;
    }
}

/// A 4×4 transpose: lane `l` of result `i` is lane `i` of `v[l]`.
#[inline]
#[target_feature(enable = "avx2,popcnt")]
unsafe fn transpose(v: [__m256i; 4]) -> [__m256i; 4] {
    let t0 = _mm256_unpacklo_epi64(v[0], v[1]);
    let t1 = _mm256_unpackhi_epi64(v[0], v[1]);
    let t2 = _mm256_unpacklo_epi64(v[2], v[3]);
    let t3 = _mm256_unpackhi_epi64(v[2], v[3]);
    [
        _mm256_permute2x128_si256::<0x20>(t0, t2),
        _mm256_permute2x128_si256::<0x20>(t1, t3),
        _mm256_permute2x128_si256::<0x31>(t0, t2),
        _mm256_permute2x128_si256::<0x31>(t1, t3),
    ]
}

/// Sorts the `4·N` keys of `v` (`N` = 2, 4 or 8), in registers: key `g`
/// sits in lane `g / N` of register `g % N` while the network runs, so that
/// most compare-exchanges pair whole registers (one compare and two blends
/// for four pairs of keys): each lane (a column of `N` keys) is sorted by
/// a network across registers, the four columns merged pairwise twice, and
/// the registers transposed to the order of the keys at the end.
#[inline]
#[target_feature(enable = "avx2,popcnt")]
unsafe fn network<const N: usize>(v: &mut [__m256i; N]) {
    sort_columns(v);
    merge::<N, 1>(v);
    merge::<N, 3>(v);
    match N {
        2 => {
            let lo = _mm256_unpacklo_epi64(v[0], v[1]);
            let hi = _mm256_unpackhi_epi64(v[0], v[1]);
            v[0] = _mm256_permute2x128_si256::<0x20>(lo, hi);
            v[1] = _mm256_permute2x128_si256::<0x31>(lo, hi);
        }
        4 => {
            let t = transpose([v[0], v[1], v[2], v[3]]);
            v[..4].copy_from_slice(&t);
        }
        _ => {
            let t = transpose([v[0], v[1], v[2], v[3]]);
            let u = transpose([v[4], v[5], v[6], v[7]]);
            for i in 0..4 {
                (v[2 * i], v[2 * i + 1]) = (t[i], u[i]);
            }
        }
    }
}

/// Sorts the `n <= 4·N` keys at `src` in `N` registers (padding with
/// `i64::MAX`) and writes them as elements of `T` to `out` (which may be
/// `src` itself).
#[inline]
#[target_feature(enable = "avx2,popcnt")]
unsafe fn leaf_n<T: SortElem, const N: usize>(src: *const u64, n: usize, out: Out<T>) {
    let pad = _mm256_set1_epi64x(i64::MAX);
    let lane = _mm256_setr_epi64x(0, 1, 2, 3);
    let mut r = [pad; N];
    for (i, x) in r.iter_mut().enumerate() {
        let at = (4 * i).min(n);
        // The lanes below `n`: a masked load reads only those.
        let m = _mm256_cmpgt_epi64(_mm256_set1_epi64x((n - at) as i64), lane);
        let keys = _mm256_maskload_epi64(src.add(at) as *const i64, m);
        *x = blend(pad, keys, m);
    }
    network(&mut r);
    for (i, &x) in r.iter().enumerate() {
        let at = (4 * i).min(n);
        if at < n {
            store4::<T>(out.0.add(at) as *mut u8, x, (n - at).min(4));
        }
    }
}

/// Sorts the `n <= LEAF` keys at `src` into `out`.
#[target_feature(enable = "avx2,popcnt")]
unsafe fn leaf<T: SortElem>(src: *const u64, n: usize, out: Out<T>) {
    match n {
        0..=8 => leaf_n::<T, 2>(src, n, out),
        9..=16 => leaf_n::<T, 4>(src, n, out),
        _ => leaf_n::<T, 8>(src, n, out),
    }
}

/// `PERM[m]`: the `vpermd` indices that gather the 64-bit lanes set in the
/// 4-bit mask `m` to the low lanes and the others after them ([`SPLIT`]'s
/// first four lanes).
pub(super) static PERM: [[i32; 8]; 16] = {
    let mut t = [[0i32; 8]; 16];
    let mut m = 0;
    while m < 16 {
        let mut l = 0;
        while l < 4 {
            t[m][2 * l] = 2 * SPLIT[m][l] as i32;
            t[m][2 * l + 1] = 2 * SPLIT[m][l] as i32 + 1;
            l += 1;
        }
        m += 1;
    }
    t
};

/// Writes the four keys of `x`: those below `pv` from `*l` up, the others
/// down from `*r`, with two whole-vector stores (at `*l` and ending at
/// `*r`). The room `*l..*r` must be free and either exactly four keys
/// (both stores then coincide) or at least eight.
#[inline]
#[target_feature(enable = "avx2,popcnt")]
unsafe fn put(d: *mut u64, x: __m256i, pv: __m256i, l: &mut usize, r: &mut usize) {
    let lt = _mm256_movemask_pd(_mm256_castsi256_pd(_mm256_cmpgt_epi64(pv, x))) as usize;
    let n_lt = lt.count_ones() as usize;
    let y = _mm256_permutevar8x32_epi32(x, _mm256_loadu_si256(PERM[lt].as_ptr() as *const _));
    _mm256_storeu_si256(d.add(*l) as *mut _, y);
    _mm256_storeu_si256(d.add(*r - 4) as *mut _, y);
    *l += n_lt;
    *r -= 4 - n_lt;
}

/// Writes one key: below `pivot` (as `i64`) at `*l`, else just below `*r`.
#[inline(always)]
unsafe fn put_one(d: *mut u64, key: u64, pivot: u64, l: &mut usize, r: &mut usize) {
    if (key as i64) < (pivot as i64) {
        d.add(*l).write(key);
        *l += 1;
    } else {
        *r -= 1;
        d.add(*r).write(key);
    }
}

/// The larger keys of `a` and `b`, lane by lane.
#[inline]
#[target_feature(enable = "avx2,popcnt")]
unsafe fn max(a: __m256i, b: __m256i) -> __m256i {
    blend(a, b, _mm256_cmpgt_epi64(b, a))
}

/// The largest of the four keys of `v`.
#[inline]
#[target_feature(enable = "avx2,popcnt")]
unsafe fn reduce_max(v: __m256i) -> u64 {
    let mut k = [0u64; 4];
    _mm256_storeu_si256(k.as_mut_ptr() as *mut _, v);
    k.iter().map(|&x| x as i64).max().unwrap_or(i64::MIN) as u64
}

/// Partitions the `n` keys that `vec(i)` (four from `i`) and `one(i)` read
/// into `dst` (`n` long, not where the keys come from): keys below `pivot`
/// first. Returns how many are below and, with `MAX`, the largest key
/// (else `i64::MIN`).
#[inline]
#[target_feature(enable = "avx2,popcnt")]
unsafe fn partition_by<const MAX: bool>(
    n: usize,
    dst: &mut [u64],
    pivot: u64,
    vec: impl Fn(usize) -> __m256i,
    one: impl Fn(usize) -> u64,
) -> (usize, u64) {
    let d = dst.as_mut_ptr();
    let pv = _mm256_set1_epi64x(pivot as i64);
    let mut mx = _mm256_set1_epi64x(i64::MIN);
    let (mut l, mut r) = (0, n);
    // The last `n % 4` keys one by one; then the room `l..r` is always the
    // multiple of four keys still to read.
    let m = n - n % 4;
    let mut top = i64::MIN;
    for i in m..n {
        let key = one(i);
        top = top.max(key as i64);
        put_one(d, key, pivot, &mut l, &mut r);
    }
    let mut i = 0;
    while m - i >= 4 * UNROLL {
        let mut xs = [_mm256_setzero_si256(); UNROLL];
        for (j, x) in xs.iter_mut().enumerate() {
            *x = vec(i + 4 * j);
        }
        for &x in &xs {
            if MAX {
                mx = max(mx, x);
            }
            put(d, x, pv, &mut l, &mut r);
        }
        i += 4 * UNROLL;
    }
    while i < m {
        let x = vec(i);
        if MAX {
            mx = max(mx, x);
        }
        put(d, x, pv, &mut l, &mut r);
        i += 4;
    }
    (l, (reduce_max(mx) as i64).max(top) as u64)
}

/// Partitions the keys of the `n` contiguous elements of `S` at `p` into
/// `dst` (`n` long): keys below `pivot` first. Returns how many are below,
/// and with `MAX` the largest key.
#[target_feature(enable = "avx2,popcnt")]
unsafe fn partition_from<S: SortElem, const MAX: bool>(
    p: *const u8,
    n: usize,
    dst: &mut [u64],
    pivot: u64,
) -> (usize, u64) {
    let size = std::mem::size_of::<S>();
    partition_by::<MAX>(
        n,
        dst,
        pivot,
        |i| load4::<S>(p.add(i * size)),
        |i| (p.add(i * size) as *const S).read_unaligned().to_u64() ^ SIGNED,
    )
}

/// [`Kernels::filter_from`] with AVX2: four keys per step, the kept ones
/// gathered to the low lanes by one `vpermd` and stored whole; the last
/// `n % 4` keys one by one.
#[target_feature(enable = "avx2,popcnt")]
unsafe fn filter_from<S: SortElem>(
    p: *const u8,
    n: usize,
    lo: u64,
    hi: u64,
    dst: &mut [u64],
) -> (usize, usize, u64) {
    let size = std::mem::size_of::<S>();
    let d = dst.as_mut_ptr();
    let (vlo, vhi) = (_mm256_set1_epi64x(lo as i64), _mm256_set1_epi64x(hi as i64));
    let mut mx = _mm256_set1_epi64x(i64::MIN);
    let (mut below, mut kept, mut i) = (0usize, 0usize, 0usize);
    let mask = |v: __m256i| _mm256_movemask_pd(_mm256_castsi256_pd(v)) as usize;
    while n - i >= 4 {
        let x = load4::<S>(p.add(i * size));
        mx = max(mx, x);
        let lt = _mm256_cmpgt_epi64(vlo, x);
        let out = _mm256_or_si256(lt, _mm256_cmpgt_epi64(x, vhi));
        below += mask(lt).count_ones() as usize;
        let keep = mask(out) ^ 0xf;
        // Stored whatever `keep` is: a branch on it mispredicts on random data.
        let idx = _mm256_loadu_si256(PERM[keep].as_ptr() as *const _);
        _mm256_storeu_si256(d.add(kept) as *mut _, _mm256_permutevar8x32_epi32(x, idx));
        kept += keep.count_ones() as usize;
        i += 4;
    }
    let mut top = reduce_max(mx) as i64;
    for j in i..n {
        let key = (p.add(j * size) as *const S).read_unaligned().to_u64() ^ SIGNED;
        top = top.max(key as i64);
        if (key as i64) < (lo as i64) {
            below += 1;
        } else if (key as i64) <= (hi as i64) {
            d.add(kept).write(key);
            kept += 1;
        }
    }
    (below, kept, top as u64)
}

/// Vectors set aside at each end by [`partition_in_place`], and read per
/// step of its main loop.
const UNROLL: usize = 8;

/// Ranges shorter than this partition through a stack copy.
const IN_PLACE_MIN: usize = 8 * UNROLL + 4;

/// Partitions the keys of `v` in place: keys `< pivot` (as `i64`) first.
/// Returns how many are below.
///
/// As the AVX-512 one: the first and last `UNROLL` vectors are set aside,
/// each step reads `UNROLL` vectors from the side with less free room and
/// [`put`]s them (the gaps always total `8·UNROLL` keys). Then the fewer
/// than four unread keys go one by one, which leaves a room of exactly the
/// set-aside keys, and those are put last.
#[target_feature(enable = "avx2,popcnt")]
unsafe fn partition_in_place(v: &mut [u64], pivot: u64) -> usize {
    let n = v.len();
    if n < IN_PLACE_MIN {
        let mut copy = [0u64; IN_PLACE_MIN];
        copy[..n].copy_from_slice(v);
        let c = copy.as_ptr();
        return partition_by::<false>(n, v, pivot, |i| load(c.add(i)), |i| copy[i]).0;
    }
    let p = v.as_mut_ptr();
    let pv = _mm256_set1_epi64x(pivot as i64);
    let mut aside = [_mm256_setzero_si256(); 2 * UNROLL];
    for j in 0..UNROLL {
        aside[j] = load(p.add(4 * j));
        aside[UNROLL + j] = load(p.add(n - 4 * (j + 1)));
    }
    // Written: `..l` below the pivot, `r..` not; unread: `rl..rr`.
    let (mut l, mut r) = (0, n);
    let (mut rl, mut rr) = (4 * UNROLL, n - 4 * UNROLL);
    while rr - rl >= 4 * UNROLL {
        let mut xs = [_mm256_setzero_si256(); UNROLL];
        if rl - l <= r - rr {
            for (j, x) in xs.iter_mut().enumerate() {
                *x = load(p.add(rl + 4 * j));
            }
            rl += 4 * UNROLL;
        } else {
            rr -= 4 * UNROLL;
            for (j, x) in xs.iter_mut().enumerate() {
                *x = load(p.add(rr + 4 * j));
            }
        }
        for &x in &xs {
            put(p, x, pv, &mut l, &mut r);
        }
    }
    while rr - rl >= 4 {
        let x = if rl - l <= r - rr {
            rl += 4;
            load(p.add(rl - 4))
        } else {
            rr -= 4;
            load(p.add(rr))
        };
        put(p, x, pv, &mut l, &mut r);
    }
    // Fewer than four keys unread: copy them out, then `l..r` is one gap.
    let mut rest = [0u64; 3];
    let count = rr - rl;
    std::ptr::copy_nonoverlapping(p.add(rl), rest.as_mut_ptr(), count);
    for &key in &rest[..count] {
        put_one(p, key, pivot, &mut l, &mut r);
    }
    for &x in &aside {
        put(p, x, pv, &mut l, &mut r);
    }
    l
}

#[cfg(test)]
mod tests {
    use super::super::vqtests::tests::check_lanes;
    use super::*;

    /// `load4`/`store4` agree with the scalar `to_u64`/`from_u64`.
    fn check_keys<T: SortElem + std::fmt::Debug>(xs: &[T]) {
        for c in xs.chunks(4) {
            let mut four = c.to_vec();
            four.resize(4, c[0]);
            let mut keys = [0u64; 4];
            let mut back = c.to_vec();
            unsafe {
                let k = load4::<T>(four.as_ptr() as *const u8);
                _mm256_storeu_si256(keys.as_mut_ptr() as *mut _, k);
                store4::<T>(back.as_mut_ptr() as *mut u8, k, c.len());
            }
            for (i, &x) in c.iter().enumerate() {
                assert_eq!(keys[i], x.to_u64() ^ SIGNED, "{x:?}");
                assert_eq!(back[i].to_u64(), x.to_u64(), "{x:?}");
            }
        }
    }

    #[test]
    fn vector_keys_match_scalar_keys() {
        if !available() {
            return;
        }
        check_keys(&[-f64::NAN, f64::NEG_INFINITY, -2.5, -0.0, 0.0, 5e-324, 1.0]);
        check_keys(&[
            f64::INFINITY,
            f64::NAN,
            f64::from_bits(0x7ff0_0000_0000_0001),
            f64::MAX,
        ]);
        check_keys(&[-f32::NAN, f32::NEG_INFINITY, -2.5, -0.0, 0.0, 1e-45, 1.0]);
        check_keys(&[
            f32::INFINITY,
            f32::NAN,
            f32::from_bits(0x7f80_0001),
            f32::MAX,
        ]);
        check_keys(&[i64::MIN, -1, 0, 1, i64::MAX, 7, -9, 3, 4]);
        check_keys(&[i32::MIN, -1, 0, 1, i32::MAX, 7, -9, 3, 4]);
        check_keys(&[u64::MAX, 0, 1, 1 << 63, 5]);
        check_keys(&[u32::MAX, 0, 1, 1 << 31, 5]);
        // NaNs come back as the default NaN, whatever their sign and payload.
        let nans = [
            -f64::NAN,
            f64::from_bits(0x7ff0_0000_0000_0001),
            f64::NAN,
            -f64::NAN,
        ];
        let mut back = [0.0f64; 4];
        unsafe {
            store4::<f64>(
                back.as_mut_ptr() as *mut u8,
                load4::<f64>(nans.as_ptr() as *const u8),
                4,
            )
        };
        assert!(back.iter().all(|x| x.to_bits() == f64::NAN.to_bits()));
    }

    /// xorshift numbers from `seed`.
    fn xorshift(mut s: u64) -> impl FnMut() -> u64 {
        move || {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            s
        }
    }

    /// Lanes of every length up to 300 and a few long ones, of random,
    /// sorted, reversed, all-equal and few-distinct values of each type,
    /// with NaNs, infinities and signed zeros for floats.
    #[test]
    fn sorts_lanes_of_every_type() {
        if !available() {
            return;
        }
        let mut rnd = xorshift(0x2545f4914f6cdd1d);
        let lens = (0..300).chain([1000, 4097, 40_000, 100_000]);
        for n in lens {
            let raw: Vec<u64> = (0..2 * n).map(|_| rnd()).collect();
            // Each pattern as u64 "shapes", mapped to every type below.
            let patterns: [Vec<u64>; 5] = [
                raw.clone(),
                (0..2 * n as u64).collect(),
                (0..2 * n as u64).rev().collect(),
                vec![raw.first().copied().unwrap_or(0); 2 * n],
                raw.iter().map(|x| x % 5).collect(),
            ];
            for (k, p) in patterns.iter().enumerate() {
                let f = |x: u64, i: usize| match i % 37 {
                    0 => f64::NAN,
                    1 => -0.0,
                    2 => 0.0,
                    3 => f64::NEG_INFINITY,
                    4 => f64::INFINITY,
                    5 => -f64::NAN,
                    _ if k == 0 => f64::from_bits(x),
                    _ => x as f64 - n as f64,
                };
                let floats: Vec<f64> = p.iter().enumerate().map(|(i, &x)| f(x, i)).collect();
                // Random bits include NaNs of every payload.
                check_lanes::<Avx2, f64>(&floats);
                let f32s: Vec<f32> = p
                    .iter()
                    .enumerate()
                    .map(|(i, &x)| {
                        if k == 0 {
                            f32::from_bits(x as u32)
                        } else {
                            f(x, i) as f32
                        }
                    })
                    .collect();
                check_lanes::<Avx2, f32>(&f32s);
                let shift = |x: u64| x.wrapping_sub(n as u64);
                check_lanes::<Avx2, i64>(&p.iter().map(|&x| shift(x) as i64).collect::<Vec<_>>());
                check_lanes::<Avx2, u64>(&p.iter().map(|&x| shift(x)).collect::<Vec<_>>());
                check_lanes::<Avx2, i32>(&p.iter().map(|&x| shift(x) as i32).collect::<Vec<_>>());
                check_lanes::<Avx2, u32>(&p.iter().map(|&x| shift(x) as u32).collect::<Vec<_>>());
            }
        }
    }
}

#[cfg(test)]
mod timing {
    use super::*;

    /// Cost of one leaf of each size, in cache
    /// (`cargo test --release time_leaves -- --ignored --nocapture`).
    #[test]
    #[ignore]
    fn time_leaves() {
        if !available() {
            return;
        }
        let mut s = 0x9e3779b97f4a7c15u64;
        let v: Vec<u64> = (0..4096)
            .map(|_| {
                s ^= s << 13;
                s ^= s >> 7;
                s ^= s << 17;
                s
            })
            .collect();
        let mut b = vec![0u64; 4096];
        for n in [8, 16, 17, 24, 32] {
            let mut best = f64::MAX;
            for _ in 0..5 {
                let t = std::time::Instant::now();
                for _ in 0..200 {
                    for c in v.chunks_exact(n) {
                        let out = std::hint::black_box(b.as_mut_ptr());
                        unsafe { leaf::<u64>(std::hint::black_box(c.as_ptr()), n, Out(out)) };
                    }
                }
                best = best.min(t.elapsed().as_secs_f64() * 1e9 / (200 * (4096 / n)) as f64);
            }
            println!("leaf of {n}: {best:.1} ns ({:.2} ns/key)", best / n as f64);
        }
    }
}
