/**
 * `np.median(a, axis=None, out=None, overwrite_input=False, keepdims=False)`
 * with NumPy's algorithm (`_ureduce` + `_median` in
 * numpy/lib/_function_base_impl.py):
 *
 * - Several axes are reduced by moving the kept axes to the front and
 *   merging the reduced ones into one last axis; `axis=None` partitions the
 *   flattened array.
 * - The lane of length n is partitioned around its middle index
 *   `(n - 1) // 2` (n odd) or the two middle indices `n/2 - 1, n/2`
 *   (n even); for inexact (and datetime) dtypes also around the last index,
 *   which puts the largest element, a NaN if there is one (NaN sorts last),
 *   at the end.
 * - The median is `np.mean` of the middle one or two elements, so integers
 *   and bools give float64, float16/float32/float64/complex keep their
 *   dtype (float16 summed in float32), and the even case is
 *   `(x[n/2 - 1] + x[n/2]) / 2` in that dtype.
 * - Where the lane's last element is NaN, the result is that element
 *   (NumPy's `_median_nancheck`; for complex the whole value, e.g. `nan+2j`).
 * - An empty lane gives `mean` of an empty slice: NaN, with NumPy's
 *   RuntimeWarning "Mean of empty slice".
 * - `out` receives the result (with `keepdims`, `out` has the kept shape and
 *   NumPy writes into its reduced axes at index 0); `overwrite_input=True`
 *   partitions `a` itself (its order afterwards is unspecified, as in NumPy).
 *
 * Without `out` and `overwrite_input`, bool, integer and float lanes take
 * one native call (native/src/kernels/sort/median.rs) that selects the
 * middle element(s) of a copy of each lane and computes the same mean and
 * NaN rule; complex, datetime, empty lanes and the other options take the
 * steps above.
 */
import { type Param, parseArgs, pyTypeName } from '../args';
import type { Scalar } from '../core/elements';
import { reportFloatingPointErrors } from '../core/errstate';
import { withOpName } from '../core/errstate';
import { copyto } from '../core/memory';
import { type NDArray, allocateForOverwrite, isNDArray } from '../core/ndarray';
import { along, axisTuple } from '../core/shapeutil';
import { dtype as toDType } from '../dtype/dtype';
import * as native from '../native';
import { axisLast } from '../sorting/common';
import { partition } from '../sorting/partition';
import { isnan } from '../ufunc';
import { NO_VALUE, outArg } from '../ufunc/methods';
import { arr } from './common';
import { meanImpl } from './stats';
import { anyTrue } from './sum';

type R = NDArray | Scalar;

/** A bool argument of `fname`, checked. */
export function boolArg(name: string, v: unknown, fname = 'median'): boolean {
  if (typeof v !== 'boolean') throw new TypeError(`${fname}(): ${name} must be a bool, not ${typeof v}`);
  return v;
}

/** Floating-point flag of an underflow (only the division by the count can raise it). */
const UNDERFLOW = 4;

/**
 * The median of bool, integer or float `a` along `axis` (or of the
 * flattened array), every lane non-empty, in one native call; the result
 * has `axis` kept as a length-1 axis (a length-1 1-d array for `axis=null`).
 */
function nativeMedian(a: NDArray, axis: number | null): NDArray {
  const lanes = axis === null ? (a.reshape(-1) as NDArray) : axisLast(a, axis);
  const dt = a.dtype.kind === 'f' ? a.dtype : toDType('float64');
  const res = allocateForOverwrite(lanes.shape.slice(0, -1), dt);
  const flags = native.medianLanes(lanes, res);
  if (flags !== 0) {
    reportFloatingPointErrors(flags & ~UNDERFLOW, 'reduce');
    reportFloatingPointErrors(flags & UNDERFLOW, 'divide');
  }
  return res.reshape(axis === null ? [1] : a.shape.map((n, i) => (i === axis ? 1 : n))) as NDArray;
}

/**
 * NumPy's `_median(a, axis, out, overwrite_input)` for one axis (or the
 * flattened array). Without `out` it returns the median with `axis` kept
 * as a length-1 axis (length-1 1-d array for `axis=null`).
 */
function medianAlong(a: NDArray, axis: number | null, out: NDArray | null, overwrite: boolean): NDArray | Scalar {
  const sz = axis === null ? a.size : a.shape[axis];
  const k: string = a.dtype.kind;
  if (out === null && !overwrite && sz > 0 && (k === 'b' || k === 'i' || k === 'u' || k === 'f')) {
    return nativeMedian(a, axis);
  }
  const kth = sz % 2 === 0 ? [sz / 2 - 1, sz / 2] : [(sz - 1) / 2];
  const supportsNans = k === 'f' || k === 'c' || k === 'M' || k === 'm';
  if (supportsNans) kth.push(-1);
  let part: NDArray;
  if (overwrite) {
    if (axis === null) {
      part = a.ravel();
      part.partition(kth);
    } else {
      a.partition(kth, { axis });
      part = a;
    }
  } else {
    part = partition(a, kth, { axis });
  }
  if (part.ndim === 0) return part.item();
  const ax = axis ?? 0;
  const n = part.shape[ax];
  const index = Math.floor(n / 2);
  // part[..., index:index+1] (n odd) or part[..., index-1:index+1] (n even; empty for n = 0).
  const mid = n % 2 === 1 ? along(part, ax, index, 1) : along(part, ax, Math.max(index - 1, 0), Math.min(n, 2));
  // (NumPy's mean of a 1-d lane is one value.)
  const r = (
    out ? meanImpl(mid, ax, null, out, false, NO_VALUE) : meanImpl(mid, ax, null, null, true, NO_VALUE, mid.ndim === 1)
  ) as NDArray;
  if (supportsNans && sz > 0) {
    const last = along(part, ax, n - 1, 1);
    const nan = isnan(last) as NDArray;
    if (anyTrue(nan)) {
      if (out) copyto(out, last.squeeze(ax), { where: nan.squeeze(ax) });
      else copyto(r, last, { where: nan });
    }
  }
  return r;
}

/**
 * NumPy's `normalize_axis_tuple`: an integer (`operator.index`) or an
 * iterable of them; anything else is "'float' object is not iterable".
 */
export function normalizeAxisTuple(axis: unknown, nd: number): number[] {
  const isIndex =
    (typeof axis === 'number' && Number.isInteger(axis)) || typeof axis === 'bigint' || typeof axis === 'boolean';
  if (!isIndex && !Array.isArray(axis) && !isNDArray(axis)) {
    throw new TypeError(`'${pyTypeName(axis)}' object is not iterable`);
  }
  return axisTuple(isNDArray(axis) && axis.ndim > 0 ? axis.tolist() : axis, nd);
}

/** `a` with the kept axes first and the reduced `axes` merged into one last axis (NumPy's `_ureduce`). */
export function mergeAxes(a: NDArray, axes: number[]): NDArray {
  const keep = a.shape.map((_, i) => i).filter((i) => !axes.includes(i));
  const perm = keep.concat(a.shape.map((_, i) => i).filter((i) => axes.includes(i)));
  const moved = a._view(
    a._offset,
    perm.map((i) => a.shape[i]),
    perm.map((i) => a.strides[i]),
  );
  return moved.reshape([...keep.map((i) => a.shape[i]), -1]) as NDArray;
}

/** The median of validated arguments (see the file comment). */
export function medianImpl(a: NDArray, axis: unknown, out: NDArray | null, overwrite: boolean, keepdims: boolean): R {
  const nd = a.ndim;
  const axes = axis === null ? null : normalizeAxisTuple(axis, nd);
  let o = out;
  if (out && keepdims) {
    // out[(..., ) + index_out]: index 0 on the reduced axes.
    const idx = a.shape.map((_, i) => (axes === null || axes.includes(i) ? 0 : ':'));
    o = out.get('...', ...idx);
  }
  let work = a;
  let ax: number | null = null;
  if (axes !== null) {
    if (axes.length === 1) ax = axes[0];
    else {
      work = mergeAxes(a, axes);
      ax = work.ndim - 1;
    }
  }
  const r = medianAlong(work, ax, o, overwrite);
  if (out) return out;
  if (typeof r !== 'object' || r === null || !('shape' in r)) return r;
  const res = r as NDArray;
  if (keepdims) return res.reshape(a.shape.map((n, i) => (axes === null || axes.includes(i) ? 1 : n)));
  const shape = axes === null ? [] : work.shape.filter((_, i) => i !== ax);
  return shape.length === 0 ? res.item() : res.reshape(shape);
}

export const MEDIAN_PARAMS: Param[] = [
  { name: 'a' },
  { name: 'axis', default: null },
  { name: 'out', default: null },
  { name: 'overwrite_input', default: false },
  { name: 'keepdims', default: false },
];

/** `np.median(a, axis=None, out=None, overwrite_input=False, keepdims=False)`. */
export function median(...args: unknown[]): R {
  const p = parseArgs('median', args, MEDIAN_PARAMS);
  return medianImpl(
    arr(p.a),
    p.axis,
    outArg(p.out),
    boolArg('overwrite_input', p.overwrite_input),
    boolArg('keepdims', p.keepdims),
  );
}
