/**
 * Small helpers shared by the shape-function modules (joining, splitting,
 * rearranging, padding, memory): argument conversion, axis normalisation
 * with NumPy's messages, strided sub-views along one axis, and block copies
 * (one native `castCopy` per block, never per element).
 */
import { pyTypeName } from '../args';
import { type DType, int64 } from '../dtype/dtype';
import { ValueError, normalizeAxis } from '../errors';
import * as native from '../native';
import { toArray } from './convert';
import { type NDArray, isNDArray } from './ndarray';

/** Python's `operator.index`. */
export function toInt(x: unknown): number {
  if (typeof x === 'number' && Number.isInteger(x)) return x === 0 ? 0 : x;
  if (typeof x === 'bigint') return Number(x);
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (isNDArray(x) && x.ndim === 0 && (x.dtype.kind === 'i' || x.dtype.kind === 'u')) return Number(x.item());
  throw new TypeError(`'${pyTypeName(x)}' object cannot be interpreted as an integer`);
}

/** An array_like as an NDArray, without copying NDArrays. */
export function asArr(x: unknown, dt: DType | null = null): NDArray {
  return toArray(x, dt, null);
}

/** `normalize_axis_index(axis, ndim)` after `operator.index`. */
export function axisIndex(axis: unknown, ndim: number): number {
  return normalizeAxis(toInt(axis), ndim);
}

/**
 * NumPy's `normalize_axis_tuple`: an integer or a sequence of integers,
 * each normalised; a repeated axis is a ValueError naming `argname`.
 */
export function axisTuple(axis: unknown, ndim: number, argname?: string): number[] {
  const list = Array.isArray(axis) ? axis : [axis];
  const out = list.map((x) => {
    const v = toInt(x);
    try {
      return normalizeAxis(v, ndim);
    } catch (e) {
      if (argname && e instanceof Error) e.message = `${argname}: ${e.message}`;
      throw e;
    }
  });
  if (new Set(out).size !== out.length) {
    throw new ValueError(argname ? `repeated axis in \`${argname}\` argument` : 'repeated axis');
  }
  return out;
}

/** The view `a[..., start:start+len*step:step, ...]` on `axis` (indices already resolved). */
export function along(a: NDArray, axis: number, start: number, len: number, step = 1): NDArray {
  const shape = [...a.shape];
  const strides = [...a.strides];
  shape[axis] = len;
  strides[axis] = a.strides[axis] * step;
  const offset = len === 0 ? a._offset : a._offset + start * a.strides[axis];
  return a._view(offset, shape, strides);
}

/** A view of `a` with `axis` moved to position `to` (all other axes in order). */
export function moveAxisView(a: NDArray, from: number, to: number): NDArray {
  const perm = a.shape.map((_, i) => i).filter((i) => i !== from);
  perm.splice(to, 0, from);
  return a._view(
    a._offset,
    perm.map((p) => a.shape[p]),
    perm.map((p) => a.strides[p]),
  );
}

/**
 * Copies `src` into `dst` (cast to `dst`'s dtype), broadcasting `src`'s
 * length-1 and missing leading axes with zero strides.
 */
export function copyInto(src: NDArray, dst: NDArray): void {
  if (src.ndim === dst.ndim && src.shape.every((n, i) => n === dst.shape[i])) {
    native.castCopy(src, dst);
    return;
  }
  const lead = dst.ndim - src.ndim;
  const strides = dst.shape.map((_, i) => (i < lead || src.shape[i - lead] === 1 ? 0 : src.strides[i - lead]));
  native.castCopy(src._view(src._offset, dst.shape, strides), dst);
}

/** A 1-d int64 array of JS integers (index bookkeeping). */
export function intArray(values: readonly number[]): NDArray {
  return toArray(values.length ? values : [], int64);
}

/** Python's `slice.indices(n)` for (start, stop, step) given as numbers or null. */
export function sliceIndices(
  start: number | null,
  stop: number | null,
  step: number | null,
  n: number,
): [number, number, number] {
  const st = step ?? 1;
  const lowDefault = st < 0 ? -1 : 0;
  const highDefault = st < 0 ? n - 1 : n;
  const fix = (v: number | null, dflt: number): number => {
    if (v === null) return dflt;
    if (v < 0) return Math.max(v + n, st < 0 ? -1 : 0);
    return Math.min(v, st < 0 ? n - 1 : n);
  };
  return [fix(start, st < 0 ? highDefault : lowDefault), fix(stop, st < 0 ? lowDefault : highDefault), st];
}

/** `len(range(start, stop, step))`. */
export function rangeLength(start: number, stop: number, step: number): number {
  if (step > 0) return stop > start ? Math.floor((stop - start - 1) / step) + 1 : 0;
  return stop < start ? Math.floor((start - stop - 1) / -step) + 1 : 0;
}
