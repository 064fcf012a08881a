//! Reduction traversal: an input reduced over some axes into an output
//! carried with the input's shape and stride 0 on the reduced axes (NumPy's
//! keepdims-shaped reduction operand), optionally under a `where` mask.
//!
//! Axes are ordered by the input's strides (its memory order) and merged
//! where input, output and mask are all contiguous across them, as NumPy's
//! iterator does. The innermost axis decides the inner loop: a reduced one
//! (output step 0) folds a row into one output element — where floating
//! `add` is summed pairwise — and a kept one combines a row elementwise
//! into a row of outputs (so a reduction over a non-innermost axis adds
//! rows in order, as NumPy does). An odometer walks the outer axes.
//!
//! An input whose dtype differs from the loop's is cast in blocks of 8192
//! elements (NumPy's buffer size), and each block is folded separately, as
//! NumPy's buffered iteration does. Under a mask, each run of selected
//! elements is one inner-loop call, as in NumPy's masked loops.
//!
//! Above [`nary::PARALLEL_MIN_ELEMENTS`] elements: an outermost kept axis is
//! split into pieces shared by the calling thread and rayon's pool
//! (`crate::parallel`; outputs are disjoint); a single long row sums the
//! top subtrees of its pairwise tree in parallel (float add, order kept:
//! `kernels::pairwise_tree`) or folds parallel chunks (exactly associative
//! ops) that are combined in order.

use crate::fpstatus;
use crate::kernels::cast::CastLoop;
use crate::kernels::reduce::ReduceLoops;
use crate::parallel;
use crate::traverse::nary::{self, Layout};
use std::sync::atomic::{AtomicU32, Ordering};

/// Elements per cast block (NumPy's default buffer size).
pub const BUFSIZE: usize = 8192;

#[derive(Clone, Copy)]
struct P3([*mut u8; 3]);
// SAFETY: work items write disjoint outputs; inputs are only read.
unsafe impl Send for P3 {}
unsafe impl Sync for P3 {}

/// One reduction.
pub struct Reduction<'a> {
    pub loops: ReduceLoops,
    /// Casts input elements to the loop dtype, with the loop itemsize.
    pub cast: Option<(CastLoop, usize)>,
    /// The floating-point flags those casts raised (kept apart from the
    /// loop's, which some ops clear or filter; NumPy reports both as the
    /// reduction's).
    pub cast_flags: AtomicU32,
    pub shape: &'a [usize],
    /// Origins and strides of `[out, mask, in]` (mask null when absent).
    pub origins: [*mut u8; 3],
    pub strides: [&'a [isize]; 3],
    pub masked: bool,
    /// An axis walked innermost whatever its strides, so that each output
    /// element folds its run along it in one inner-loop call (NumPy's
    /// `reduceat`).
    pub fold_axis: Option<usize>,
    /// The output starts from given values (an identity or `initial`), so
    /// NumPy's iterator may buffer the input (see [`Reduction::gathered`]).
    pub buffered_start: bool,
}

// SAFETY: parallel work items write disjoint outputs (or private partials)
// and only read the input and mask.
unsafe impl Sync for Reduction<'_> {}

impl Reduction<'_> {
    /// Runs the reduction.
    ///
    /// # Safety
    /// The operands must be valid for `shape` and their strides; the
    /// output must already hold the initial values.
    pub unsafe fn run(&self) {
        let total: usize = self.shape.iter().product();
        if total == 0 {
            return;
        }
        let layout = nary::coalesce_ordered(self.shape, self.strides, self.fold_axis);
        let nd = layout.shape.len();
        if nd == 0 {
            self.inner(self.origins, [0; 3], 1);
            return;
        }
        let last = nd - 1;
        if self.buffered_start
            && nd >= 2
            && layout.strides[0].iter().all(|&st| st == 0)
            && layout.shape[last] <= BUFSIZE / 2
        {
            self.gathered(&layout);
            return;
        }
        let threads = rayon::current_num_threads();
        if total >= nary::PARALLEL_MIN_ELEMENTS && threads > 1 {
            if nd == 1 && layout.strides[0][0] == 0 {
                if self.loops.assoc && self.cast.is_none() && !self.masked {
                    self.parallel_fold(&layout, threads);
                    return;
                }
            } else if layout.strides[0][0] != 0 && layout.shape[0] > 1 {
                let n0 = layout.shape[0];
                let per = n0.div_ceil(threads * 4).max(1);
                let origins = P3(self.origins);
                parallel::for_each_piece(n0.div_ceil(per), &|c| {
                    let (i0, i1) = (c * per, ((c + 1) * per).min(n0));
                    let o = origins;
                    let p: [*mut u8; 3] = std::array::from_fn(|k| {
                        o.0[k].wrapping_offset(layout.strides[k][0] * i0 as isize)
                    });
                    fpstatus::in_task(|| self.odometer(&layout, p, i1 - i0));
                });
                return;
            }
            let last = nd - 1;
            if nd > 1 && layout.strides[0][last] != 0 && layout.shape[last] >= 64 * threads {
                self.parallel_columns(&layout, threads);
                return;
            }
        }
        self.odometer(&layout, self.origins, layout.shape[0]);
    }

    /// A reduction over outer axes into a long kept innermost axis (`sum`
    /// over axis 0 of a C array): the innermost axis is cut into column
    /// blocks, one task each, so every output element is still combined
    /// with its rows in order.
    unsafe fn parallel_columns(&self, l: &Layout<3>, threads: usize) {
        let last = l.shape.len() - 1;
        let n = l.shape[last];
        let width = n.div_ceil(threads).max(32);
        let origins = P3(self.origins);
        parallel::for_each_piece(n.div_ceil(width), &|c| {
            let (j0, j1) = (c * width, ((c + 1) * width).min(n));
            let o = origins;
            let p: [*mut u8; 3] =
                std::array::from_fn(|k| o.0[k].wrapping_offset(l.strides[k][last] * j0 as isize));
            let mut block = Layout {
                shape: l.shape.clone(),
                strides: l.strides.clone(),
            };
            block.shape[last] = j1 - j0;
            fpstatus::in_task(|| self.odometer(&block, p, block.shape[0]));
        });
    }

    /// NumPy's buffered reduction of a whole input that no single stride
    /// walks (a stepped view, or one with its outer axis reversed) into one
    /// output that starts from given values: its iterator copies as many
    /// whole rows (of at most half a buffer each) as fit in a buffer of
    /// [`BUFSIZE`] elements, in iteration order, casting them if needed,
    /// and folds each buffer in one inner-loop call, or each run of
    /// selected elements in it under a mask (so a float sum is pairwise
    /// across rows, not row by row).
    unsafe fn gathered(&self, l: &Layout<3>) {
        let nd = l.shape.len();
        let last = nd - 1;
        let (n, si, sm) = (l.shape[last], l.strides[2][last], l.strides[1][last]);
        let item = self.loops.item;
        let capacity = (BUFSIZE / n) * n;
        let mut buf = vec![0u128; (capacity * item).div_ceil(16)];
        let b = buf.as_mut_ptr() as *mut u8;
        let mut mask = vec![0u8; if self.masked { capacity } else { 0 }];
        let m = mask.as_mut_ptr();
        let out = self.origins[0];
        let fold = |filled: usize| self.runs([out, m, b], [0, 1, item as isize], filled);
        let mut filled = 0;
        Self::walk(l, &l.shape, self.origins, last, |q| {
            if self.masked {
                for i in 0..n {
                    *m.add(filled + i) = *q[1].offset(sm * i as isize);
                }
            }
            let dst = b.add(filled * item);
            match self.cast {
                Some((cast, _)) => {
                    let own = fpstatus::take();
                    cast([q[2], dst], [si, item as isize], n);
                    let raised = fpstatus::take();
                    if raised != 0 {
                        self.cast_flags.fetch_or(raised, Ordering::Relaxed);
                    }
                    fpstatus::raise(own);
                }
                None => {
                    for i in 0..n {
                        std::ptr::copy_nonoverlapping(
                            q[2].offset(si * i as isize),
                            dst.add(i * item),
                            item,
                        );
                    }
                }
            }
            filled += n;
            if filled == capacity {
                fold(filled);
                filled = 0;
            }
        });
        if filled > 0 {
            fold(filled);
        }
    }

    /// Walks axis 0 over `count` indices from `p`, then the remaining axes.
    unsafe fn odometer(&self, l: &Layout<3>, p: [*mut u8; 3], count: usize) {
        let nd = l.shape.len();
        let last = nd - 1;
        let steps: [isize; 3] = std::array::from_fn(|k| l.strides[k][last]);
        if nd == 1 {
            self.inner(p, steps, count);
            return;
        }
        let mut shape = l.shape.clone();
        shape[0] = count;
        // Rows of a kept contiguous axis reduced over the axis just outside
        // it (`sum(axis=0)` of a C array) fold several rows per pass.
        if let Some(rows_fold) = self.loops.fold_rows {
            let item = self.loops.item as isize;
            let contiguous = steps[0] == item && steps[2] == item;
            let aligned = (p[0] as usize).is_multiple_of(item as usize)
                && (p[2] as usize).is_multiple_of(item as usize);
            let row_stride = l.strides[2][last - 1];
            if !self.masked
                && self.cast.is_none()
                && contiguous
                && aligned
                && l.strides[0][last - 1] == 0
                && row_stride % item == 0
            {
                let (rows, n) = (shape[last - 1], shape[last]);
                Self::walk(l, &shape, p, last - 1, |q| {
                    rows_fold(q[0], q[2], row_stride, rows, n)
                });
                return;
            }
        }
        Self::walk(l, &shape, p, last, |q| self.inner(q, steps, l.shape[last]));
    }

    /// Calls `f` at every index of axes `..outer` of `shape` (strides from `l`).
    unsafe fn walk(
        l: &Layout<3>,
        shape: &[usize],
        p: [*mut u8; 3],
        outer: usize,
        mut f: impl FnMut([*mut u8; 3]),
    ) {
        let mut index: crate::layout::Dims = smallvec::smallvec![0; outer];
        let mut q = p;
        let rows: usize = shape[..outer].iter().product();
        for _ in 0..rows {
            f(q);
            let mut ax = outer;
            while ax > 0 {
                ax -= 1;
                index[ax] += 1;
                for (k, qk) in q.iter_mut().enumerate() {
                    *qk = qk.wrapping_offset(l.strides[k][ax]);
                }
                if index[ax] < shape[ax] {
                    break;
                }
                for (k, qk) in q.iter_mut().enumerate() {
                    *qk = qk.wrapping_offset(-l.strides[k][ax] * shape[ax] as isize);
                }
                index[ax] = 0;
            }
        }
    }

    /// One row: `[out, mask, in]` pointers and steps over `n` elements.
    unsafe fn inner(&self, p: [*mut u8; 3], s: [isize; 3], n: usize) {
        let Some((cast, item)) = self.cast else {
            return self.runs(p, s, n);
        };
        let mut buf = vec![0u128; (BUFSIZE * item).div_ceil(16)];
        let b = buf.as_mut_ptr() as *mut u8;
        let mut start = 0;
        while start < n {
            let m = BUFSIZE.min(n - start);
            let off = |k: usize| p[k].wrapping_offset(s[k] * start as isize);
            let own = fpstatus::take();
            cast([off(2), b], [s[2], item as isize], m);
            let raised = fpstatus::take();
            if raised != 0 {
                self.cast_flags.fetch_or(raised, Ordering::Relaxed);
            }
            fpstatus::raise(own);
            self.runs([off(0), off(1), b], [s[0], s[1], item as isize], m);
            start += m;
        }
    }

    /// Applies the loop to each run of selected elements (all when unmasked).
    unsafe fn runs(&self, p: [*mut u8; 3], s: [isize; 3], n: usize) {
        if !self.masked {
            return self.apply(p[0], s[0], p[2], s[2], n);
        }
        let sel = |i: usize| *p[1].offset(i as isize * s[1]) != 0;
        let mut i = 0;
        while i < n {
            if !sel(i) {
                i += 1;
                continue;
            }
            let j = (i..n).find(|&j| !sel(j)).unwrap_or(n);
            let off = |k: usize| p[k].offset(s[k] * i as isize);
            self.apply(off(0), s[0], off(2), s[2], j - i);
            i = j;
        }
    }

    unsafe fn apply(&self, out: *mut u8, so: isize, src: *mut u8, si: isize, n: usize) {
        if so == 0 {
            self.loops.fold(out, src, si, n);
        } else {
            (self.loops.step)(&[out, src, out], &[so, si, so], n);
        }
    }

    /// A single long row of an exactly associative op: chunks fold from
    /// their first element in parallel, then combine into the output in order.
    unsafe fn parallel_fold(&self, l: &Layout<3>, threads: usize) {
        let n = l.shape[0];
        let si = l.strides[2][0];
        let item = si.unsigned_abs().max(1);
        let chunk = n.div_ceil(threads * 4).max(1 << 15);
        let count = n.div_ceil(chunk);
        let mut partial = vec![0u128; count * item.div_ceil(16)];
        let slot = item.div_ceil(16) * 16;
        let base = P3([
            partial.as_mut_ptr() as *mut u8,
            self.origins[2],
            std::ptr::null_mut(),
        ]);
        parallel::for_each_piece(count, &|c| {
            let b = base;
            let start = c * chunk;
            let m = chunk.min(n - start);
            let acc = b.0[0].add(c * slot);
            let src = b.0[1].offset(si * start as isize);
            std::ptr::copy_nonoverlapping(src, acc, item);
            fpstatus::in_task(|| self.loops.fold(acc, src.offset(si), si, m - 1));
        });
        let out = self.origins[0];
        self.loops
            .fold(out, partial.as_ptr() as *const u8, slot as isize, count);
    }
}

/// `argmax`/`argmin` over the last axis of `shape`: writes one int64 index
/// per row of the leading axes into `out` (strides over those axes).
///
/// # Safety
/// Operands valid for their shapes; the last axis is non-empty.
pub unsafe fn arg_reduce(
    shape: &[usize],
    src: *mut u8,
    src_strides: &[isize],
    out: *mut u8,
    out_strides: &[isize],
    f: crate::kernels::reduce::ArgFold,
    itemsize: usize,
) {
    let nd = shape.len();
    let (n, step) = (shape[nd - 1], src_strides[nd - 1]);
    let rows: usize = shape[..nd - 1].iter().product();
    let threads = rayon::current_num_threads();
    if rows == 1 && n >= nary::PARALLEL_MIN_ELEMENTS && threads > 1 {
        let idx = parallel_arg(src, step, n, f, itemsize, threads) as i64;
        std::ptr::write_unaligned(out as *mut i64, idx);
        return;
    }
    nary::run(
        &shape[..nd - 1],
        [src, out],
        [&src_strides[..nd - 1], out_strides],
        &|p, s, m| {
            for i in 0..m as isize {
                let idx = f(p[0].offset(i * s[0]), step, n) as i64;
                std::ptr::write_unaligned(p[1].offset(i * s[1]) as *mut i64, idx);
            }
        },
    );
}

/// argmax/argmin of one long row in parallel chunks: each chunk's winner
/// is copied, in chunk order, into a small buffer, and the same kernel run
/// over that buffer picks the winning chunk — the first NaN, else the first
/// occurrence of the extreme, since earlier chunks come first.
unsafe fn parallel_arg(
    src: *mut u8,
    step: isize,
    n: usize,
    f: crate::kernels::reduce::ArgFold,
    itemsize: usize,
    threads: usize,
) -> usize {
    let chunk = n.div_ceil(threads * 4).max(1 << 15);
    let count = n.div_ceil(chunk);
    let base = P3([src, std::ptr::null_mut(), std::ptr::null_mut()]);
    let wins: Vec<usize> = parallel::map_pieces(count, |c| {
        let b = base;
        let start = c * chunk;
        let m = chunk.min(n - start);
        start + f(b.0[0].offset(step * start as isize), step, m)
    });
    let mut buf = vec![0u8; count * itemsize];
    for (c, &w) in wins.iter().enumerate() {
        std::ptr::copy_nonoverlapping(
            src.offset(step * w as isize),
            buf.as_mut_ptr().add(c * itemsize),
            itemsize,
        );
    }
    wins[f(buf.as_ptr(), itemsize as isize, count)]
}

/// `ufunc.accumulate` along `axis`: `out[0] = in[0]`, then
/// `out[i] = op(out[i-1], in[i])` in order, the other axes elementwise.
/// Input and output have the loop dtype and the same shape.
///
/// # Safety
/// Operands valid for `shape`; `out` may equal `in` elementwise but must
/// not otherwise overlap it.
pub unsafe fn accumulate(
    shape: &[usize],
    axis: usize,
    src: (*mut u8, &[isize]),
    out: (*mut u8, &[isize]),
    copy: CastLoop,
    loops: &ReduceLoops,
) -> u32 {
    let n = shape[axis];
    if n == 0 || shape.contains(&0) {
        return 0;
    }
    let rest: Vec<usize> = (0..shape.len()).filter(|&k| k != axis).collect();
    let sub: Vec<usize> = rest.iter().map(|&k| shape[k]).collect();
    let ss: Vec<isize> = rest.iter().map(|&k| src.1[k]).collect();
    let os: Vec<isize> = rest.iter().map(|&k| out.1[k]).collect();
    let (sa, oa) = (src.1[axis], out.1[axis]);
    let mut flags = nary::run(&sub, [src.0, out.0], [&ss, &os], &|p, s, _m| copy(p, s, _m));
    // Rows along `axis` scan with the partial result in a register when the
    // axis is the output's innermost one (or the only one); otherwise the
    // step runs across the other axes, one position along `axis` at a time.
    let inner_axis = os.iter().all(|&o| o.unsigned_abs() >= oa.unsigned_abs());
    if sub.iter().product::<usize>() == 1 || inner_axis {
        flags |= nary::run(&sub, [src.0, out.0], [&ss, &os], &|p, s, m| {
            for k in 0..m as isize {
                loops.scan(p[0].offset(k * s[0]), sa, p[1].offset(k * s[1]), oa, n);
            }
        });
        return flags;
    }
    for i in 1..n as isize {
        let prev = out.0.offset(oa * (i - 1));
        flags |= nary::run(
            &sub,
            [prev, src.0.offset(sa * i), out.0.offset(oa * i)],
            [&os, &ss, &os],
            &|p, s, m| (loops.step)(&p, &s, m),
        );
    }
    flags
}
