//! Traversal for advanced indexing (NumPy's "map iterator") and for
//! visits in C order that need the multi-index (`nonzero`).
//!
//! Advanced indexing is described by a [`MapPlan`]: `k` integer index
//! arrays sharing one broadcast shape `B` (0 strides on broadcast axes), each
//! selecting along one axis of the indexed array, and the *subspace* — the
//! indexed array's remaining axes. The other operand (the gather output or
//! the scatter values) is laid out as `B ++ subspace`. For every position `b`
//! of `B` in C order, the element offset `Σ resolve(idx_j[b]) · stride_j` picks
//! a subspace of the array, which is copied to (gather) or from (scatter)
//! the other operand's subspace at `b`. Scatter writes in C order, so with
//! repeated indices the last value wins, as in NumPy.

use crate::error::RumpyResult;
use crate::kernels::gather::{out_of_bounds, resolve, IndexReader, Mode, Mover};

/// One index array of a [`MapPlan`].
pub struct IndexArray {
    /// First element.
    pub origin: *const u8,
    /// Byte strides over `B`.
    pub strides: Vec<isize>,
    pub read: IndexReader,
    /// Length and byte stride of the axis it selects along.
    pub len: usize,
    pub stride: isize,
    /// Axis number named in out-of-bounds errors.
    pub axis: usize,
    /// The index dtype is int64 (enables the tight 1-d gather loop).
    pub int64: bool,
}

impl IndexArray {
    /// The index at `p` (read directly when int64, the common case).
    ///
    /// # Safety
    /// `p` must address one index of the array's dtype.
    #[inline(always)]
    unsafe fn at(&self, p: *const u8) -> i64 {
        if self.int64 {
            (p as *const i64).read_unaligned()
        } else {
            (self.read)(p)
        }
    }
}

/// An advanced-indexing operation; see the module docs.
pub struct MapPlan {
    pub bshape: Vec<usize>,
    pub indices: Vec<IndexArray>,
    /// Origin of the indexed array (every indexed axis at position 0).
    pub array: *mut u8,
    pub sub_shape: Vec<usize>,
    pub sub_strides: Vec<isize>,
    /// Origin of the output (gather) or the values (scatter).
    pub other: *mut u8,
    pub other_bstrides: Vec<isize>,
    pub other_sub_strides: Vec<isize>,
    pub mover: Mover,
    /// Bytes per element of the array (and the other operand).
    pub itemsize: usize,
    pub mode: Mode,
}

/// Visits every position of `shape` in C order with one pointer per stream
/// (each advanced by its own byte strides), stopping at the first error.
///
/// # Safety
/// Every stream must be valid for `shape` and its strides.
pub unsafe fn odometer<F>(
    shape: &[usize],
    origins: &mut [*mut u8],
    strides: &[&[isize]],
    mut f: F,
) -> RumpyResult<()>
where
    F: FnMut(&[*mut u8]) -> RumpyResult<()>,
{
    if shape.contains(&0) {
        return Ok(());
    }
    let nd = shape.len();
    let mut index = vec![0usize; nd];
    loop {
        f(origins)?;
        let mut ax = nd;
        loop {
            if ax == 0 {
                return Ok(());
            }
            ax -= 1;
            index[ax] += 1;
            for (p, s) in origins.iter_mut().zip(strides) {
                *p = p.offset(s[ax]);
            }
            if index[ax] < shape[ax] {
                break;
            }
            let back = shape[ax] as isize;
            for (p, s) in origins.iter_mut().zip(strides) {
                *p = p.offset(-s[ax] * back);
            }
            index[ax] = 0;
        }
    }
}

impl MapPlan {
    /// Checks every index in `raise` mode, one index array after another
    /// (NumPy reports the first bad value of the first bad array), before
    /// anything is written.
    ///
    /// # Safety
    /// The plan's pointers must be valid for its shapes and strides.
    pub unsafe fn check(&self, scatter: bool) -> RumpyResult<()> {
        if !scatter && self.gather_1d_fast().is_some() {
            // The fast gather checks its indices itself, before moving any.
            return Ok(());
        }
        if !matches!(self.mode, Mode::Raise | Mode::RaiseNonNegative) {
            return Ok(());
        }
        if let ([ix], [n]) = (&self.indices[..], &self.bshape[..]) {
            // One 1-d index array: a flat loop.
            for i in 0..*n as isize {
                let v = ix.at(ix.origin.offset(i * ix.strides[0]));
                if resolve(v, ix.len, self.mode).is_none() {
                    return Err(out_of_bounds(v, ix.axis, ix.len));
                }
            }
            return Ok(());
        }
        for ix in &self.indices {
            let mut p = [ix.origin as *mut u8];
            odometer(&self.bshape, &mut p, &[&ix.strides], |q| {
                let v = ix.at(q[0]);
                match resolve(v, ix.len, self.mode) {
                    Some(_) => Ok(()),
                    None => Err(out_of_bounds(v, ix.axis, ix.len)),
                }
            })?;
        }
        Ok(())
    }

    /// Runs the gather (`scatter == false`: other ← array) or the scatter
    /// (other → array).
    ///
    /// # Safety
    /// As [`MapPlan::for_each_pair`].
    pub unsafe fn run(&self, scatter: bool) -> RumpyResult<()> {
        if !scatter {
            if let Some(ix) = self.gather_1d_fast() {
                return self.gather_1d(ix);
            }
        }
        // Element moves inlined for the common sizes, else the mover.
        macro_rules! moves {
            ($t:ty) => {
                self.for_each_pair(|at, other| {
                    let (src, dst) = if scatter { (other, at) } else { (at, other) };
                    (dst as *mut $t).write_unaligned((src as *const $t).read_unaligned())
                })
            };
        }
        match self.itemsize {
            1 => moves!(u8),
            2 => moves!(u16),
            4 => moves!(u32),
            8 => moves!(u64),
            16 => moves!(u128),
            _ => {
                let mv = self.mover;
                self.for_each_pair(|at, other| {
                    if scatter {
                        mv(other, at)
                    } else {
                        mv(at, other)
                    }
                })
            }
        }
    }

    /// Calls `f(array element, other element)` for every indexed element
    /// in C order of the index arrays' broadcast shape, then of the
    /// non-indexed axes (a scatter's order: repeated indices are visited as
    /// often as they appear). Indices are resolved again as they are used,
    /// so an index changed in between can never address memory out of
    /// bounds.
    ///
    /// # Safety
    /// The plan's pointers must be valid for its shapes and strides; when
    /// `f` writes the array, the other operand and the index arrays must not
    /// overlap it.
    pub unsafe fn for_each_pair(&self, mut f: impl FnMut(*mut u8, *mut u8)) -> RumpyResult<()> {
        if let ([ix], [n], []) = (&self.indices[..], &self.bshape[..], &self.sub_shape[..]) {
            // One 1-d index array selecting single elements: a flat loop.
            let (step, other_step) = (ix.strides[0], self.other_bstrides[0]);
            for i in 0..*n as isize {
                let v = ix.at(ix.origin.offset(i * step));
                let r = resolve(v, ix.len, self.mode)
                    .ok_or_else(|| out_of_bounds(v, ix.axis, ix.len))?;
                f(
                    self.array.offset(r as isize * ix.stride),
                    self.other.offset(i * other_step),
                );
            }
            return Ok(());
        }
        let k = self.indices.len();
        let mut origins: Vec<*mut u8> =
            self.indices.iter().map(|ix| ix.origin as *mut u8).collect();
        origins.push(self.other);
        // The last axis of B is walked in a tight loop; an odometer walks the
        // others (B of no axes is one position).
        let nb = self.bshape.len();
        let outer = nb.saturating_sub(1);
        let n_last = if nb == 0 { 1 } else { self.bshape[outer] };
        let last = |s: &[isize]| if nb == 0 { 0 } else { s[outer] };
        let steps: Vec<isize> = self
            .indices
            .iter()
            .map(|ix| last(&ix.strides))
            .chain([last(&self.other_bstrides)])
            .collect();
        let mut strides: Vec<&[isize]> =
            self.indices.iter().map(|ix| &ix.strides[..outer]).collect();
        strides.push(&self.other_bstrides[..outer]);
        odometer(&self.bshape[..outer], &mut origins, &strides, |p| {
            for t in 0..n_last as isize {
                let mut off = 0isize;
                for (j, ix) in self.indices.iter().enumerate() {
                    let v = ix.at(p[j].offset(t * steps[j]));
                    let r = resolve(v, ix.len, self.mode)
                        .ok_or_else(|| out_of_bounds(v, ix.axis, ix.len))?;
                    off += r as isize * ix.stride;
                }
                let (at, other) = (self.array.offset(off), p[k].offset(t * steps[k]));
                if self.sub_shape.is_empty() {
                    f(at, other);
                } else {
                    odometer(
                        &self.sub_shape,
                        &mut [at, other],
                        &[&self.sub_strides, &self.other_sub_strides],
                        |e| {
                            f(e[0], e[1]);
                            Ok(())
                        },
                    )?;
                }
            }
            Ok(())
        })
    }
}

/// Index chunk processed per parallel work item in the 1-d gather.
const GATHER_CHUNK: usize = 1 << 15;

#[derive(Clone, Copy)]
struct Shared(*mut u8);
// SAFETY: used only where work items read shared inputs and write disjoint
// output ranges, within a call that outlives the parallel work.
unsafe impl Send for Shared {}
unsafe impl Sync for Shared {}

impl MapPlan {
    /// The index array of a gather that is one 1-d int64 index array
    /// selecting single elements (`take` of a 1-d array and friends).
    fn gather_1d_fast(&self) -> Option<&IndexArray> {
        let ix = self.indices.first()?;
        (self.indices.len() == 1
            && self.bshape.len() == 1
            && ix.int64
            && self.sub_shape.iter().all(|&d| d == 1)
            && matches!(self.itemsize, 1 | 2 | 4 | 8 | 16))
        .then_some(ix)
    }

    /// The 1-d gather: in `raise` mode every index is checked first (a
    /// tight pass; the first bad index in order is reported), then each
    /// element is moved with a loop specialised on the element size. Large
    /// gathers run both passes in parallel chunks.
    unsafe fn gather_1d(&self, ix: &IndexArray) -> RumpyResult<()> {
        let n = self.bshape[0];
        let (len, mode) = (ix.len, self.mode);
        let chunks = n.div_ceil(GATHER_CHUNK);
        let par = n >= super::nary::PARALLEL_MIN_ELEMENTS && rayon::current_num_threads() > 1;
        let idx = Shared(ix.origin as *mut u8);
        let istride = ix.strides[0];
        if matches!(mode, Mode::Raise | Mode::RaiseNonNegative) {
            let check = |c: usize| -> Option<(usize, i64)> {
                let p = idx;
                let (a, b) = (c * GATHER_CHUNK, ((c + 1) * GATHER_CHUNK).min(n));
                let lo = if mode == Mode::Raise {
                    -(len as i64)
                } else {
                    0
                };
                let hi = len as i64;
                // Branch-free scan for any out-of-range value, then locate it.
                let mut bad = false;
                for i in a..b {
                    let v =
                        std::ptr::read_unaligned(p.0.offset(i as isize * istride) as *const i64);
                    bad |= v < lo || v >= hi;
                }
                if !bad {
                    return None;
                }
                (a..b).find_map(|i| {
                    let v =
                        std::ptr::read_unaligned(p.0.offset(i as isize * istride) as *const i64);
                    (v < lo || v >= hi).then_some((i, v))
                })
            };
            let first = if par {
                crate::parallel::map_pieces(chunks, check)
                    .into_iter()
                    .flatten()
                    .min_by_key(|e| e.0)
            } else {
                (0..chunks).find_map(check)
            };
            if let Some((_, v)) = first {
                return Err(out_of_bounds(v, ix.axis, len));
            }
        }
        let (arr, out) = (Shared(self.array), Shared(self.other));
        let (astride, ostride) = (ix.stride, self.other_bstrides[0]);
        let size = self.itemsize;
        let work = |c: usize| {
            let (a, b) = (c * GATHER_CHUNK, ((c + 1) * GATHER_CHUNK).min(n));
            let (p, s, o) = (idx, arr, out);
            let args = (p.0, istride, s.0, astride, o.0, ostride, len, mode);
            match size {
                1 => gather_range::<[u8; 1]>(args, a, b),
                2 => gather_range::<[u8; 2]>(args, a, b),
                4 => gather_range::<[u8; 4]>(args, a, b),
                8 => gather_range::<[u8; 8]>(args, a, b),
                _ => gather_range::<[u8; 16]>(args, a, b),
            }
        };
        if par {
            crate::parallel::for_each_piece(chunks, &work);
        } else {
            (0..chunks).for_each(work);
        }
        Ok(())
    }
}

type GatherArgs = (*mut u8, isize, *mut u8, isize, *mut u8, isize, usize, Mode);

/// Moves elements `a..b` of a 1-d gather. An index that no longer resolves
/// (changed since the check) is skipped rather than read out of bounds.
#[inline(always)]
unsafe fn gather_range<E: Copy>(args: GatherArgs, a: usize, b: usize) {
    let (idx, istride, arr, astride, out, ostride, len, mode) = args;
    for i in a..b {
        let v = std::ptr::read_unaligned(idx.offset(i as isize * istride) as *const i64);
        let r = if mode == Mode::Raise && (v as u64) < len as u64 {
            Some(v as usize)
        } else {
            resolve(v, len, mode)
        };
        if let Some(r) = r {
            let e = std::ptr::read_unaligned(arr.offset(r as isize * astride) as *const E);
            std::ptr::write_unaligned(out.offset(i as isize * ostride) as *mut E, e);
        }
    }
}

/// Visits the elements of an n-d array in C order, calling `f` with the
/// multi-index and the element's address.
///
/// # Safety
/// `origin` and `strides` must describe a valid array of `shape`.
pub unsafe fn for_each_c_order(
    shape: &[usize],
    origin: *const u8,
    strides: &[isize],
    mut f: impl FnMut(&[usize], *const u8),
) {
    if shape.contains(&0) {
        return;
    }
    let nd = shape.len();
    if nd == 0 {
        f(&[], origin);
        return;
    }
    let mut index = vec![0usize; nd];
    let (n, s) = (shape[nd - 1], strides[nd - 1]);
    let mut row = origin;
    loop {
        for i in 0..n {
            index[nd - 1] = i;
            f(&index, row.offset(i as isize * s));
        }
        let mut ax = nd - 1;
        loop {
            if ax == 0 {
                return;
            }
            ax -= 1;
            index[ax] += 1;
            row = row.offset(strides[ax]);
            if index[ax] < shape[ax] {
                break;
            }
            row = row.offset(-strides[ax] * shape[ax] as isize);
            index[ax] = 0;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dtype::DType;
    use crate::kernels::gather::{index_reader, mover};

    #[test]
    fn gather_with_subspace_and_errors() {
        // array 3x2 of i64 = [[0,1],[2,3],[4,5]]; take rows [2, -3].
        let a: Vec<i64> = (0..6).collect();
        let idx: Vec<i64> = vec![2, -3];
        let mut out = vec![0i64; 4];
        let mut plan = MapPlan {
            bshape: vec![2],
            indices: vec![IndexArray {
                origin: idx.as_ptr() as *const u8,
                strides: vec![8],
                read: index_reader(DType::Int64).unwrap(),
                len: 3,
                stride: 16,
                axis: 0,
                int64: true,
            }],
            array: a.as_ptr() as *mut u8,
            sub_shape: vec![2],
            sub_strides: vec![8],
            other: out.as_mut_ptr() as *mut u8,
            other_bstrides: vec![16],
            other_sub_strides: vec![8],
            mover: mover(8),
            itemsize: 8,
            mode: Mode::Raise,
        };
        unsafe {
            plan.check(true).unwrap();
            plan.run(false).unwrap();
        }
        assert_eq!(out, vec![4, 5, 0, 1]);
        let bad: Vec<i64> = vec![0, 5];
        plan.indices[0].origin = bad.as_ptr() as *const u8;
        let e = unsafe { plan.check(true) }.unwrap_err();
        assert_eq!(
            e.message(),
            "index 5 is out of bounds for axis 0 with size 3"
        );
    }

    #[test]
    fn c_order_visits_with_index() {
        let a: Vec<u8> = (0..6).collect();
        let mut seen = vec![];
        unsafe {
            // Transposed 3x2 view of a 2x3 buffer.
            for_each_c_order(&[3, 2], a.as_ptr(), &[1, 3], |ix, p| {
                seen.push((ix.to_vec(), *p))
            });
        }
        assert_eq!(seen[1], (vec![0, 1], 3));
        assert_eq!(seen[2], (vec![1, 0], 1));
    }
}
