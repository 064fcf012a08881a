/**
 * Shared pieces of the reduction functions: NumPy's `<no value>` options,
 * counts of reduced elements, NaN replacement, scalar square roots and
 * the final squeeze/scalar step.
 */
import { type Param, checks } from '../args';
import { toArray } from '../core/convert';
import { type Scalar, dataView, roundToHalf, writer } from '../core/elements';
import { copyto } from '../core/memory';
import { type NDArray, allocate, isCContiguous, isNDArray } from '../core/ndarray';
import { broadcast_to } from '../core/shape';
import { type DType, dtype as toDType } from '../dtype/dtype';
import { add, isnan, square } from '../ufunc';
import { NO_VALUE, REDUCERS, parseAxes, reduceArray, reductionAxes } from '../ufunc/methods';

/** NumPy's reduction parameters (`a` first; optional ones by name). */
export function params(...names: string[]): Param[] {
  const kw = names.indexOf('*');
  return names
    .filter((n) => n !== '*')
    .map((name, i) => {
      const kwOnly = kw >= 0 && i >= kw;
      if (name === 'a') return { name };
      if (name === 'axis' || name === 'dtype' || name === 'out') return { name, default: null, kwOnly };
      if (name === 'ddof') return { name, default: 0, kwOnly, check: checks.number };
      return { name, default: NO_VALUE, kwOnly };
    });
}

/** `keepdims` as given (`<no value>` is False). */
export function kd(v: unknown): boolean {
  if (v === NO_VALUE) return false;
  if (typeof v !== 'boolean') throw new TypeError(`keepdims must be a bool, not ${typeof v}`);
  return v;
}

/** The array argument. */
export function arr(x: unknown): NDArray {
  return isNDArray(x) ? x : toArray(x, null, null);
}

export function dt(x: unknown): DType | null {
  return x === null ? null : toDType(x);
}

/** Emits NumPy's RuntimeWarning. */
export function warn(message: string): void {
  process.emitWarning(message, 'RuntimeWarning');
}

/**
 * Elements reduced per output: a number without `where`, else an int64
 * keepdims-shaped array of selected counts (NumPy's `_count_reduce_items`).
 */
export function countItems(a: NDArray, axis: unknown, where: unknown): number | NDArray {
  if (where === NO_VALUE || where === true) return parseAxes(axis, a.ndim).reduce((p, i) => p * a.shape[i], 1);
  // (Counted by a ufunc reduction, which takes axis 0 or -1 of a 0-d array.)
  const axes = reductionAxes(axis, a.ndim);
  // (NumPy's `np.broadcast_to(where, arr.shape)`, with its errors.)
  const m = broadcast_to(toArray(where, toDType('bool')), a.shape);
  return reduceArray(REDUCERS.add, m, {
    axis: axes,
    dtype: toDType('int64'),
    out: null,
    keepdims: true,
    initial: NO_VALUE,
    where: true,
  }) as NDArray;
}

/** `a` broadcast to `shape` (a view with 0 strides). */
export function bcast(a: NDArray, shape: readonly number[]): NDArray {
  const nd = shape.length;
  const strides = shape.map((n, k) => {
    const i = k - (nd - a.ndim);
    if (i < 0) return 0;
    return a.shape[i] === n ? a.strides[i] : 0;
  });
  return a._view(a._offset, shape, strides);
}

/** Drops the reduced axes of a keepdims result; a 0-d result becomes a JS value. */
export function finish(r: NDArray, axis: unknown, ndim: number, keepdims: boolean): NDArray | Scalar {
  // (A 0-d input's result is 0-d, keepdims or not: a JS value.)
  if (ndim === 0 && r.ndim === 0) return r.item();
  if (keepdims) return r;
  const axes = parseAxes(axis, ndim);
  const shape = r.shape.filter((_, i) => !axes.includes(i));
  if (shape.length === 0) return r.item();
  return r._view(
    r._offset,
    shape,
    r.strides.filter((_, i) => !axes.includes(i)),
  );
}

/**
 * NumPy's `_replace_nan`: for inexact `a`, a copy with NaNs (either part,
 * for complex) replaced by `value` and the bool NaN mask; otherwise `a`
 * itself and null.
 */
export function replaceNan(a: NDArray, value: number): [NDArray, NDArray | null] {
  if (a.dtype.kind !== 'f' && a.dtype.kind !== 'c') return [a, null];
  const mask = toArray(isnan(a), toDType('bool'));
  // (`np.array(a, copy=True)`: the copy keeps `a`'s memory order, which
  // decides the order of the sums that follow.)
  const copy = a.copy('K') as NDArray;
  copyto(copy, value, { where: mask });
  return [copy, mask];
}

/** `np.sqrt` of a JS float result of dtype `d`. */
export function sqrtScalar(x: number, d: DType): number {
  if (d.name === 'float32') return Math.fround(Math.sqrt(x));
  if (d.name === 'float16') return roundToHalf(Math.fround(Math.sqrt(x)));
  return Math.sqrt(x);
}

/**
 * Squared magnitudes of the elements of complex `x` (a temporary, which
 * this may overwrite) as NumPy's `_var` forms them: one `square`
 * of the parts in place (through the part dtype's view), then `re² + im²`
 * into a new array of the part dtype.
 */
export function absSquared(x: NDArray): NDArray {
  const part = toDType(x.dtype.name === 'complex64' ? 'float32' : 'float64');
  const flat = x.ndim === 0 ? x.reshape([1]) : isCContiguous(x) ? x : (x.copy() as NDArray);
  const parts = flat.view(part);
  square(parts, { out: parts });
  const out = allocate(flat.shape, part);
  add(parts.get('..., ::2'), parts.get('..., 1::2'), { out });
  return x.ndim === 0 ? out.reshape([]) : out;
}

/** Writes `value` into element `i` (C order) of C-contiguous `a`. */
export function setFlat(a: NDArray, i: number, value: Scalar): void {
  writer(a.dtype)(dataView(a._bytes.buffer), a._bytes.byteOffset + a._offset + i * a.dtype.itemsize, value);
}

/** A ufunc result as an array of `dt` (0-d results come back from ufuncs as JS values). */
export function arrOf(x: unknown, dt: DType): NDArray {
  return isNDArray(x) ? x : toArray(x, dt);
}
