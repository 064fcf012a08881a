//! Elementwise traversal of N operands that share one (broadcast) shape.
//!
//! Every operand arrives with the common shape and its own byte strides
//! (0 along broadcast axes). The layout is computed once: length-1 axes are
//! dropped, axes are ordered by the last operand's strides (the output, so it
//! is written forwards), and adjacent axes are merged where every operand
//! steps over them contiguously. What remains is an odometer over outer axes
//! calling a 1-D strided inner loop, NumPy's inner-loop model. Above
//! [`PARALLEL_MIN_ELEMENTS`] the work is split into pieces that the calling
//! thread and rayon's pool share (`crate::parallel`), by rows of the outer
//! axes or, for a single row, by ranges of it.

use super::streamed;
use crate::fpstatus;
use crate::layout::{Dims, Steps};
use crate::parallel;
use smallvec::smallvec;
use std::sync::atomic::{AtomicU32, Ordering};

/// Elements from which an operation is split across threads (rows of the
/// outer axes, or ranges of one row).
pub const PARALLEL_MIN_ELEMENTS: usize = 1 << 17;

/// Elements below which an operation always runs on the calling thread
/// (from here to [`PARALLEL_MIN_ELEMENTS`] a single row is timed first).
pub const SERIAL_ELEMENTS: usize = TIMED_MIN_ELEMENTS;

/// Smallest piece of work handed to one thread, in elements.
const MIN_CHUNK: usize = 1 << 15;

/// Elements from which a single row below [`PARALLEL_MIN_ELEMENTS`] times
/// its first [`PROBE_ELEMENTS`] to decide whether to split the rest: an
/// element of `sin` costs 20 times one of `add`, so one size threshold
/// cannot serve every op (see [`run_timed_row`]).
const TIMED_MIN_ELEMENTS: usize = 1 << 12;

/// Elements timed first.
const PROBE_ELEMENTS: usize = 1 << 10;

/// Estimated serial time of the rest of a row (ns) above which it is split
/// across threads. Set to about three times what waking rayon's pool and
/// joining cost on the caller's path (6–8 µs on 2 cores) when the caller
/// slept through the split; since the caller shares the pieces
/// ([`parallel`]) only the spawn (~1–2 µs) is on its path, and the value
/// has not been re-tuned.
const SPLIT_MIN_NANOS: u128 = 25_000;

/// Pieces a timed row's rest is cut into: the calling thread and the
/// helpers take them as they come (see [`parallel`]), so a helper that
/// wakes late takes fewer.
const TIMED_PIECES: usize = 8;

/// A 1-D strided inner loop over N operands: pointers to the first element,
/// byte steps, and the element count.
pub type Inner<'a, const N: usize> = dyn Fn([*mut u8; N], [isize; N], usize) + Sync + 'a;

/// The simplified iteration space.
#[derive(Debug, PartialEq)]
pub struct Layout<const N: usize> {
    pub shape: Dims,
    pub strides: [Steps; N],
}

/// Most axes handled with stack buffers; more (up to NumPy's 64) use the heap.
const SMALL_NDIM: usize = 8;

/// Drops unit axes, orders axes by the last operand's strides and merges
/// axes that every operand walks contiguously.
pub fn coalesce<const N: usize>(shape: &[usize], strides: [&[isize]; N]) -> Layout<N> {
    coalesce_ordered(shape, strides, None)
}

/// [`coalesce`], with axis `innermost` (if any) walked innermost whatever
/// its strides (NumPy's `reduceat`, whose inner loop runs along the
/// reduced axis).
pub fn coalesce_ordered<const N: usize>(
    shape: &[usize],
    strides: [&[isize]; N],
    innermost: Option<usize>,
) -> Layout<N> {
    let nd = shape.len();
    let mut axes: Dims = smallvec![0; nd];
    let mut out = Layout {
        shape: smallvec![0; nd],
        strides: std::array::from_fn(|_| smallvec![0; nd]),
    };
    let kept = coalesce_into(
        shape,
        strides,
        innermost,
        &mut axes,
        &mut out.shape,
        out.strides.each_mut().map(|v| &mut v[..]),
    );
    out.shape.truncate(kept);
    for v in &mut out.strides {
        v.truncate(kept);
    }
    out
}

/// [`coalesce_ordered`] into caller buffers (each at least `shape.len()`
/// long; `axes` is scratch); returns the number of axes kept.
#[allow(clippy::needless_range_loop)] // op indexes several parallel arrays
fn coalesce_into<const N: usize>(
    shape: &[usize],
    strides: [&[isize]; N],
    innermost: Option<usize>,
    axes: &mut [usize],
    out_shape: &mut [usize],
    out_strides: [&mut [isize]; N],
) -> usize {
    // Non-unit axes by decreasing |stride| of the last operand (`innermost`
    // last); a stable insertion sort (few axes, and no allocation).
    let key = |k: usize| {
        if innermost == Some(k) {
            (0, 0)
        } else {
            (1, strides[N - 1][k].unsigned_abs())
        }
    };
    let mut na = 0;
    for k in 0..shape.len() {
        if shape[k] == 1 {
            continue;
        }
        let mut j = na;
        while j > 0 && key(axes[j - 1]) < key(k) {
            axes[j] = axes[j - 1];
            j -= 1;
        }
        axes[j] = k;
        na += 1;
    }
    let mut nd = 0;
    for &k in &axes[..na] {
        let n = shape[k];
        if nd > 0 {
            let last = nd - 1;
            let mergeable = (0..N).all(|op| out_strides[op][last] == strides[op][k] * n as isize);
            if mergeable {
                out_shape[last] *= n;
                for op in 0..N {
                    out_strides[op][last] = strides[op][k];
                }
                continue;
            }
        }
        out_shape[nd] = n;
        for op in 0..N {
            out_strides[op][nd] = strides[op][k];
        }
        nd += 1;
    }
    nd
}

/// Which of the first `nin` operands NumPy's buffered iterator copies into
/// its buffer because their innermost stride is negative: it does so when
/// the call walks several rows (two or more axes once coalesced) of at most
/// half a buffer (4096 elements) each, and passes a 1-D call or longer rows
/// to the loop as they are (measured on NumPy 2.4). The layout is coalesced
/// once, and only when some input has a negative stride.
pub fn buffered_reversed_inputs<const N: usize>(
    shape: &[usize],
    strides: [&[isize]; N],
    nin: usize,
) -> [bool; N] {
    let mut buffered = [false; N];
    if !strides[..nin].iter().any(|s| s.iter().any(|&x| x < 0)) {
        return buffered;
    }
    let l = coalesce(shape, strides);
    let nd = l.shape.len();
    if nd >= 2 && l.shape[nd - 1] <= 4096 {
        for (k, b) in buffered.iter_mut().enumerate().take(nin) {
            *b = l.strides[k][nd - 1] < 0;
        }
    }
    buffered
}

/// A borrowed simplified iteration space (see [`Layout`]).
#[derive(Clone, Copy)]
struct LayoutRef<'a, const N: usize> {
    shape: &'a [usize],
    strides: [&'a [isize]; N],
}

#[derive(Clone, Copy)]
struct Ptrs<const N: usize>([*mut u8; N]);

impl<const N: usize> Ptrs<N> {
    fn get(&self) -> [*mut u8; N] {
        self.0
    }
}
// SAFETY: the pointers address disjoint output ranges per work item; inputs
// are only read. Callers of `run` guarantee the memory outlives the call.
unsafe impl<const N: usize> Send for Ptrs<N> {}
unsafe impl<const N: usize> Sync for Ptrs<N> {}

/// Runs `inner` over every element of the N operands and returns the
/// floating-point error flags (`fpstatus`) raised on every thread involved.
///
/// # Safety
/// Every operand must be valid for its shape and strides (validated
/// descriptors), and `inner` must match the operands' dtypes. When the
/// output overlaps an input other than elementwise-identically, the caller
/// must stage the input first.
pub unsafe fn run<const N: usize>(
    shape: &[usize],
    origins: [*mut u8; N],
    strides: [&[isize]; N],
    inner: &Inner<'_, N>,
) -> u32 {
    run_streamed(shape, origins, strides, 0, inner)
}

/// [`run`] where the last operand is the output, of `out_itemsize`-byte
/// elements: when it is contiguous and large, it is written with
/// non-temporal stores (see [`streamed`]); `out_itemsize` 0 never streams.
///
/// # Safety
/// As [`run`].
pub unsafe fn run_streamed<const N: usize>(
    shape: &[usize],
    origins: [*mut u8; N],
    strides: [&[isize]; N],
    out_itemsize: usize,
    inner: &Inner<'_, N>,
) -> u32 {
    let total: usize = shape.iter().product();
    if total == 0 {
        return 0;
    }
    if shape.len() <= SMALL_NDIM {
        let mut axes = [0usize; SMALL_NDIM];
        let mut sh = [0usize; SMALL_NDIM];
        let mut st = [[0isize; SMALL_NDIM]; N];
        let nd = coalesce_into(
            shape,
            strides,
            None,
            &mut axes,
            &mut sh,
            st.each_mut().map(|v| &mut v[..]),
        );
        let layout = LayoutRef {
            shape: &sh[..nd],
            strides: st.each_ref().map(|v| &v[..nd]),
        };
        run_layout(total, layout, origins, out_itemsize, inner)
    } else {
        let l = coalesce(shape, strides);
        let layout = LayoutRef {
            shape: &l.shape,
            strides: l.strides.each_ref().map(|v| &v[..]),
        };
        run_layout(total, layout, origins, out_itemsize, inner)
    }
}

/// [`run`] on a coalesced layout of `total` (> 0) elements.
unsafe fn run_layout<const N: usize>(
    total: usize,
    layout: LayoutRef<'_, N>,
    origins: [*mut u8; N],
    out_itemsize: usize,
    inner: &Inner<'_, N>,
) -> u32 {
    let nd = layout.shape.len();
    if nd == 0 {
        fpstatus::clear();
        inner(origins, [0; N], 1);
        return fpstatus::take();
    }
    let row_len = layout.shape[nd - 1];
    let rows = total / row_len;
    let origins = Ptrs(origins);
    if total < PARALLEL_MIN_ELEMENTS {
        fpstatus::clear();
        if nd == 1 {
            let steps = layout.strides.map(|s| s[0]);
            if total >= TIMED_MIN_ELEMENTS && rayon::current_num_threads() >= 2 {
                return run_timed_row(origins, steps, row_len, inner);
            }
            inner(origins.get(), steps, row_len);
        } else {
            run_rows(layout, origins, 0, rows, inner);
        }
        return fpstatus::take();
    }
    let steps: [isize; N] = std::array::from_fn(|op| layout.strides[op][nd - 1]);
    let stream = rows == 1 && streamed::worth_it(steps[N - 1], out_itemsize, total);
    let row = |p: [*mut u8; N], n: usize| {
        if stream {
            streamed::run_row(p, steps, n, out_itemsize, inner)
        } else {
            inner(p, steps, n)
        }
    };
    let threads = rayon::current_num_threads();
    if threads < 2 && stream {
        fpstatus::clear();
        row(origins.get(), row_len);
        return fpstatus::take();
    }
    if threads < 2 {
        fpstatus::clear();
        run_rows(layout, origins, 0, rows, inner);
        return fpstatus::take();
    }
    // Each piece reports the flags its thread raised.
    let flags = AtomicU32::new(0);
    let piece = |f: &dyn Fn()| {
        fpstatus::clear();
        f();
        flags.fetch_or(fpstatus::take(), Ordering::Relaxed);
    };
    if rows == 1 {
        let chunk = (row_len.div_ceil(threads * 4)).max(MIN_CHUNK);
        parallel::for_each_piece(row_len.div_ceil(chunk), &|c| {
            let start = c * chunk;
            let n = chunk.min(row_len - start);
            let base = origins.get();
            let p = advanced(base, steps, start);
            piece(&|| row(p, n));
        });
    } else {
        let rows_per = (rows.div_ceil(threads * 4))
            .max(MIN_CHUNK.div_ceil(row_len))
            .max(1);
        parallel::for_each_piece(rows.div_ceil(rows_per), &|c| {
            let r0 = c * rows_per;
            piece(&|| run_rows(layout, origins, r0, (r0 + rows_per).min(rows), inner));
        });
    }
    flags.into_inner()
}

/// Runs one row of `n` (≥ [`TIMED_MIN_ELEMENTS`]) elements: its first
/// [`PROBE_ELEMENTS`] on the calling thread, timed, then the rest there too
/// when that would take under [`SPLIT_MIN_NANOS`] at the probe's rate, else
/// split in [`TIMED_PIECES`] pieces shared with the pool. (Elementwise
/// results do not depend on the split.) Expects this thread's flags
/// cleared; returns every piece's flags.
unsafe fn run_timed_row<const N: usize>(
    origins: Ptrs<N>,
    steps: [isize; N],
    n: usize,
    inner: &Inner<'_, N>,
) -> u32 {
    let start = std::time::Instant::now();
    inner(origins.get(), steps, PROBE_ELEMENTS);
    let probe_nanos = start.elapsed().as_nanos();
    let rest = n - PROBE_ELEMENTS;
    if probe_nanos * (rest as u128) < SPLIT_MIN_NANOS * PROBE_ELEMENTS as u128 {
        inner(advanced(origins.get(), steps, PROBE_ELEMENTS), steps, rest);
        return fpstatus::take();
    }
    let flags = AtomicU32::new(fpstatus::take());
    let chunk = rest.div_ceil(TIMED_PIECES).max(PROBE_ELEMENTS);
    parallel::for_each_piece(rest.div_ceil(chunk), &|c| {
        let first = PROBE_ELEMENTS + c * chunk;
        let m = chunk.min(n - first);
        fpstatus::clear();
        inner(advanced(origins.get(), steps, first), steps, m);
        flags.fetch_or(fpstatus::take(), Ordering::Relaxed);
    });
    flags.into_inner()
}

/// The operands' pointers `k` elements on along one row of `steps`.
///
/// # Safety
/// The `k`th element of every operand must lie in its memory.
#[inline]
pub(super) unsafe fn advanced<const N: usize>(
    base: [*mut u8; N],
    steps: [isize; N],
    k: usize,
) -> [*mut u8; N] {
    std::array::from_fn(|op| base[op].offset(steps[op] * k as isize))
}

/// Runs rows `r0..r1` of the outer odometer (rows in C order of the outer axes).
#[allow(clippy::needless_range_loop)] // op indexes several parallel arrays
unsafe fn run_rows<const N: usize>(
    layout: LayoutRef<'_, N>,
    origins: Ptrs<N>,
    r0: usize,
    r1: usize,
    inner: &Inner<'_, N>,
) {
    let nd = layout.shape.len();
    let outer = nd - 1;
    let row_len = layout.shape[outer];
    let steps: [isize; N] = std::array::from_fn(|op| layout.strides[op][outer]);
    // Unravel r0 into the outer multi-index and starting pointers.
    let mut small = [0usize; SMALL_NDIM];
    let mut heap = Vec::new();
    let index: &mut [usize] = if outer <= SMALL_NDIM {
        &mut small[..outer]
    } else {
        heap.resize(outer, 0);
        &mut heap
    };
    let mut p = origins.get();
    let mut rem = r0;
    for ax in (0..outer).rev() {
        index[ax] = rem % layout.shape[ax];
        rem /= layout.shape[ax];
        for op in 0..N {
            p[op] = p[op].offset(layout.strides[op][ax] * index[ax] as isize);
        }
    }
    for _ in r0..r1 {
        inner(p, steps, row_len);
        let mut ax = outer;
        while ax > 0 {
            ax -= 1;
            index[ax] += 1;
            for op in 0..N {
                p[op] = p[op].offset(layout.strides[op][ax]);
            }
            if index[ax] < layout.shape[ax] {
                break;
            }
            let back = layout.shape[ax] as isize;
            for op in 0..N {
                p[op] = p[op].offset(-layout.strides[op][ax] * back);
            }
            index[ax] = 0;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contiguous_operands_merge_to_one_axis() {
        let l = coalesce(&[2, 3, 4], [&[96, 32, 8], &[48, 16, 4]]);
        assert_eq!(l.shape[..], [24]);
        assert_eq!((&l.strides[0][..], &l.strides[1][..]), (&[8][..], &[4][..]));
    }

    #[test]
    fn broadcast_operand_blocks_merging() {
        // (2,3) + (3,) broadcast: b has stride 0 on axis 0.
        let l = coalesce(&[2, 3], [&[24, 8], &[0, 8], &[24, 8]]);
        assert_eq!(l.shape[..], [2, 3]);
    }

    #[test]
    fn transposed_source_keeps_two_axes_and_unit_axes_drop() {
        let l = coalesce(&[3, 1, 2], [&[8, 0, 24], &[16, 16, 8]]);
        assert_eq!(l.shape[..], [3, 2]);
        assert_eq!(l.strides[0][..], [8, 24]);
    }

    #[test]
    fn run_visits_every_element_once_serial_and_parallel() {
        for &(rows, cols) in &[(3usize, 5usize), (1, 300_000), (700, 400)] {
            let n = rows * cols;
            let src: Vec<f64> = (0..n).map(|i| i as f64).collect();
            let mut dst = vec![0f64; n];
            let inner = |p: [*mut u8; 2], s: [isize; 2], len: usize| unsafe {
                for i in 0..len as isize {
                    let v = *(p[0].offset(i * s[0]) as *const f64);
                    *(p[1].offset(i * s[1]) as *mut f64) = v + 1.0;
                }
            };
            // Read the source transposed (column-major walk of a row-major buffer).
            let shape = [cols, rows];
            let s_src = [8isize, 8 * cols as isize];
            let s_dst = [8 * rows as isize, 8isize];
            unsafe {
                run(
                    &shape,
                    [src.as_ptr() as *mut u8, dst.as_mut_ptr() as *mut u8],
                    [&s_src, &s_dst],
                    &inner,
                );
            }
            for c in 0..cols {
                for r in 0..rows {
                    assert_eq!(dst[c * rows + r], (r * cols + c) as f64 + 1.0);
                }
            }
        }
    }

    /// A row between the timed and the parallel thresholds: a cheap loop
    /// (run on the calling thread) and a slow one (split in pieces after
    /// the probe) both visit every element once, and the flags raised by
    /// any piece, on whichever thread (here: by the last element only),
    /// are returned.
    #[test]
    fn timed_rows_visit_every_element_once_and_keep_the_flags() {
        for (n, slow) in [
            (5000usize, false),
            (5000, true),
            (100_000, false),
            (20_000, true),
        ] {
            let src: Vec<f64> = (0..n).map(|i| (i + 1) as f64).collect();
            let mut dst = vec![0f64; n];
            let last = src.as_ptr().wrapping_add(n - 1) as usize;
            let calls = std::sync::atomic::AtomicUsize::new(0);
            let inner = |p: [*mut u8; 2], s: [isize; 2], len: usize| unsafe {
                calls.fetch_add(1, Ordering::Relaxed);
                for i in 0..len as isize {
                    let at = p[0].offset(i * s[0]);
                    let mut v = *(at as *const f64);
                    if slow {
                        // About 1 µs per element: the rest is split.
                        for _ in 0..200 {
                            v = std::hint::black_box(v);
                        }
                    }
                    if at as usize == last {
                        // 1/0 raises divide-by-zero on this piece's thread.
                        v += std::hint::black_box(1.0) / std::hint::black_box(0.0);
                    }
                    *(p[1].offset(i * s[1]) as *mut f64) = v + 1.0;
                }
            };
            let flags = unsafe {
                run(
                    &[n],
                    [src.as_ptr() as *mut u8, dst.as_mut_ptr() as *mut u8],
                    [&[8], &[8]],
                    &inner,
                )
            };
            assert!(
                (0..n - 1).all(|i| dst[i] == (i + 2) as f64),
                "n={n} slow={slow}"
            );
            assert_eq!(dst[n - 1], f64::INFINITY);
            assert_ne!(flags & fpstatus::DIVIDE_BY_ZERO, 0, "n={n} slow={slow}");
            if slow && rayon::current_num_threads() > 1 {
                // Split: the probe, then pieces (which thread ran which
                // varies). Only this direction: a preempted probe can split
                // a cheap row too.
                assert!(
                    calls.load(Ordering::Relaxed) > 2,
                    "slow row of {n} was not split"
                );
            }
        }
    }
}
