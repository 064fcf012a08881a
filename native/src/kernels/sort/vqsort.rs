//! Vectorised quicksort of 64-bit keys: `np.sort`'s default (unstable) kind
//! for 32- and 64-bit integers and floats, as NumPy sorts them with its
//! vectorised quicksort. The driver here is generic over the vector
//! [`Kernels`]: the AVX-512F ones in this file, the AVX2 ones in
//! [`super::vqavx2`] (4 keys per vector, keys ordered as `i64`).
//!
//! Elements map to order-preserving, invertible `u64` keys
//! ([`SortElem::to_u64`], eight at a time in [`super::vqkeys`]; every NaN
//! becomes `u64::MAX`, so NaNs sort last, and `-0.0` sorts before `0.0`).
//! A contiguous lane is converted by the first partition as it reads it,
//! and back by the leaves as they write the result.
//!
//! The sort is a quicksort:
//! * **partition**: each vector of 8 keys is compared with the pivot, one
//!   lane permutation puts the smaller keys in its low lanes and the others
//!   in its high lanes, and the vector is stored whole at the low cursor and
//!   ending at the high cursor (the unused lanes fall in free room); the
//!   first partition of a contiguous lane reads the elements into the key
//!   buffer, every later one works in place ([`partition_in_place`]);
//! * **pivot**: the median of 16 keys sampled evenly; when no key is below
//!   it (it is the range's minimum), the keys equal to it are split off by a
//!   second partition at `pivot + 1`, so runs of equal keys cost one pass;
//! * **leaves** of up to 64 keys (32 with AVX2) sort in registers with a
//!   bitonic network (padding with the largest key);
//! * both halves of a large range sort in parallel (rayon), and past a
//!   depth of 2·log2(n) the standard unstable sort takes over, so there is
//!   no quadratic case.

use super::vqavx2::Avx2;
use super::vqkeys::{load8, load_keys, store8, store_keys, Lane};
use super::SortElem;
use std::arch::x86_64::*;
use std::cell::RefCell;

/// Ranges at most this long sort with the bitonic network.
pub(super) const LEAF: usize = 64;
/// Ranges at least this long sort their halves in parallel.
pub(super) const PARALLEL_MIN: usize = 1 << 15;

/// Whether this CPU has the AVX-512 kernels (which the vectorised argsort
/// and selection need too).
pub fn available() -> bool {
    crate::kernels::simd::level() == crate::kernels::simd::Level::Avx512
        && std::is_x86_feature_detected!("popcnt")
}

/// Whether this CPU runs the vectorised sort ([`sort_lane`]): AVX-512F or
/// AVX2.
pub fn sort_available() -> bool {
    available() || super::vqavx2::available()
}

/// The vector kernels the quicksort runs on. Keys sit in the key buffer as
/// `to_u64() ^ FLIP`, which is the form the kernels compare.
pub(super) trait Kernels {
    /// XORed into the keys in the key buffer: 0 when the kernels order keys
    /// as `u64`, the sign bit when they order them as `i64`.
    const FLIP: u64;
    /// Ranges at most this long sort with [`Kernels::leaf`].
    const LEAF: usize;
    /// Sorts the `n <= LEAF` keys at `src` into `out` (which may be `src`
    /// itself), as elements of `T`; for `T = u64` that is the keys without
    /// `FLIP`.
    unsafe fn leaf<T: SortElem>(src: *const u64, n: usize, out: Out<T>);
    /// Partitions the keys of the `n` contiguous elements of `S` at `p` into
    /// `dst` (`n` long): keys `< pivot` first. Returns how many are below
    /// and, with `MAX`, the largest key (else unspecified).
    unsafe fn partition_from<S: SortElem, const MAX: bool>(
        p: *const u8,
        n: usize,
        dst: &mut [u64],
        pivot: u64,
    ) -> (usize, u64);
    /// One pass over the `n` contiguous elements of `S` at `p`: how many
    /// keys are below `lo`, the keys in `lo..=hi` copied to the front of
    /// `dst` (`n + 8` long: whole vectors are stored, the lanes past the
    /// kept ones falling in free room), how many, and the largest key.
    unsafe fn filter_from<S: SortElem>(
        p: *const u8,
        n: usize,
        lo: u64,
        hi: u64,
        dst: &mut [u64],
    ) -> (usize, usize, u64);
    /// Partitions `v` in place: keys `< pivot` first. Returns how many are
    /// below.
    unsafe fn partition_in_place(v: &mut [u64], pivot: u64) -> usize;
    /// Splits the `n` contiguous elements of `S` at `p` in place: those
    /// with keys below `lo` to the front, above `hi` to the back, the ones
    /// in `lo..=hi` copied to the front of `mid` (room for `n + 8`
    /// elements), a gap as long left between the two; bounds are keys
    /// without `FLIP`, elements keep their bits, and NaNs are never kept.
    /// Returns how many are below and how many were kept; `None` (the
    /// default) when the kernels have no such step.
    unsafe fn split_in_place<S: SortElem>(
        _p: *mut u8,
        _n: usize,
        _lo: u64,
        _hi: u64,
        _mid: *mut u8,
    ) -> Option<(usize, usize)> {
        None
    }
}

/// The AVX-512F kernels (this file).
pub(super) struct Avx512;

impl Kernels for Avx512 {
    const FLIP: u64 = 0;
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
        partition::<S, MAX>(p, n, dst, pivot)
    }
    unsafe fn filter_from<S: SortElem>(
        p: *const u8,
        n: usize,
        lo: u64,
        hi: u64,
        dst: &mut [u64],
    ) -> (usize, usize, u64) {
        filter::<S>(p, n, lo, hi, dst)
    }
    unsafe fn partition_in_place(v: &mut [u64], pivot: u64) -> usize {
        partition_in_place(v, pivot)
    }
}

thread_local! {
    /// Key buffers kept between calls on each thread, so that repeated
    /// sorts neither allocate nor refault pages.
    static KEYS: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
}

/// Buffers larger than this are not kept for the next call.
pub(super) const KEEP_MAX: usize = 1 << 23;

/// Where the leaves write: `n` contiguous elements of `T` (for `T = u64`,
/// keys). Crosses threads with the ranges it covers.
pub(super) struct Out<T>(pub(super) *mut T);
impl<T> Clone for Out<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Out<T> {}
// SAFETY: parallel ranges write disjoint parts of the output.
unsafe impl<T> Send for Out<T> {}
unsafe impl<T> Sync for Out<T> {}

impl<T> Out<T> {
    /// The output of the range starting `k` elements further.
    #[inline(always)]
    unsafe fn skip(self, k: usize) -> Self {
        Out(self.0.add(k))
    }
}

/// Sorts the `n` elements of `T` at `p` (byte stride `s`) into the `n`
/// elements at `q` (byte stride `t`; `q` may be `p`), in NumPy's order
/// except that `-0.0` sorts before `0.0` (NaNs last, as the default NaN).
/// The caller checks [`sort_available`] and `T::SIMD_KEY`.
///
/// A contiguous source is read by the first partition itself, and a
/// contiguous destination written by the leaves, so the keys never make a
/// separate pass through memory; strided lanes convert in a pass of their
/// own.
///
/// # Safety
/// `p` must address `n` elements of `T` at stride `s`, and `q` `n` writable
/// ones at stride `t`.
pub unsafe fn sort_lane<T: SortElem>(p: *const u8, s: isize, q: *mut u8, t: isize, n: usize) {
    if available() {
        sort_lane_with::<Avx512, T>(p, s, q, t, n)
    } else {
        sort_lane_with::<Avx2, T>(p, s, q, t, n)
    }
}

/// [`sort_lane`] with the kernels `I`, which the CPU must run.
pub(super) unsafe fn sort_lane_with<I: Kernels, T: SortElem>(
    p: *const u8,
    s: isize,
    q: *mut u8,
    t: isize,
    n: usize,
) {
    let size = std::mem::size_of::<T>() as isize;
    let strided_out = t != size;
    let len = if strided_out { 2 * n } else { n };
    with_keys(len, |keys| {
        let (a, c) = keys.split_at_mut(n);
        let depth = 2 * (usize::BITS - n.leading_zeros());
        // SAFETY: the caller checked that the CPU runs `I`; the sorted keys
        // go to `c` for a strided destination.
        if strided_out {
            sort_from::<I, T, u64>(Lane(p as *mut u8, s), a, depth, Out(c.as_mut_ptr()));
            store_keys::<T>(c, Lane(q, t), 0);
        } else {
            sort_from::<I, T, T>(Lane(p as *mut u8, s), a, depth, Out(q as *mut T));
        }
    })
}

/// Runs `f` on a key buffer of `len` keys (contents unspecified): this
/// thread's kept buffer, grown as needed and kept again afterwards unless it
/// exceeds [`KEEP_MAX`].
pub(super) fn with_keys<R>(len: usize, f: impl FnOnce(&mut [u64]) -> R) -> R {
    // A thread that steals another lane's work while this one waits in
    // `rayon::join` finds the buffer taken and uses its own.
    let cached = KEYS.with(|c| c.try_borrow_mut().ok().map(|mut k| std::mem::take(&mut *k)));
    let mut keys = cached.unwrap_or_default();
    if keys.len() < len {
        keys.resize(len, 0);
    }
    let r = f(&mut keys[..len]);
    if keys.len() <= KEEP_MAX {
        KEYS.with(|c| {
            if let Ok(mut k) = c.try_borrow_mut() {
                if k.len() < keys.len() {
                    *k = keys;
                }
            }
        });
    }
    r
}

/// Sorts the lane of `S` elements into `out` (elements of `T`, which is
/// `S` or, for keys, `u64`), with `keys` (`n` long) as the key buffer.
unsafe fn sort_from<I: Kernels, S: SortElem, T: SortElem>(
    src: Lane,
    keys: &mut [u64],
    depth: u32,
    out: Out<T>,
) {
    let n = keys.len();
    if src.1 != std::mem::size_of::<S>() as isize || n <= I::LEAF {
        load_keys::<S>(src, keys, I::FLIP);
        quicksort::<I, T>(keys, depth, out);
        return;
    }
    let p = src.0 as *const S;
    let pv = pivot_by::<I>(n, |i| p.add(i).read_unaligned().to_u64() ^ I::FLIP);
    let (k, _) = I::partition_from::<S, false>(p as *const u8, n, keys, pv);
    split::<I, T>(keys, k, pv, depth, out);
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

/// Sorts the `n <= 8·N` keys at `src` in `N` registers with `net`
/// (padding with `u64::MAX`) and writes them as elements of `T` to `out`
/// (which may be `src` itself).
#[inline]
#[target_feature(enable = "avx512f,popcnt")]
unsafe fn leaf_n<T: SortElem, const N: usize>(
    src: *const u64,
    n: usize,
    out: Out<T>,
    net: unsafe fn(&mut [__m512i; N]),
) {
    let pad = _mm512_set1_epi64(-1);
    let mut r = [pad; N];
    for (i, x) in r.iter_mut().enumerate() {
        *x = _mm512_mask_loadu_epi64(pad, lanes_of(n, i), src.add((8 * i).min(n)) as *const _);
    }
    net(&mut r);
    for (i, &x) in r.iter().enumerate() {
        store8::<T>(out.0.add((8 * i).min(n)) as *mut u8, lanes_of(n, i), x);
    }
}

/// The load masks of the two registers holding a leaf of `n <= 16` keys.
pub(super) fn leaf_masks(n: usize) -> [u8; 2] {
    [lanes_of(n, 0), lanes_of(n, 1)]
}

/// Sorts the `n <= 64` keys at `src` into `out`.
#[target_feature(enable = "avx512f,popcnt")]
pub(super) unsafe fn leaf<T: SortElem>(src: *const u64, n: usize, out: Out<T>) {
    match n {
        0..=16 => leaf_n::<T, 2>(src, n, out, bitonic2),
        17..=32 => leaf_n::<T, 4>(src, n, out, bitonic4),
        _ => leaf_n::<T, 8>(src, n, out, bitonic8),
    }
}

/// Ranges shorter than this pick their pivot as the median of three.
const SMALL_PIVOT: usize = 256;

/// The median of 16 keys sampled evenly from the `n > 16` keys `key(i)`
/// (as they sit in `I`'s key buffer).
///
/// Ranges below [`SMALL_PIVOT`] take the median of three keys instead (the
/// sample's cost matters there, its quality much less).
#[inline]
pub(super) unsafe fn pivot_by<I: Kernels>(n: usize, key: impl Fn(usize) -> u64) -> u64 {
    if n < SMALL_PIVOT {
        let [a, b, c] = [n / 4, n / 2, 3 * n / 4].map(|i| key(i) ^ I::FLIP);
        return a.max(b).min(a.min(b).max(c)) ^ I::FLIP;
    }
    let step = n / 16;
    let mut s = [0u64; 16];
    for (i, x) in s.iter_mut().enumerate() {
        *x = key(i * step + step / 2);
    }
    let at = s.as_mut_ptr();
    // The leaf writes `u64` elements: keys without `FLIP`.
    I::leaf::<u64>(at, 16, Out(at));
    s[8] ^ I::FLIP
}

/// [`pivot_by`] over the keys of `v`.
pub(super) unsafe fn pivot<I: Kernels>(v: &[u64]) -> u64 {
    pivot_by::<I>(v.len(), |i| v[i])
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

/// Partitions the keys of the `n` contiguous elements of `S` at `p` (keys
/// themselves for `S = u64`) into `dst` (`n` long): keys `< pivot` first
/// (from the front), the others from the back. Returns how many are below
/// and, with `MAX`, the largest key (else 0).
#[target_feature(enable = "avx512f,popcnt")]
pub(super) unsafe fn partition<S: SortElem, const MAX: bool>(
    p: *const u8,
    n: usize,
    dst: &mut [u64],
    pivot: u64,
) -> (usize, u64) {
    let size = std::mem::size_of::<S>();
    let d = dst.as_mut_ptr();
    let pv = _mm512_set1_epi64(pivot as i64);
    let mut mx = _mm512_setzero_si512();
    let (mut l, mut r, mut i) = (0, n, 0);
    // The free room `l..r` always holds the `n - i` keys still to read.
    while n - i >= 48 {
        let mut xs = [_mm512_setzero_si512(); 4];
        for (j, x) in xs.iter_mut().enumerate() {
            *x = load8::<S>(p.add((i + 8 * j) * size), 0xff);
        }
        for &x in &xs {
            if MAX {
                mx = _mm512_max_epu64(mx, x);
            }
            put_fast!(d, x, pv, l, r);
        }
        i += 32;
    }
    while n - i >= 8 {
        let x = load8::<S>(p.add(i * size), 0xff);
        if MAX {
            mx = _mm512_max_epu64(mx, x);
        }
        if n - i >= 16 {
            put_fast!(d, x, pv, l, r);
        } else {
            put_exact(d, x, 0xff, pv, &mut l, &mut r);
        }
        i += 8;
    }
    if n > i {
        let m = ((1u32 << (n - i)) - 1) as u8;
        let x = load8::<S>(p.add(i * size), m);
        if MAX {
            mx = _mm512_mask_max_epu64(mx, m, mx, x);
        }
        put_exact(d, x, m, pv, &mut l, &mut r);
    }
    (l, if MAX { _mm512_reduce_max_epu64(mx) } else { 0 })
}

/// [`Kernels::filter_from`] with AVX-512F: eight keys per step, the kept
/// ones gathered to the low lanes by one permutation and stored whole.
#[target_feature(enable = "avx512f,popcnt")]
unsafe fn filter<S: SortElem>(
    p: *const u8,
    n: usize,
    lo: u64,
    hi: u64,
    dst: &mut [u64],
) -> (usize, usize, u64) {
    let size = std::mem::size_of::<S>();
    let d = dst.as_mut_ptr();
    let (vlo, vhi) = (_mm512_set1_epi64(lo as i64), _mm512_set1_epi64(hi as i64));
    let mut mx = _mm512_setzero_si512();
    let (mut below, mut kept, mut i) = (0usize, 0usize, 0usize);
    while i < n {
        let valid = if n - i >= 8 {
            0xff
        } else {
            ((1u32 << (n - i)) - 1) as u8
        };
        let x = load8::<S>(p.add(i * size), valid);
        mx = _mm512_mask_max_epu64(mx, valid, mx, x);
        let lt = _mm512_mask_cmplt_epu64_mask(valid, x, vlo);
        let keep = _mm512_mask_cmple_epu64_mask(valid & !lt, x, vhi);
        below += lt.count_ones() as usize;
        // Stored whatever `keep` is: a branch on it mispredicts on random data.
        let idx = _mm512_cvtepu8_epi64(_mm_loadl_epi64(SPLIT[keep as usize].as_ptr() as *const _));
        _mm512_storeu_si512(d.add(kept) as *mut _, _mm512_permutexvar_epi64(idx, x));
        kept += keep.count_ones() as usize;
        i += 8;
    }
    (below, kept, _mm512_reduce_max_epu64(mx))
}

/// Vectors set aside at each end by [`partition_in_place`], and read per
/// step of its main loop.
const UNROLL: usize = 4;

/// Ranges shorter than this partition through a stack copy.
const IN_PLACE_MIN: usize = 16 * UNROLL + 8;

/// Partitions the keys of `v` in place: keys `< pivot` first. Returns how
/// many are below.
///
/// The first and last `UNROLL` vectors are set aside, which leaves a free
/// gap of `8·UNROLL` keys at each end. Each step reads `UNROLL` vectors
/// from the side whose gap is smaller and writes each with [`put_fast!`]
/// (whole-vector stores at the low cursor and ending at the high cursor):
/// the gaps always total `16·UNROLL` keys, so after the read both hold at
/// least `8·UNROLL` and every store lands in free room. The set-aside
/// vectors are written last, exactly.
#[target_feature(enable = "avx512f,popcnt")]
pub(super) unsafe fn partition_in_place(v: &mut [u64], pivot: u64) -> usize {
    let n = v.len();
    if n < IN_PLACE_MIN {
        let mut copy = [0u64; IN_PLACE_MIN];
        copy[..n].copy_from_slice(v);
        return partition::<u64, false>(copy.as_ptr() as *const u8, n, v, pivot).0;
    }
    let p = v.as_mut_ptr();
    let pv = _mm512_set1_epi64(pivot as i64);
    let at = |i: usize| _mm512_loadu_si512(p.add(i) as *const _);
    let mut aside = [_mm512_setzero_si512(); 2 * UNROLL];
    for j in 0..UNROLL {
        aside[j] = at(8 * j);
        aside[UNROLL + j] = at(n - 8 * (j + 1));
    }
    // Written: `..l` below the pivot, `r..` not; unread: `rl..rr`.
    let (mut l, mut r) = (0, n);
    let (mut rl, mut rr) = (8 * UNROLL, n - 8 * UNROLL);
    while rr - rl >= 8 * UNROLL {
        let mut xs = [_mm512_setzero_si512(); UNROLL];
        if rl - l <= r - rr {
            for (j, x) in xs.iter_mut().enumerate() {
                *x = at(rl + 8 * j);
            }
            rl += 8 * UNROLL;
        } else {
            rr -= 8 * UNROLL;
            for (j, x) in xs.iter_mut().enumerate() {
                *x = at(rr + 8 * j);
            }
        }
        for &x in &xs {
            put_fast!(p, x, pv, l, r);
        }
    }
    while rr - rl >= 8 {
        let x = if rl - l <= r - rr {
            rl += 8;
            at(rl - 8)
        } else {
            rr -= 8;
            at(rr)
        };
        put_fast!(p, x, pv, l, r);
    }
    if rr > rl {
        // Everything unread is in registers now, so `l..r` is one free gap.
        let m = ((1u32 << (rr - rl)) - 1) as u8;
        let x = _mm512_maskz_loadu_epi64(m, p.add(rl) as *const _);
        put_exact(p, x, m, pv, &mut l, &mut r);
    }
    for &x in &aside {
        put_exact(p, x, 0xff, pv, &mut l, &mut r);
    }
    l
}

/// Sorts the keys of `v` (in place) into `out`. `depth` bounds the
/// recursion before the fallback.
pub(super) unsafe fn quicksort<I: Kernels, T: SortElem>(v: &mut [u64], depth: u32, out: Out<T>) {
    let n = v.len();
    if n <= I::LEAF {
        I::leaf(v.as_ptr(), n, out);
        return;
    }
    if depth == 0 {
        v.sort_unstable_by_key(|&k| k ^ I::FLIP);
        emit::<I, T>(v, out);
        return;
    }
    let pv = pivot::<I>(v);
    let k = I::partition_in_place(v, pv);
    split::<I, T>(v, k, pv, depth, out);
}

/// Goes on after a partition around `pv` left the first `k` keys of `v`
/// below `pv`.
unsafe fn split<I: Kernels, T: SortElem>(
    v: &mut [u64],
    k: usize,
    pv: u64,
    depth: u32,
    out: Out<T>,
) {
    let n = v.len();
    if k == 0 {
        // `pv` is the minimum: the keys equal to it are sorted already.
        let key = pv ^ I::FLIP;
        if key == u64::MAX {
            emit::<I, T>(v, out);
            return;
        }
        // Split them off with a second partition, at the next key.
        let k = I::partition_in_place(v, (key + 1) ^ I::FLIP);
        let (v0, v1) = v.split_at_mut(k);
        emit::<I, T>(v0, out);
        quicksort::<I, T>(v1, depth - 1, out.skip(k));
        return;
    }
    let (v0, v1) = v.split_at_mut(k);
    if n >= PARALLEL_MIN {
        rayon::join(
            // SAFETY: the CPU runs `I` (checked before the sort began).
            || unsafe { quicksort::<I, T>(v0, depth - 1, out) },
            || unsafe { quicksort::<I, T>(v1, depth - 1, out.skip(k)) },
        );
    } else {
        quicksort::<I, T>(v0, depth - 1, out);
        quicksort::<I, T>(v1, depth - 1, out.skip(k));
    }
}

/// Writes sorted keys (as they sit in `I`'s key buffer) to `out` as
/// elements of `T`.
unsafe fn emit<I: Kernels, T: SortElem>(keys: &[u64], out: Out<T>) {
    for (i, &key) in keys.iter().enumerate() {
        out.0.add(i).write_unaligned(T::from_u64(key ^ I::FLIP));
    }
}
