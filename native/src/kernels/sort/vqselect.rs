//! Vectorised selection of 64-bit keys, with the vectorised quicksort's
//! kernels ([`super::vqsort::Kernels`]: AVX-512F, or AVX2), for
//! `np.median` ([`middle`]: the keys a full sort would put at positions
//! `k - 1` and `k` of a lane, without sorting it) and `np.partition` with
//! one `kth` ([`partition_lane`]: the lane rearranged around position `k`).
//!
//! The lane's elements become order-preserving `u64` keys
//! ([`SortElem::to_u64`]: NaN → `u64::MAX`, so NaN sorts last; `-0.0`
//! before `0.0`), held in the key buffer as `key ^ I::FLIP` (the form the
//! kernels compare). The steps:
//! * **sample** (contiguous lanes of at least [`FILTER_MIN`] elements): the
//!   keys of [`SAMPLE`] pseudo-randomly chosen elements are sorted, and the
//!   sample keys ±[`MARGIN`] ranks around position `k`'s share of the
//!   sample bound an interval `lo..=hi` that holds position `k` with high
//!   probability ([`bounds`]);
//! * **filter** (median): one pass over the lane counts the keys below `lo`
//!   and copies only the keys inside the interval (about an eighth) to the
//!   key buffer. When the count shows that positions `k - 1` and `k` fall
//!   inside, the selection goes on there; otherwise (rare: unlucky sample,
//!   adversarial order) the lane takes the quickselect below from the start;
//! * **bounded first partitions** (partition): the first partition reads
//!   the lane into the key buffer around the bound farther from the middle
//!   of the lane (`hi + 1` when `k` is in the lower half, else `lo`), and a
//!   second one splits the range holding `k` at the other bound, which
//!   leaves about an eighth of the lane for the quickselect;
//! * **quickselect** with the vectorised quicksort's partition, pivot and
//!   leaf steps, partitioning only the side that holds position `k`: the
//!   first partition of a contiguous lane reads the elements themselves
//!   into the key buffer (a strided lane is converted first); when a pivot
//!   is the range's minimum, the keys equal to it are split off by a second
//!   partition at `pivot + 1`; a range of at most `I::LEAF` keys is sorted
//!   by the register network; past a depth of 2·log2(n)
//!   `select_nth_unstable` finishes. Every partition keeps the whole buffer
//!   partitioned around position `k` once it holds the key a sort puts
//!   there, so [`partition_lane`] writes the buffer back as it is (NaNs with
//!   their own bits: keys lose a NaN's sign and payload, which the lane's
//!   NaNs get back in their order).
//!
//! Position `k - 1` holds the largest key below position `k`: inside the
//! final range when `k` is not its first position, else the largest key of
//! the range split off just below it (every key there is smaller than every
//! key of the final range).

use super::vqavx2::Avx2;
use super::vqkeys::{load_keys, store_keys, Lane};
use super::vqsort::{available, pivot, pivot_by, with_keys, Avx512, Kernels, Out};
use super::{KeyMap, SortElem};
use std::ops::Range;

/// Lanes at least this long are sampled first.
const FILTER_MIN: usize = 1 << 14;
/// Elements sampled for the filter's interval.
const SAMPLE: usize = 1024;
/// Sample ranks on each side of position `k`'s share of the sample: four
/// standard deviations of a sample rank (at most `√SAMPLE / 2`), so a
/// filter misses with probability about 1e-4.
const MARGIN: usize = 64;

/// The keys at sorted positions `k - 1` and `k` of a lane.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Middle {
    /// The key at position `k - 1` (unspecified when `k == 0`).
    pub below: u64,
    /// The key at position `k`.
    pub at: u64,
    /// The largest key of the lane.
    pub max: u64,
}

/// The keys at positions `k - 1` and `k` of the `n` elements of `T` at `p`
/// (byte stride `s`) in sorted order, and their largest key. The caller
/// checks [`super::vqsort::sort_available`] and `T::SIMD_KEY`.
///
/// # Safety
/// `p` must address `n > k` elements of `T` at stride `s`.
pub unsafe fn middle<T: SortElem>(p: *const u8, s: isize, n: usize, k: usize) -> Middle {
    if available() {
        middle_with::<Avx512, T>(p, s, n, k)
    } else {
        middle_with::<Avx2, T>(p, s, n, k)
    }
}

/// Partitions the `n` elements of `T` at `p` (byte stride `s`) in place
/// around position `k`: it holds the element a sort puts there, nothing
/// after it is smaller and nothing before it larger (NaN last). The caller
/// checks [`super::vqsort::sort_available`] and `T::SIMD_KEY`.
///
/// # Safety
/// `p` must address `n > k` writable elements of `T` at stride `s`.
pub unsafe fn partition_lane<T: SortElem>(p: *mut u8, s: isize, n: usize, k: usize) {
    if available() {
        partition_with::<Avx512, T>(p, s, n, k)
    } else {
        partition_with::<Avx2, T>(p, s, n, k)
    }
}

/// [`middle`] with the kernels `I`, which the CPU must run.
pub(super) unsafe fn middle_with<I: Kernels, T: SortElem>(
    p: *const u8,
    s: isize,
    n: usize,
    k: usize,
) -> Middle {
    // The filter's whole-vector stores may reach 8 keys past the last one.
    with_keys(n + 8, |keys| {
        // SAFETY: the CPU runs `I` (the caller checks).
        unsafe {
            if s == std::mem::size_of::<T>() as isize && n >= FILTER_MIN {
                if let Some(m) = filtered::<I, T>(p, n, k, keys) {
                    return m;
                }
            }
            select_from::<I, T>(Lane(p as *mut u8, s), &mut keys[..n], k)
        }
    })
}

/// [`partition_lane`] with the kernels `I`, which the CPU must run.
pub(super) unsafe fn partition_with<I: Kernels, T: SortElem>(
    p: *mut u8,
    s: isize,
    n: usize,
    k: usize,
) {
    let size = std::mem::size_of::<T>();
    if s == size as isize && n >= FILTER_MIN {
        if let Some(rest) = split::<I, T>(p, n, k) {
            if !rest.is_empty() {
                let at = p.add(rest.start * size);
                partition_keys::<I, T>(at, s, rest.len(), k - rest.start);
            }
            return;
        }
    }
    partition_keys::<I, T>(p, s, n, k)
}

/// The split step (see the file comment) of the `n` contiguous elements of
/// `T` at `p`: `None` when the kernels have no split; else the range of the
/// lane still to partition around `k` (empty when `k` fell inside the
/// interval, which is then selected and written back).
unsafe fn split<I: Kernels, T: SortElem>(p: *mut u8, n: usize, k: usize) -> Option<Range<usize>> {
    let (lo, hi) = bounds::<T>(p, n, k);
    let (lo, hi) = (lo.unwrap_or(0), hi.unwrap_or(u64::MAX));
    // The kept elements go to the buffer's second half, their keys to its
    // first.
    with_keys(2 * (n + 8), |buf| {
        let (keys, raw) = buf.split_at_mut(n + 8);
        // SAFETY: the CPU runs `I`; `p` holds `n` elements, `raw` room for
        // `n + 8`.
        unsafe {
            let raw = raw.as_mut_ptr() as *mut u8;
            let (below, kept) = I::split_in_place::<T>(p, n, lo, hi, raw)?;
            // About an eighth of the lane: converted on this thread.
            let keys = &mut keys[..kept];
            let raw = raw as *const T;
            for (i, key) in keys.iter_mut().enumerate() {
                *key = raw.add(i).read_unaligned().to_u64() ^ I::FLIP;
            }
            let inside = (below..below + kept).contains(&k);
            if inside {
                quickselect::<I>(keys, k - below, Sel::new(kept));
            }
            let gap = (p as *mut T).add(below);
            for (i, &key) in keys.iter().enumerate() {
                gap.add(i).write_unaligned(T::from_u64(key ^ I::FLIP));
            }
            Some(if inside {
                0..0
            } else if k < below {
                0..below
            } else {
                below + kept..n
            })
        }
    })
}

/// [`partition_with`] by keys: the lane is read into the key buffer (by the
/// bounded first partitions when contiguous), selected there and written
/// back.
unsafe fn partition_keys<I: Kernels, T: SortElem>(p: *mut u8, s: isize, n: usize, k: usize) {
    let lane = Lane(p, s);
    with_keys(n, |keys| {
        // SAFETY: the CPU runs `I` (the caller checks); `p` holds `n` elements.
        unsafe {
            let (sel, max) = if s == std::mem::size_of::<T>() as isize && n > I::LEAF {
                first_steps::<I, T>(p, n, k, keys)
            } else {
                load_keys::<T>(lane, keys, I::FLIP);
                (Some(Sel::new(n)), max_of::<I>(keys))
            };
            if let Some(sel) = sel {
                quickselect::<I>(keys, k, sel);
            }
            let nans = if T::KEY_MAP == KeyMap::Float && max == u64::MAX {
                nan_bits::<T>(lane, n)
            } else {
                None
            };
            store_keys::<T>(keys, lane, I::FLIP);
            if let Some(nans) = nans {
                restore_nans(lane, n, &nans);
            }
        }
    })
}

/// Largest key of `v` (as `u64`, without `I::FLIP`; 0 when empty).
#[inline]
fn max_of<I: Kernels>(v: &[u64]) -> u64 {
    v.iter().map(|&k| k ^ I::FLIP).fold(0, u64::max)
}

/// The [`SAMPLE`] positions the filter samples in a lane of `n` elements
/// (xorshift from a seed of `n`: deterministic, and not periodic).
fn sample_positions(n: usize) -> impl Iterator<Item = usize> {
    let mut state = 0x9e37_79b9_7f4a_7c15u64 ^ n as u64;
    (0..SAMPLE).map(move |_| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    })
}

/// The interval `lo..=hi` (keys without `FLIP`) around position `k` of the
/// `n` contiguous elements of `S` at `p` (see the file comment); `None` for
/// a bound beyond the sample's ends (every key is then inside on that side).
unsafe fn bounds<S: SortElem>(p: *const u8, n: usize, k: usize) -> (Option<u64>, Option<u64>) {
    let at = |i: usize| (p as *const S).add(i).read_unaligned().to_u64();
    let mut sample: Vec<u64> = sample_positions(n).map(at).collect();
    sample.sort_unstable();
    let q = k * SAMPLE / n;
    let lo = q.checked_sub(MARGIN).map(|i| sample[i]);
    (lo, sample.get(q + MARGIN).copied())
}

/// The filter step (see the file comment) on the `n` contiguous elements
/// at `p`, with `keys` (`n + 8` long) as the buffer; `None` when position
/// `k - 1` or `k` lies outside the interval.
unsafe fn filtered<I: Kernels, S: SortElem>(
    p: *const u8,
    n: usize,
    k: usize,
    keys: &mut [u64],
) -> Option<Middle> {
    let (lo, hi) = bounds::<S>(p, n, k);
    let (lo, hi) = (lo.unwrap_or(0) ^ I::FLIP, hi.unwrap_or(u64::MAX) ^ I::FLIP);
    let (below, kept, max) = I::filter_from::<S>(p, n, lo, hi, keys);
    // Positions `k - 1` (when wanted) and `k` must be among the kept keys.
    let first = if k > 0 { k - 1 } else { k };
    if below > first || below + kept <= k {
        return None;
    }
    let keys = &mut keys[..kept];
    let b = quickselect::<I>(keys, k - below, Sel::new(kept));
    Some(Middle {
        below: b.resolve::<I>(keys),
        at: keys[k - below] ^ I::FLIP,
        max: max ^ I::FLIP,
    })
}

/// Quickselect of position `k` of the lane `src`, with `keys` (as long as
/// the lane) as the key buffer.
unsafe fn select_from<I: Kernels, S: SortElem>(src: Lane, keys: &mut [u64], k: usize) -> Middle {
    let n = keys.len();
    let mut sel = Sel::new(n);
    let (settled, max) = if src.1 == std::mem::size_of::<S>() as isize && n > I::LEAF {
        let p = src.0 as *const S;
        let pv = pivot_by::<I>(n, |i| p.add(i).read_unaligned().to_u64() ^ I::FLIP);
        let (m, max) = I::partition_from::<S, true>(p as *const u8, n, keys, pv);
        (sel.narrow::<I>(keys, k, pv, m, true), max ^ I::FLIP)
    } else {
        load_keys::<S>(src, keys, I::FLIP);
        (None, max_of::<I>(keys))
    };
    let b = match settled {
        Some(b) => b,
        None => quickselect::<I>(keys, k, sel),
    };
    Middle {
        below: b.resolve::<I>(keys),
        at: keys[k] ^ I::FLIP,
        max,
    }
}

/// The first partitions of a contiguous lane of `n` elements of `S` at `p`
/// (see the file comment), which read it into `keys`: the quickselect's
/// state after them (`None` when position `k` is settled), and the lane's
/// largest key (without `FLIP`).
unsafe fn first_steps<I: Kernels, S: SortElem>(
    p: *const u8,
    n: usize,
    k: usize,
    keys: &mut [u64],
) -> (Option<Sel>, u64) {
    // Pivots (without `FLIP`) and whether each is a key of the lane.
    let mut hints = [None, None];
    if n >= FILTER_MIN {
        let (lo, hi) = bounds::<S>(p, n, k);
        let (lo, hi) = (lo.map(|x| (x, true)), hi.and_then(|x| x.checked_add(1)));
        let hi = hi.map(|x| (x, false));
        hints = if k < n / 2 { [hi, lo] } else { [lo, hi] };
    }
    let mut hints = hints.into_iter().flatten();
    let (pv, exact) = match hints.next() {
        Some((h, exact)) => (h ^ I::FLIP, exact),
        None => {
            let key = |i: usize| (p as *const S).add(i).read_unaligned().to_u64() ^ I::FLIP;
            (pivot_by::<I>(n, key), true)
        }
    };
    let (m, max) = I::partition_from::<S, true>(p, n, keys, pv);
    let mut sel = Sel::new(n);
    if sel.narrow::<I>(keys, k, pv, m, exact).is_some() {
        return (None, max ^ I::FLIP);
    }
    // The second bound, when the range holding `k` still holds it: `lo` (a
    // key) must be in the range, `hi + 1` can be anywhere.
    if let Some((h, exact)) = hints.next() {
        if if exact { sel.a == 0 } else { sel.b == n } {
            let pv = h ^ I::FLIP;
            let m = I::partition_in_place(&mut keys[sel.a..sel.b], pv);
            if sel.narrow::<I>(keys, k, pv, m, exact).is_some() {
                return (None, max ^ I::FLIP);
            }
        }
    }
    (Some(sel), max ^ I::FLIP)
}

/// Where the largest key before position `k` is once `k` is settled.
enum Below {
    /// This key (as it sits in the key buffer).
    Key(u64),
    /// The largest key of this range of the buffer (0 when it is empty).
    MaxOf(Range<usize>),
}

impl Below {
    /// The key (without `FLIP`).
    fn resolve<I: Kernels>(&self, keys: &[u64]) -> u64 {
        match self {
            Below::Key(x) => x ^ I::FLIP,
            Below::MaxOf(r) => max_of::<I>(&keys[r.clone()]),
        }
    }
}

/// The quickselect's state: `a..b` of the key buffer holds sorted positions
/// `a..b` (every key before `a` is at most, every key from `b` at least,
/// every key in the range); `lower` is the range split off just below it.
struct Sel {
    a: usize,
    b: usize,
    lower: Range<usize>,
    /// Partitions left before `select_nth_unstable` takes over.
    depth: u32,
}

impl Sel {
    /// The whole buffer of `n` keys.
    fn new(n: usize) -> Self {
        Sel {
            a: 0,
            b: n,
            lower: 0..0,
            depth: 2 * (usize::BITS - n.leading_zeros()),
        }
    }

    /// Narrows the range to the side holding `k` after a partition of it
    /// around `pv` left `m` keys below. With `exact`, `pv` is one of the
    /// range's keys, so `m == 0` makes it the minimum: the keys equal to it
    /// are split off by a second partition (without, `m == 0` changes
    /// nothing). Returns where the key before `k` is when `k` falls among
    /// those equal keys (then settled).
    unsafe fn narrow<I: Kernels>(
        &mut self,
        keys: &mut [u64],
        k: usize,
        pv: u64,
        m: usize,
        exact: bool,
    ) -> Option<Below> {
        let (a, b) = (self.a, self.b);
        if m == 0 && exact {
            let key = pv ^ I::FLIP;
            let eq = if key == u64::MAX {
                b - a
            } else {
                I::partition_in_place(&mut keys[a..b], (key + 1) ^ I::FLIP)
            };
            if k < a + eq {
                return Some(if k > a {
                    Below::Key(pv)
                } else {
                    Below::MaxOf(self.lower.clone())
                });
            }
            self.lower = a..a + eq;
            self.a = a + eq;
        } else if k < a + m {
            self.b = a + m;
        } else if m > 0 {
            self.lower = a..a + m;
            self.a = a + m;
        }
        None
    }
}

/// Quickselect of position `k` of `keys` from the state `sel`: afterwards
/// position `k` holds the key a sort puts there, and the buffer is
/// partitioned around it. Returns where the largest key before `k` is.
unsafe fn quickselect<I: Kernels>(keys: &mut [u64], k: usize, mut sel: Sel) -> Below {
    loop {
        let a = sel.a;
        let v = &mut keys[a..sel.b];
        let len = v.len();
        if len <= I::LEAF {
            let at = v.as_mut_ptr();
            // The leaf writes `u64` elements: keys without `FLIP`.
            I::leaf::<u64>(at, len, Out(at));
            for x in v.iter_mut() {
                *x ^= I::FLIP;
            }
            return if k > a {
                Below::Key(keys[k - 1])
            } else {
                Below::MaxOf(sel.lower)
            };
        }
        if sel.depth == 0 {
            v.select_nth_unstable_by_key(k - a, |&x| x ^ I::FLIP);
            return Below::MaxOf(if k > a { a..k } else { sel.lower });
        }
        sel.depth -= 1;
        let pv = pivot::<I>(v);
        let m = I::partition_in_place(v, pv);
        if let Some(b) = sel.narrow::<I>(keys, k, pv, m, true) {
            return b;
        }
    }
}

/// The lane's NaNs, in order, when any has other bits than the default NaN
/// (which is what the keys turn back into).
unsafe fn nan_bits<T: SortElem>(lane: Lane, n: usize) -> Option<Vec<T>> {
    let default = T::from_u64(u64::MAX);
    let mut odd = false;
    let mut nans = Vec::new();
    for i in 0..n {
        let x = (lane.at(i) as *const T).read_unaligned();
        if x.isnan() {
            odd |= !same_bits(x, default);
            nans.push(x);
        }
    }
    odd.then_some(nans)
}

/// Whether `a` and `b` have the same bits.
fn same_bits<T: Copy>(a: T, b: T) -> bool {
    let size = std::mem::size_of::<T>();
    // SAFETY: both are plain values of `size` bytes (SIMD-key numbers).
    unsafe {
        std::slice::from_raw_parts(&a as *const T as *const u8, size)
            == std::slice::from_raw_parts(&b as *const T as *const u8, size)
    }
}

/// Gives the lane's NaNs (all default NaNs now) the bits of `nans`, in order.
unsafe fn restore_nans<T: SortElem>(lane: Lane, n: usize, nans: &[T]) {
    let mut next = nans.iter();
    for i in 0..n {
        let at = lane.at(i) as *mut T;
        if at.read_unaligned().isnan() {
            if let Some(&x) = next.next() {
                at.write_unaligned(x);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn xorshift(seed: u64) -> impl FnMut() -> u64 {
        let mut s = seed;
        move || {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            s
        }
    }

    /// The raw bits of `x` (for multisets that tell NaNs apart).
    fn bits<T: Copy>(x: T) -> u64 {
        let mut b = 0u64;
        let size = std::mem::size_of::<T>();
        unsafe {
            std::ptr::copy_nonoverlapping(
                &x as *const T as *const u8,
                &mut b as *mut u64 as *mut u8,
                size,
            )
        };
        b
    }

    /// `middle_with::<I, T>`, `partition_with::<I, T>` and
    /// `partition_keys::<I, T>` on the lane of every `stride`-th element of
    /// `xs`, for several `k`, against a sort of the keys (what
    /// `select_nth_unstable` puts at `k`).
    fn check_with<I: Kernels, T: SortElem + std::fmt::Debug>(
        xs: &[T],
        stride: usize,
        ks: &[usize],
    ) {
        let lane: Vec<T> = xs.iter().step_by(stride).copied().collect();
        let n = lane.len();
        let mut want: Vec<u64> = lane.iter().map(|x| x.to_u64()).collect();
        want.sort_unstable();
        let s = (stride * std::mem::size_of::<T>()) as isize;
        for &k in ks.iter().chain(&[0, 1, n / 2, n.saturating_sub(1)]) {
            if k >= n {
                continue;
            }
            let got = unsafe { middle_with::<I, T>(xs.as_ptr() as *const u8, s, n, k) };
            assert_eq!(got.at, want[k], "n={n} k={k} stride={stride}");
            if k > 0 {
                assert_eq!(got.below, want[k - 1], "n={n} k={k} stride={stride}");
            }
            assert_eq!(got.max, want[n - 1]);
            let by_split =
                |v: &mut [T]| unsafe { partition_with::<I, T>(v.as_mut_ptr() as *mut u8, s, n, k) };
            let by_keys =
                |v: &mut [T]| unsafe { partition_keys::<I, T>(v.as_mut_ptr() as *mut u8, s, n, k) };
            check_partition(xs, stride, k, &want, &by_split, "split");
            check_partition(xs, stride, k, &want, &by_keys, "keys");
        }
    }

    /// The lane of every `stride`-th element of a copy of `xs`, partitioned
    /// around `k` by `f`, holds `want[k]` there, nothing smaller after and
    /// nothing larger before, the same elements (bits included), and the
    /// elements between the lane's are untouched.
    fn check_partition<T: SortElem + std::fmt::Debug>(
        xs: &[T],
        stride: usize,
        k: usize,
        want: &[u64],
        f: &dyn Fn(&mut [T]),
        way: &str,
    ) {
        let n = want.len();
        let at = format!("{way}: n={n} k={k} stride={stride}");
        let mut v = xs.to_vec();
        f(&mut v);
        let out: Vec<T> = v.iter().step_by(stride).copied().collect();
        let key = |x: &T| x.to_u64();
        assert_eq!(key(&out[k]), want[k], "{at}");
        assert!(out[..k].iter().all(|x| key(x) <= want[k]), "{at}");
        assert!(out[k + 1..].iter().all(|x| key(x) >= want[k]), "{at}");
        let sorted_bits = |v: &mut dyn Iterator<Item = &T>| {
            let mut b: Vec<u64> = v.map(|&x| bits(x)).collect();
            b.sort_unstable();
            b
        };
        let (got, had) = (out.iter(), xs.iter().step_by(stride));
        assert!(
            sorted_bits(&mut { got }) == sorted_bits(&mut { had }),
            "keeps the elements: {at}"
        );
        for (i, (x, y)) in xs.iter().zip(&v).enumerate() {
            if i % stride != 0 {
                assert_eq!(bits(*x), bits(*y), "{at}");
            }
        }
    }

    /// [`check_with`] with each kernel set this CPU has.
    fn check<T: SortElem + std::fmt::Debug>(xs: &[T], stride: usize, ks: &[usize]) {
        if available() {
            check_with::<Avx512, T>(xs, stride, ks);
        }
        if super::super::vqavx2::available() {
            check_with::<Avx2, T>(xs, stride, ks);
        }
    }

    /// Random, few-distinct, sorted, reversed, all-equal and all-NaN lanes
    /// of every key type, with NaNs (of both signs and other payloads),
    /// infinities and signed zeros, around the leaf and sample thresholds.
    #[test]
    fn selects_like_a_sort() {
        let mut rnd = xorshift(0x9e3779b97f4a7c15);
        let sizes = (1..140).chain([
            255, 256, 257, 1000, 4097, 16_383, 16_384, 16_385, 70_000, 300_001,
        ]);
        for n in sizes {
            let r: Vec<u64> = (0..2 * n).map(|_| rnd()).collect();
            let ks = [r[0] as usize % n, n / 3, n - n / 8];
            let floats: Vec<f64> = r
                .iter()
                .map(|&x| match x % 40 {
                    0 => f64::NAN,
                    1 => -0.0,
                    2 => 0.0,
                    3 => f64::INFINITY,
                    4 => -f64::NAN,
                    5 => f64::from_bits(0x7ff0_0000_0000_0001),
                    _ => (x % 1001) as f64 / 8.0 - 60.0,
                })
                .collect();
            check(&floats[..n], 1, &ks);
            check(&floats, 2, &ks);
            let f32s: Vec<f32> = floats.iter().map(|&x| x as f32).collect();
            check(&f32s[..n], 1, &ks);
            let few: Vec<i64> = r.iter().map(|&x| (x % 3) as i64 - 1).collect();
            check(&few[..n], 1, &ks);
            let wide: Vec<i32> = r.iter().map(|&x| x as i32).collect();
            check(&wide[..n], 1, &ks);
            let sorted: Vec<u32> = (0..n as u32).collect();
            check(&sorted, 1, &ks);
            let rev: Vec<f32> = (0..n).rev().map(|i| i as f32).collect();
            check(&rev, 1, &ks);
            check(&vec![f64::NAN; n], 1, &ks);
            check(&vec![-f32::NAN; n], 1, &ks);
            check(&vec![7u64; n], 1, &ks);
            check(&vec![u64::MAX; n], 1, &ks);
            check(&vec![i64::MIN; n], 1, &ks);
        }
    }

    /// A sample that misleads the filter (every sampled element is the
    /// minimum) sends the lane to the plain quickselect, and the partition
    /// to pivots that miss.
    #[test]
    fn filter_misses_fall_back() {
        let n = 50_000;
        let mut xs: Vec<f64> = (0..n).map(|i| ((i * 7919) % n) as f64).collect();
        for i in sample_positions(n) {
            xs[i] = -1.0;
        }
        if super::super::vqavx2::available() {
            let mut keys = vec![0u64; n + 8];
            let p = xs.as_ptr() as *const u8;
            assert!(unsafe { filtered::<Avx2, f64>(p, n, n / 2, &mut keys) }.is_none());
        }
        check(&xs, 1, &[n / 4, 3 * n / 4]);
        // Only the sample is large.
        let mut ys: Vec<i64> = (0..n as i64).map(|i| i % 1000).collect();
        for i in sample_positions(n) {
            ys[i] = 1 << 40;
        }
        check(&ys, 1, &[10, n / 2, n - 10]);
    }
}

#[cfg(test)]
mod timing {
    use super::*;

    /// `cargo test --release vqselect::timing -- --ignored --nocapture`
    #[test]
    #[ignore]
    fn time_select() {
        if !super::super::vqsort::sort_available() {
            return;
        }
        let n = 1_000_000;
        let sorted: Vec<f64> = (0..n).map(|i| i as f64 / n as f64).collect();
        let permuted: Vec<f64> = (0..n).map(|i| ((i * 7919) % n) as f64).collect();
        let best = |f: &mut dyn FnMut()| {
            let mut best = f64::MAX;
            for _ in 0..20 {
                let t = std::time::Instant::now();
                f();
                best = best.min(t.elapsed().as_secs_f64() * 1e3);
            }
            best
        };
        for (name, v) in [("sorted", &sorted), ("permuted", &permuted)] {
            let middle = best(&mut || {
                let m = unsafe { middle::<f64>(v.as_ptr() as *const u8, 8, n, n / 2) };
                assert!(m.at > 0);
            });
            let mut c = v.clone();
            let copy = best(&mut || c.copy_from_slice(v));
            let part = best(&mut || {
                c.copy_from_slice(v);
                unsafe { partition_lane::<f64>(c.as_mut_ptr() as *mut u8, 8, n, n / 2) };
            });
            println!("{name}: middle {middle:.3} ms, copy + partition {part:.3} ms (a copy: {copy:.3} ms)");
        }
    }
}
