//! Vectorised quicksort of 64-bit keys with AVX-512F: `np.sort`'s default
//! (unstable) kind for 32- and 64-bit integers and floats on CPUs that have
//! it, where NumPy itself sorts with its AVX-512 quicksort.
//!
//! Elements map to order-preserving, invertible `u64` keys
//! ([`SortElem::to_u64`]; every NaN becomes `u64::MAX`, so NaNs sort last,
//! and `-0.0` sorts before `0.0`), the keys are sorted, and mapped back.
//!
//! The sort is a quicksort:
//! * **partition** compares 8 keys at once against the pivot and writes the
//!   two sides with compress stores, in place: the first and last vectors
//!   are set aside, and each step reads from the side with less free room,
//!   so both sides always have room for 8 keys;
//! * **pivot**: the median of 16 keys sampled evenly; when no key is below
//!   it (it is the range's minimum), the keys equal to it are split off by a
//!   second partition at `pivot + 1`, so runs of equal keys cost one pass;
//! * **leaves** of up to 32 keys sort in registers with a bitonic
//!   network (padding with `u64::MAX`);
//! * both halves of a large range sort in parallel (rayon), and past a
//!   depth of 2·log2(n) the standard unstable sort takes over, so there is
//!   no quadratic case.

use super::SortElem;
use rayon::prelude::*;
use std::arch::x86_64::*;
use std::cell::RefCell;

/// Ranges at most this long sort with the bitonic network.
pub(super) const LEAF: usize = 32;
/// Ranges at least this long sort their halves in parallel.
pub(super) const PARALLEL_MIN: usize = 1 << 15;

/// Whether this CPU runs the vectorised sort.
pub fn available() -> bool {
    crate::kernels::simd::level() == crate::kernels::simd::Level::Avx512
        && std::is_x86_feature_detected!("popcnt")
}

thread_local! {
    /// Key buffers kept between calls on each thread (keys, then scratch),
    /// so that repeated sorts neither allocate nor refault pages.
    static KEYS: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
}

/// Buffers larger than this are not kept for the next call.
pub(super) const KEEP_MAX: usize = 1 << 23;

/// Elements below which the key conversions run on one thread.
pub(super) const CONVERT_PARALLEL_MIN: usize = 1 << 16;

/// A lane's base pointer that may cross threads (chunks touch disjoint
/// elements).
#[derive(Clone, Copy)]
pub(super) struct Lane(pub(super) *mut u8, pub(super) isize);
// SAFETY: each conversion chunk reads or writes its own elements only.
unsafe impl Send for Lane {}
unsafe impl Sync for Lane {}

impl Lane {
    /// Element `i`'s address (a method, so closures capture the whole lane).
    ///
    /// # Safety
    /// `i` must be within the lane.
    #[inline(always)]
    pub(super) unsafe fn at(&self, i: usize) -> *mut u8 {
        self.0.offset(i as isize * self.1)
    }
}

/// Runs `f(start, keys_chunk)` over `keys` in chunks, on rayon's pool when
/// `keys` is long.
pub(super) fn chunked(keys: &mut [u64], f: impl Fn(usize, &mut [u64]) + Sync + Send) {
    if keys.len() >= CONVERT_PARALLEL_MIN {
        keys.par_chunks_mut(CONVERT_PARALLEL_MIN / 4)
            .enumerate()
            .for_each(|(c, k)| f(c * (CONVERT_PARALLEL_MIN / 4), k));
    } else {
        f(0, keys);
    }
}

/// Sorts the `n` elements of `T` at `p` (byte stride `s`) into the `n`
/// elements at `q` (byte stride `t`; `q` may be `p`), in NumPy's order
/// except that `-0.0` sorts before `0.0` (NaNs last, as the default NaN).
/// The caller checks [`available`] and `T::SIMD_KEY`.
///
/// # Safety
/// `p` must address `n` elements of `T` at stride `s`, and `q` `n` writable
/// ones at stride `t`.
pub unsafe fn sort_lane<T: SortElem>(p: *const u8, s: isize, q: *mut u8, t: isize, n: usize) {
    // A thread that steals another lane's sort while this one waits in
    // `rayon::join` finds the buffers taken and uses its own.
    let cached = KEYS.with(|c| c.try_borrow_mut().ok().map(|mut k| std::mem::take(&mut *k)));
    let mut keys = cached.unwrap_or_default();
    if keys.len() < 2 * n {
        keys.resize(2 * n, 0);
    }
    let (lane, out) = (Lane(p as *mut u8, s), Lane(q, t));
    let (home, scratch) = keys[..2 * n].split_at_mut(n);
    chunked(home, |start, k| {
        for (i, key) in k.iter_mut().enumerate() {
            let at = lane.at(start + i) as *const T;
            *key = std::ptr::read_unaligned(at).to_u64();
        }
    });
    let depth = 2 * (usize::BITS - n.leading_zeros());
    // SAFETY: `available()` (checked by the caller) means AVX-512F is present.
    quicksort(home, scratch, false, depth);
    chunked(home, |start, k| {
        for (i, &key) in k.iter().enumerate() {
            let at = out.at(start + i) as *mut T;
            std::ptr::write_unaligned(at, T::from_u64(key));
        }
    });
    if keys.len() <= KEEP_MAX {
        KEYS.with(|c| {
            if let Ok(mut k) = c.try_borrow_mut() {
                if k.len() < keys.len() {
                    *k = keys;
                }
            }
        });
    }
}

/// A lane permutation: lane `l` reads lane `l ^ j`.
pub(super) const fn xor_perm(j: usize) -> [i64; 8] {
    let mut p = [0i64; 8];
    let mut l = 0;
    while l < 8 {
        p[l] = (l ^ j) as i64;
        l += 1;
    }
    p
}

/// The lanes of vector `base / 8` that keep the larger key at bitonic step
/// (`k`, `j`): the upper lane of each pair in an ascending block, the lower
/// one in a descending block (block `g / k` descends when `g & k != 0`).
pub(super) const fn max_lanes(k: usize, j: usize, base: usize) -> u8 {
    let mut m = 0u8;
    let mut l = 0;
    while l < 8 {
        let g = base + l;
        if ((g & j) != 0) != ((g & k) != 0) {
            m |= 1 << l;
        }
        l += 1;
    }
    m
}

/// The in-register steps (`k`, `j` with `j < 8`) of a 16-key bitonic sort.
pub(super) const STEPS: [(usize, usize); 9] = [
    (2, 1),
    (4, 2),
    (4, 1),
    (8, 4),
    (8, 2),
    (8, 1),
    (16, 4),
    (16, 2),
    (16, 1),
];

/// One compare-exchange step inside a vector: each lane meets lane `l ^ j`
/// and keeps the larger key where `max_mask` is set, else the smaller.
#[inline]
#[target_feature(enable = "avx512f,popcnt")]
unsafe fn exchange(v: __m512i, j: usize, max_mask: u8) -> __m512i {
    let perm = xor_perm(j);
    let p = _mm512_permutexvar_epi64(_mm512_loadu_si512(perm.as_ptr() as *const _), v);
    let lo = _mm512_min_epu64(v, p);
    let hi = _mm512_max_epu64(v, p);
    _mm512_mask_mov_epi64(lo, max_mask, hi)
}

/// One step (`K`, `J`) of a bitonic network over the `8·N` keys of `v`
/// (lane `l` of `v[i]` is key `8i + l`): key `g` meets key `g ^ J`, and the
/// pair is ordered ascending when `g & K == 0`, else descending. `J >= 8`
/// pairs whole registers (min/max); shorter distances pair lanes inside a
/// register ([`exchange`]). Const parameters, so masks and permutations
/// are compile-time constants.
#[inline]
#[target_feature(enable = "avx512f,popcnt")]
unsafe fn step<const K: usize, const J: usize, const N: usize>(v: &mut [__m512i; N]) {
    if J >= 8 {
        for a in 0..N {
            let b = a ^ (J / 8);
            if b > a {
                let lo = _mm512_min_epu64(v[a], v[b]);
                let hi = _mm512_max_epu64(v[a], v[b]);
                (v[a], v[b]) = if (8 * a) & K == 0 { (lo, hi) } else { (hi, lo) };
            }
        }
    } else {
        for (a, x) in v.iter_mut().enumerate() {
            *x = exchange(*x, J, max_lanes(K, J, 8 * a));
        }
    }
}

/// The bitonic network sorting `8·N` keys: steps (`k`, `j`) for block
/// sizes `k = 2, 4, …, 8N` and distances `j = k/2, …, 1`.
macro_rules! network {
    ($v:ident, $n:literal; $(($k:literal, $j:literal)),* $(,)?) => {
        $(step::<$k, $j, $n>($v);)*
    };
}

/// Sorts 16 keys in two registers.
#[target_feature(enable = "avx512f,popcnt")]
unsafe fn bitonic2(v: &mut [__m512i; 2]) {
    network!(v, 2; (2, 1), (4, 2), (4, 1), (8, 4), (8, 2), (8, 1), (16, 8), (16, 4), (16, 2), (16, 1));
}

/// Sorts 32 keys in four registers.
#[target_feature(enable = "avx512f,popcnt")]
unsafe fn bitonic4(v: &mut [__m512i; 4]) {
    network!(v, 4; (2, 1), (4, 2), (4, 1), (8, 4), (8, 2), (8, 1), (16, 8), (16, 4), (16, 2), (16, 1),
        (32, 16), (32, 8), (32, 4), (32, 2), (32, 1));
}

/// Sorts 64 keys in eight registers.
#[target_feature(enable = "avx512f,popcnt")]
unsafe fn bitonic8(v: &mut [__m512i; 8]) {
    network!(v, 8; (2, 1), (4, 2), (4, 1), (8, 4), (8, 2), (8, 1), (16, 8), (16, 4), (16, 2), (16, 1),
        (32, 16), (32, 8), (32, 4), (32, 2), (32, 1), (64, 32), (64, 16), (64, 8), (64, 4), (64, 2), (64, 1));
}

/// The load mask of register `i` of a leaf of `n` keys.
#[inline(always)]
fn lanes_of(n: usize, i: usize) -> u8 {
    ((1u32 << n.saturating_sub(8 * i).min(8)) - 1) as u8
}

/// Sorts `n <= 8·N` keys in `N` registers with `net` (padding with
/// `u64::MAX`).
#[inline]
#[target_feature(enable = "avx512f,popcnt")]
unsafe fn leaf_n<const N: usize>(v: &mut [u64], net: unsafe fn(&mut [__m512i; N])) {
    let n = v.len();
    let p = v.as_mut_ptr();
    let pad = _mm512_set1_epi64(-1);
    let mut r = [pad; N];
    for (i, x) in r.iter_mut().enumerate() {
        *x = _mm512_mask_loadu_epi64(pad, lanes_of(n, i), p.add((8 * i).min(n)) as *const _);
    }
    net(&mut r);
    for (i, &x) in r.iter().enumerate() {
        _mm512_mask_storeu_epi64(p.add((8 * i).min(n)) as *mut _, lanes_of(n, i), x);
    }
}

/// The load masks of the two registers holding a leaf of `n <= 16` keys.
pub(super) fn leaf_masks(n: usize) -> [u8; 2] {
    [lanes_of(n, 0), lanes_of(n, 1)]
}

/// Sorts up to [`LEAF`] keys.
#[target_feature(enable = "avx512f,popcnt")]
unsafe fn leaf(v: &mut [u64]) {
    match v.len() {
        0..=16 => leaf_n::<2>(v, bitonic2),
        17..=32 => leaf_n::<4>(v, bitonic4),
        _ => leaf_n::<8>(v, bitonic8),
    }
}

/// Ranges shorter than this pick their pivot as the median of three.
const SMALL_PIVOT: usize = 256;

/// The median of 16 keys sampled evenly from `v` (`v.len() > 16`).
///
/// Ranges below [`SMALL_PIVOT`] take the median of three keys instead (the
/// sample's cost matters there, its quality much less).
#[target_feature(enable = "avx512f,popcnt")]
pub(super) unsafe fn pivot(v: &[u64]) -> u64 {
    let n = v.len();
    if n < SMALL_PIVOT {
        let (a, b, c) = (v[n / 4], v[n / 2], v[3 * n / 4]);
        return a.max(b).min(a.min(b).max(c));
    }
    let step = n / 16;
    let mut s = [0u64; 16];
    for (i, x) in s.iter_mut().enumerate() {
        *x = v[i * step + step / 2];
    }
    leaf(&mut s);
    s[8]
}

/// `SPLIT[m]`: the lane permutation (as bytes) that gathers the lanes set
/// in `m` to the low lanes and the others after them, each in order.
pub(super) const SPLIT: [[u8; 8]; 256] = {
    let mut t = [[0u8; 8]; 256];
    let mut m = 0;
    while m < 256 {
        let mut at = 0;
        let mut pass = 0;
        while pass < 2 {
            let mut l = 0;
            while l < 8 {
                if ((m >> l) & 1 == 1) == (pass == 0) {
                    t[m][at] = l as u8;
                    at += 1;
                }
                l += 1;
            }
            pass += 1;
        }
        m += 1;
    }
    t
};

/// Writes one vector of keys with whole-vector stores: one permutation puts
/// the keys below `pv` in the low lanes and the others in the high lanes;
/// the vector is stored at `l` (its low part counts) and ending at `r` (its
/// high part counts). The other lanes land in the free room `l..r`, which
/// must hold at least 16 keys so that the two stores do not meet (a
/// compress straight to memory is several times slower). A macro, so that
/// it inlines into the AVX-512 function that uses it.
macro_rules! put_fast {
    ($d:expr, $x:expr, $pv:expr, $l:ident, $r:ident) => {{
        let x = $x;
        let lt = _mm512_cmplt_epu64_mask(x, $pv);
        let n_lt = lt.count_ones() as usize;
        let idx = _mm512_cvtepu8_epi64(_mm_loadl_epi64(SPLIT[lt as usize].as_ptr() as *const _));
        let y = _mm512_permutexvar_epi64(idx, x);
        _mm512_storeu_si512($d.add($l) as *mut _, y);
        _mm512_storeu_si512($d.add($r - 8) as *mut _, y);
        $l += n_lt;
        $r -= 8 - n_lt;
    }};
}

/// Writes the keys of `x` selected by `valid`: those below `pv` at `*l`
/// (advancing it), the others just below `*r` (moving it down); exact
/// stores, for when the free room is small.
#[inline]
#[target_feature(enable = "avx512f,popcnt")]
unsafe fn put_exact(d: *mut u64, x: __m512i, valid: u8, pv: __m512i, l: &mut usize, r: &mut usize) {
    let lt = _mm512_mask_cmplt_epu64_mask(valid, x, pv);
    let ge = valid & !lt;
    _mm512_mask_compressstoreu_epi64(d.add(*l) as *mut _, lt, x);
    *l += lt.count_ones() as usize;
    *r -= ge.count_ones() as usize;
    _mm512_mask_compressstoreu_epi64(d.add(*r) as *mut _, ge, x);
}

/// Partitions `src` into `dst` (same length): keys `< pivot` first (from
/// the front), the others from the back. Returns how many are below.
#[target_feature(enable = "avx512f,popcnt")]
unsafe fn partition(src: &[u64], dst: &mut [u64], pivot: u64) -> usize {
    let n = src.len();
    let (p, d) = (src.as_ptr(), dst.as_mut_ptr());
    let pv = _mm512_set1_epi64(pivot as i64);
    let (mut l, mut r, mut i) = (0, n, 0);
    // The free room `l..r` always holds the `n - i` keys still to read.
    while n - i >= 48 {
        let mut xs = [_mm512_setzero_si512(); 4];
        for (j, x) in xs.iter_mut().enumerate() {
            *x = _mm512_loadu_si512(p.add(i + 8 * j) as *const _);
        }
        for &x in &xs {
            put_fast!(d, x, pv, l, r);
        }
        i += 32;
    }
    while n - i >= 16 {
        put_fast!(d, _mm512_loadu_si512(p.add(i) as *const _), pv, l, r);
        i += 8;
    }
    while n - i >= 8 {
        put_exact(
            d,
            _mm512_loadu_si512(p.add(i) as *const _),
            0xff,
            pv,
            &mut l,
            &mut r,
        );
        i += 8;
    }
    if n > i {
        let m = ((1u32 << (n - i)) - 1) as u8;
        put_exact(
            d,
            _mm512_maskz_loadu_epi64(m, p.add(i) as *const _),
            m,
            pv,
            &mut l,
            &mut r,
        );
    }
    l
}

/// Sorts the keys of one range into `home`. They are in `scratch` when
/// `in_scratch`, else in `home`; each partition moves them to the other
/// buffer. `depth` bounds the recursion before the fallback.
#[target_feature(enable = "avx512f,popcnt")]
unsafe fn quicksort(home: &mut [u64], scratch: &mut [u64], in_scratch: bool, depth: u32) {
    let n = home.len();
    if n <= LEAF || depth == 0 {
        if in_scratch {
            home.copy_from_slice(scratch);
        }
        if n <= LEAF {
            leaf(home);
        } else {
            home.sort_unstable();
        }
        return;
    }
    let (src, dst) = if in_scratch {
        (&mut *scratch, &mut *home)
    } else {
        (&mut *home, &mut *scratch)
    };
    let pv = pivot(src);
    let k = partition(src, dst, pv);
    if k == 0 {
        // `pv` is the minimum: split off the keys equal to it (sorted), back
        // into the buffer the range came from.
        if pv == u64::MAX {
            if !in_scratch {
                home.copy_from_slice(scratch);
            }
            return;
        }
        let k = partition(dst, src, pv + 1);
        let (h0, h1) = home.split_at_mut(k);
        let (s0, s1) = scratch.split_at_mut(k);
        if in_scratch {
            h0.copy_from_slice(s0);
        }
        quicksort(h1, s1, in_scratch, depth - 1);
        return;
    }
    let (h0, h1) = home.split_at_mut(k);
    let (s0, s1) = scratch.split_at_mut(k);
    if n >= PARALLEL_MIN {
        rayon::join(
            // SAFETY: AVX-512F is present (this function runs).
            || unsafe { quicksort(h0, s0, !in_scratch, depth - 1) },
            || unsafe { quicksort(h1, s1, !in_scratch, depth - 1) },
        );
    } else {
        quicksort(h0, s0, !in_scratch, depth - 1);
        quicksort(h1, s1, !in_scratch, depth - 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(mut v: Vec<u64>) {
        if !available() {
            return;
        }
        let mut want = v.clone();
        want.sort_unstable();
        let depth = 2 * (usize::BITS - v.len().leading_zeros());
        let mut scratch = vec![0; v.len()];
        unsafe { quicksort(&mut v, &mut scratch, false, depth) };
        assert_eq!(v, want);
    }

    #[test]
    fn sorts_like_the_standard_sort() {
        let mut s = 0x9e3779b97f4a7c15u64;
        let mut rnd = move || {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            s
        };
        for n in (0..70).chain([100, 1000, 4097, 100_000, 300_000]) {
            check((0..n).map(|_| rnd()).collect());
            check((0..n).map(|_| rnd() % 5).collect());
            check((0..n as u64).collect());
            check((0..n as u64).rev().collect());
            check(vec![u64::MAX; n]);
            check(
                (0..n)
                    .map(|i| if i % 3 == 0 { u64::MAX } else { rnd() % 1000 })
                    .collect(),
            );
        }
    }
}

#[cfg(test)]
mod timing {
    use super::*;
    #[test]
    #[ignore]
    fn time_parts() {
        let n = 1_000_000;
        let mut s = 0x9e3779b97f4a7c15u64;
        let v: Vec<u64> = (0..n)
            .map(|_| {
                s ^= s << 13;
                s ^= s >> 7;
                s ^= s << 17;
                s
            })
            .collect();
        let mut b = vec![0; n];
        for _ in 0..3 {
            let t = std::time::Instant::now();
            unsafe { partition(&v, &mut b, 1 << 63) };
            let t1 = t.elapsed();
            let mut a = v.clone();
            let t = std::time::Instant::now();
            for c in a.chunks_mut(16) {
                unsafe { leaf(c) };
            }
            let t2 = t.elapsed();
            let mut a = v.clone();
            let t = std::time::Instant::now();
            unsafe { quicksort(&mut a, &mut b, false, 40) };
            let t3 = t.elapsed();
            println!("one partition {t1:?}, all leaves {t2:?}, whole {t3:?}");
        }
    }
}
