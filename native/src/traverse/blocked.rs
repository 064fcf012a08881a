//! Cache-blocked traversal for two operands whose two innermost axes are
//! swapped in memory order — the copy `ascontiguousarray(a.T)` and friends.
//!
//! Walking such a copy row by row reads one operand with a large stride, so
//! every element read touches a new cache line (and page). Instead the plane
//! of the two innermost axes is cut into square tiles of [`TILE`] × [`TILE`]
//! elements; within a tile the rows are short strided runs whose cache lines
//! are reused by the following rows, so each line is loaded once. Tile rows
//! (of every outer index) are independent and run in parallel. The inner
//! loop is the same 1-D strided loop `nary::run` would call, so each element
//! is converted exactly as there; only the visiting order changes.

use crate::fpstatus;
use crate::traverse::nary::{self, Inner};
use std::sync::atomic::{AtomicU32, Ordering};

/// Tile edge in elements.
const TILE: usize = 32;

/// Copies below this many elements keep the plain traversal.
const MIN_ELEMENTS: usize = 1 << 14;

#[derive(Clone, Copy)]
struct Ptrs([*mut u8; 2]);
// SAFETY: tiles write disjoint parts of the output; the input is only read.
unsafe impl Send for Ptrs {}
unsafe impl Sync for Ptrs {}

impl Ptrs {
    fn get(self) -> [*mut u8; 2] {
        self.0
    }
}

/// Runs `inner` over `[src, dst]` tile by tile when the innermost axis of
/// `dst` is the second-innermost of `src` in memory order; returns the
/// raised floating-point flags, or `None` (nothing done) when the layout
/// does not call for blocking.
///
/// # Safety
/// As [`nary::run`]: operands valid for `shape` and their strides, and the
/// output not overlapping the input.
pub unsafe fn run_transposed(
    shape: &[usize],
    origins: [*mut u8; 2],
    strides: [&[isize]; 2],
    inner: &Inner<'_, 2>,
) -> Option<u32> {
    let total: usize = shape.iter().product();
    if total < MIN_ELEMENTS {
        return None;
    }
    let l = nary::coalesce(shape, strides);
    let nd = l.shape.len();
    if nd < 2 {
        return None;
    }
    let (p, q) = (l.shape[nd - 2], l.shape[nd - 1]);
    let (s, d) = (&l.strides[0], &l.strides[1]);
    let swapped = s[nd - 2].unsigned_abs() < s[nd - 1].unsigned_abs()
        && d[nd - 1].unsigned_abs() < d[nd - 2].unsigned_abs();
    if !swapped || p < TILE || q < TILE {
        return None;
    }
    let outer: usize = l.shape[..nd - 2].iter().product();
    let tile_rows = p.div_ceil(TILE);
    let steps = [s[nd - 1], d[nd - 1]];
    let flags = AtomicU32::new(0);
    let base = Ptrs(origins);
    let work = |w: usize| {
        let (o, t) = (w / tile_rows, w % tile_rows);
        // Origin of outer index `o` (C order over the outer axes).
        let mut ptr = base.get();
        let mut rest = o;
        for ax in (0..nd - 2).rev() {
            let i = (rest % l.shape[ax]) as isize;
            rest /= l.shape[ax];
            for (k, pk) in ptr.iter_mut().enumerate() {
                *pk = pk.wrapping_offset(i * l.strides[k][ax]);
            }
        }
        let (i0, i1) = (t * TILE, ((t + 1) * TILE).min(p));
        fpstatus::clear();
        let mut j0 = 0;
        while j0 < q {
            let m = TILE.min(q - j0);
            for i in i0..i1 {
                let at: [*mut u8; 2] = std::array::from_fn(|k| {
                    ptr[k].offset(i as isize * l.strides[k][nd - 2] + j0 as isize * steps[k])
                });
                inner(at, steps, m);
            }
            j0 += m;
        }
        flags.fetch_or(fpstatus::take(), Ordering::Relaxed);
    };
    let items = outer * tile_rows;
    if total >= nary::PARALLEL_MIN_ELEMENTS && rayon::current_num_threads() > 1 {
        crate::parallel::for_each_piece(items, &work);
    } else {
        (0..items).for_each(work);
    }
    Some(flags.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transposed_copy_matches_plain_copy() {
        let (p, q) = (150usize, 170usize);
        let src: Vec<f64> = (0..p * q).map(|i| i as f64).collect();
        let mut dst = vec![0.0f64; p * q];
        // dst[i, j] = src[j, i] with src of shape (q, p) viewed transposed.
        let copy = |pp: [*mut u8; 2], st: [isize; 2], n: usize| unsafe {
            for k in 0..n as isize {
                let v = std::ptr::read_unaligned(pp[0].offset(k * st[0]) as *const f64);
                std::ptr::write_unaligned(pp[1].offset(k * st[1]) as *mut f64, v);
            }
        };
        let r = unsafe {
            run_transposed(
                &[p, q],
                [src.as_ptr() as *mut u8, dst.as_mut_ptr() as *mut u8],
                [&[8, 8 * p as isize], &[8 * q as isize, 8]],
                &copy,
            )
        };
        assert!(r.is_some());
        for i in 0..p {
            for j in 0..q {
                assert_eq!(dst[i * q + j], src[j * p + i]);
            }
        }
    }
}
