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
//!   at the high cursor, as the AVX-512 partition does. Without compress
//!   stores, the last few keys of a range are placed one by one (fewer than
//!   four) and ranges are laid out so that every other store is whole: the
//!   free room is a multiple of four keys and a store into exactly four
//!   keys of room writes both halves to the same place.
//! * **leaves** of up to [`LEAF`] keys: a bitonic network in up to eight
//!   registers (min/max by `vpcmpgtq` and blends), padded with `i64::MAX`.

use super::vqkeys::{load4, store4, SIGNED};
use super::vqsort::{max_lanes, Kernels, Out, SPLIT};
use super::SortElem;
use std::arch::x86_64::*;

/// Ranges at most this long sort with the bitonic network.
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
    unsafe fn partition_from<S: SortElem>(p: *const u8, n: usize, dst: &mut [u64], pivot: u64) -> usize {
        partition_from::<S>(p, n, dst, pivot)
    }
    unsafe fn partition_in_place(v: &mut [u64], pivot: u64) -> usize {
        partition_in_place(v, pivot)
    }
}

/// A vector of four keys from `p`.
#[inline]
#[target_feature(enable = "avx2,popcnt")]
unsafe fn load(p: *const u64) -> __m256i {
    _mm256_loadu_si256(p as *const _)
}

/// The smaller and the larger keys of `a` and `b`, lane by lane.
#[inline]
#[target_feature(enable = "avx2,popcnt")]
unsafe fn min_max(a: __m256i, b: __m256i) -> (__m256i, __m256i) {
    let gt = _mm256_cmpgt_epi64(a, b);
    (_mm256_blendv_epi8(a, b, gt), _mm256_blendv_epi8(b, a, gt))
}

/// One compare-exchange step inside a vector: each lane meets lane `l ^ J`
/// (`J` = 1 or 2) and keeps the larger key where bit `l` of `max_mask` is
/// set, else the smaller.
#[inline]
#[target_feature(enable = "avx2,popcnt")]
unsafe fn exchange<const J: usize>(v: __m256i, max_mask: u8) -> __m256i {
    let p = if J == 1 {
        _mm256_shuffle_epi32::<0x4e>(v)
    } else {
        _mm256_permute4x64_epi64::<0x4e>(v)
    };
    let bit = |l: u8| -(((max_mask >> l) & 1) as i64);
    let keep_max = _mm256_setr_epi64x(bit(0), bit(1), bit(2), bit(3));
    // Take `p` where it is the wanted one of the pair.
    let take = _mm256_xor_si256(_mm256_cmpgt_epi64(v, p), keep_max);
    _mm256_blendv_epi8(v, p, take)
}

/// One step (`K`, `J`) of a bitonic network over the `4·N` keys of `v`
/// (lane `l` of `v[i]` is key `4i + l`), as in [`super::vqsort`]: `J >= 4`
/// pairs whole registers, shorter distances pair lanes in a register.
#[inline]
#[target_feature(enable = "avx2,popcnt")]
unsafe fn step<const K: usize, const J: usize, const N: usize>(v: &mut [__m256i; N]) {
    if J >= 4 {
        for a in 0..N {
            let b = a ^ (J / 4);
            if b > a {
                let (lo, hi) = min_max(v[a], v[b]);
                (v[a], v[b]) = if (4 * a) & K == 0 { (lo, hi) } else { (hi, lo) };
            }
        }
    } else {
        for (a, x) in v.iter_mut().enumerate() {
            *x = exchange::<J>(*x, max_lanes(K, J, 4 * a) & 0xf);
        }
    }
}

/// The bitonic network sorting `4·N` keys.
macro_rules! network {
    ($v:ident, $n:literal; $(($k:literal, $j:literal)),* $(,)?) => {
        $(step::<$k, $j, $n>($v);)*
    };
}

/// Sorts 8 keys in two registers.
#[target_feature(enable = "avx2,popcnt")]
unsafe fn bitonic2(v: &mut [__m256i; 2]) {
    network!(v, 2; (2, 1), (4, 2), (4, 1), (8, 4), (8, 2), (8, 1));
}

/// Sorts 16 keys in four registers.
#[target_feature(enable = "avx2,popcnt")]
unsafe fn bitonic4(v: &mut [__m256i; 4]) {
    network!(v, 4; (2, 1), (4, 2), (4, 1), (8, 4), (8, 2), (8, 1), (16, 8), (16, 4), (16, 2), (16, 1));
}

/// Sorts 32 keys in eight registers.
#[target_feature(enable = "avx2,popcnt")]
unsafe fn bitonic8(v: &mut [__m256i; 8]) {
    network!(v, 8; (2, 1), (4, 2), (4, 1), (8, 4), (8, 2), (8, 1), (16, 8), (16, 4), (16, 2), (16, 1),
        (32, 16), (32, 8), (32, 4), (32, 2), (32, 1));
}

/// Sorts the `n <= 4·N` keys at `src` in `N` registers with `net` (padding
/// with `i64::MAX`) and writes them as elements of `T` to `out` (which may
/// be `src` itself).
#[inline]
#[target_feature(enable = "avx2,popcnt")]
unsafe fn leaf_n<T: SortElem, const N: usize>(
    src: *const u64,
    n: usize,
    out: Out<T>,
    net: unsafe fn(&mut [__m256i; N]),
) {
    let pad = _mm256_set1_epi64x(i64::MAX);
    let lane = _mm256_setr_epi64x(0, 1, 2, 3);
    let mut r = [pad; N];
    for (i, x) in r.iter_mut().enumerate() {
        let at = (4 * i).min(n);
        // The lanes below `n`: a masked load reads only those.
        let m = _mm256_cmpgt_epi64(_mm256_set1_epi64x((n - at) as i64), lane);
        let keys = _mm256_maskload_epi64(src.add(at) as *const i64, m);
        *x = _mm256_blendv_epi8(pad, keys, m);
    }
    net(&mut r);
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
        0..=8 => leaf_n::<T, 2>(src, n, out, bitonic2),
        9..=16 => leaf_n::<T, 4>(src, n, out, bitonic4),
        _ => leaf_n::<T, 8>(src, n, out, bitonic8),
    }
}

/// `PERM[m]`: the `vpermd` indices that gather the 64-bit lanes set in the
/// 4-bit mask `m` to the low lanes and the others after them ([`SPLIT`]'s
/// first four lanes).
static PERM: [[i32; 8]; 16] = {
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

/// Partitions the `n` keys that `vec(i)` (four from `i`) and `one(i)` read
/// into `dst` (`n` long, not where the keys come from): keys below `pivot`
/// first. Returns how many are below.
#[inline]
#[target_feature(enable = "avx2,popcnt")]
unsafe fn partition_by(
    n: usize,
    dst: &mut [u64],
    pivot: u64,
    vec: impl Fn(usize) -> __m256i,
    one: impl Fn(usize) -> u64,
) -> usize {
    let d = dst.as_mut_ptr();
    let pv = _mm256_set1_epi64x(pivot as i64);
    let (mut l, mut r) = (0, n);
    // The last `n % 4` keys one by one; then the room `l..r` is always the
    // multiple of four keys still to read.
    let m = n - n % 4;
    for i in m..n {
        put_one(d, one(i), pivot, &mut l, &mut r);
    }
    let mut i = 0;
    while m - i >= 4 * UNROLL {
        let mut xs = [_mm256_setzero_si256(); UNROLL];
        for (j, x) in xs.iter_mut().enumerate() {
            *x = vec(i + 4 * j);
        }
        for &x in &xs {
            put(d, x, pv, &mut l, &mut r);
        }
        i += 4 * UNROLL;
    }
    while i < m {
        put(d, vec(i), pv, &mut l, &mut r);
        i += 4;
    }
    l
}

/// Partitions the keys of the `n` contiguous elements of `S` at `p` into
/// `dst` (`n` long): keys below `pivot` first. Returns how many are below.
#[target_feature(enable = "avx2,popcnt")]
unsafe fn partition_from<S: SortElem>(p: *const u8, n: usize, dst: &mut [u64], pivot: u64) -> usize {
    let size = std::mem::size_of::<S>();
    partition_by(
        n,
        dst,
        pivot,
        |i| load4::<S>(p.add(i * size)),
        |i| (p.add(i * size) as *const S).read_unaligned().to_u64() ^ SIGNED,
    )
}

/// Vectors set aside at each end by [`partition_in_place`], and read per
/// step of its main loop.
const UNROLL: usize = 4;

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
        return partition_by(n, v, pivot, |i| load(c.add(i)), |i| copy[i]);
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
    use super::super::vqsort::tests::check_lanes;
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
        check_keys(&[f64::INFINITY, f64::NAN, f64::from_bits(0x7ff0_0000_0000_0001), f64::MAX]);
        check_keys(&[-f32::NAN, f32::NEG_INFINITY, -2.5, -0.0, 0.0, 1e-45, 1.0]);
        check_keys(&[f32::INFINITY, f32::NAN, f32::from_bits(0x7f80_0001), f32::MAX]);
        check_keys(&[i64::MIN, -1, 0, 1, i64::MAX, 7, -9, 3, 4]);
        check_keys(&[i32::MIN, -1, 0, 1, i32::MAX, 7, -9, 3, 4]);
        check_keys(&[u64::MAX, 0, 1, 1 << 63, 5]);
        check_keys(&[u32::MAX, 0, 1, 1 << 31, 5]);
        // NaNs come back as the default NaN, whatever their sign and payload.
        let nans = [-f64::NAN, f64::from_bits(0x7ff0_0000_0000_0001), f64::NAN, -f64::NAN];
        let mut back = [0.0f64; 4];
        unsafe { store4::<f64>(back.as_mut_ptr() as *mut u8, load4::<f64>(nans.as_ptr() as *const u8), 4) };
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
                    .map(|(i, &x)| if k == 0 { f32::from_bits(x as u32) } else { f(x, i) as f32 })
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
