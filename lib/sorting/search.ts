/**
 * `searchsorted` (and `a.searchsorted()`) and `count_nonzero`.
 */
import { type Param, parseArgs, pyTypeName } from '../args';
import { copyAs } from '../core/convert';
import { NDArray, allocate } from '../core/ndarray';
import { int64 } from '../dtype/dtype';
import { promoteTypes, promoteWithWeak, weakKindOf } from '../dtype/promotion';
import { ValueError, normalizeAxis } from '../errors';
import * as native from '../native';
import { asArr } from './common';

declare module '../core/ndarray' {
  interface NDArray {
    /** `a.searchsorted(v, side='left', sorter=None)`. */
    searchsorted(...args: unknown[]): NDArray | number;
  }
}

const PARAMS: Param[] = [{ name: 'v' }, { name: 'side', default: 'left' }, { name: 'sorter', default: null }];

/** `np.searchsorted`'s: the array, then the method's. */
const FN_PARAMS: Param[] = [{ name: 'a' }, ...PARAMS];

const COUNT_NONZERO_PARAMS: Param[] = [
  { name: 'a' },
  { name: 'axis', default: null },
  { name: 'keepdims', default: false, kwOnly: true },
];

/** NumPy's search-side converter. */
function sideArg(side: unknown): boolean {
  if (typeof side !== 'string') throw new TypeError(`search side must be str, not ${pyTypeName(side)}`);
  if (side === 'left' || side === 'right') return side === 'right';
  if (/^[lr]/i.test(side)) throw new ValueError("search side must be one of 'left' or 'right'");
  throw new ValueError(`search side must be 'left' or 'right' (got '${side}')`);
}

/**
 * Insertion points keeping `a` (1-d, ascending in NumPy's NaN-last order,
 * or ascending through `sorter`) sorted: the first `i` with `a[i] >= v`
 * (left) or `a[i] > v` (right). Both are compared in their common dtype.
 */
function searchsortedImpl(a0: NDArray, p: Record<string, unknown>): NDArray | number {
  const right = sideArg(p.side);
  if (a0.ndim === 0) throw new ValueError('object of too small depth for desired array');
  if (a0.ndim > 1) throw new ValueError('object too deep for desired array');
  const weak = weakKindOf(p.v);
  const v0 = asArr(p.v);
  const dt = weak !== null ? promoteWithWeak(a0.dtype, weak) : promoteTypes(a0.dtype, v0.dtype);
  let sorter: NDArray | null = null;
  if (p.sorter !== null) {
    const s = asArr(p.sorter);
    if (s.ndim !== 1) throw new TypeError('could not parse sorter argument');
    if (s.dtype.kind !== 'i' && s.dtype.kind !== 'u' && s.size > 0) {
      throw new TypeError('sorter must only contain integers');
    }
    if (s.size !== a0.size) throw new ValueError('sorter.size must equal a.size');
    sorter = s.dtype === int64 ? s : copyAs(s, int64);
  }
  const a = a0.dtype === dt ? a0 : copyAs(a0, dt);
  const v = v0.dtype === dt && v0.flags.c_contiguous ? v0 : copyAs(v0, dt, 'C');
  const out = allocate(v.shape, int64);
  native.searchsortedInto(a, v, out, right, sorter);
  return out.ndim === 0 ? (out.item() as number) : out;
}

/** `np.searchsorted(a, v, side='left', sorter=None)`. */
export function searchsorted(...args: unknown[]): NDArray | number {
  const p = parseArgs('searchsorted', args, FN_PARAMS);
  return searchsortedImpl(asArr(p.a), p);
}

NDArray.prototype.searchsorted = function searchsortedMethod(this: NDArray, ...args: unknown[]): NDArray | number {
  return searchsortedImpl(this, parseArgs('searchsorted', args, PARAMS, 'npy'));
};

/** Normalized, distinct reduction axes (NumPy's `normalize_axis_tuple`). */
function axesArg(axis: unknown, ndim: number): number[] {
  const list = Array.isArray(axis) ? axis : [axis];
  const out = list.map((x) => {
    if (typeof x === 'bigint') return normalizeAxis(Number(x), ndim);
    if (typeof x !== 'number' || !Number.isInteger(x)) {
      throw new TypeError(`'${pyTypeName(x)}' object cannot be interpreted as an integer`);
    }
    // Reductions of a 0-d array accept axis 0 and -1 (NumPy's legacy rule).
    return normalizeAxis(x, Math.max(ndim, 1));
  });
  if (new Set(out).size !== out.length) throw new ValueError("duplicate value in 'axis'");
  return ndim === 0 ? [] : out;
}

/**
 * `np.count_nonzero(a, axis=None, *, keepdims=False)`: how many elements
 * are truthy (non-zero; complex: either part non-zero), over all axes (a
 * JS number) or over `axis` (an int64 array).
 */
export function count_nonzero(...args: unknown[]): NDArray | number {
  const p = parseArgs('count_nonzero', args, COUNT_NONZERO_PARAMS);
  const a = asArr(p.a);
  const axes = p.axis === null ? [...a.shape.keys()] : axesArg(p.axis, a.ndim);
  const kept = [...a.shape.keys()].filter((k) => !axes.includes(k));
  const view = a._view(
    a._offset,
    [...kept, ...axes].map((k) => a.shape[k]),
    [...kept, ...axes].map((k) => a.strides[k]),
  );
  const out = allocate(
    kept.map((k) => a.shape[k]),
    int64,
  );
  if (out.size > 0) native.countNonzeroLanes(view, axes.length, out);
  if (p.keepdims && a.ndim > 0) {
    const shape = a.shape.map((n, k) => (axes.includes(k) ? 1 : n));
    return out.reshape(shape);
  }
  return out.ndim === 0 ? (out.item() as number) : out;
}
