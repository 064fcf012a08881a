/**
 * `sort`, `argsort`, `lexsort`, `sort_complex` and the NDArray methods
 * `a.sort()` (in place) and `a.argsort()`.
 *
 * Sorts are in NumPy's order: NaN last, complex lexicographic with NaNs
 * last (see native/src/kernels/sort). The stable kinds, and every argsort,
 * use a radix sort for bool/integer/float lanes and a merge sort for
 * complex and short lanes; `np.sort`/`a.sort` with the default kind sort
 * 32- and 64-bit numbers with a vectorised quicksort on AVX-512 CPUs.
 */
import { type Param, parseArgs } from '../args';
import { copyAs } from '../core/convert';
import { newLike } from '../core/creation';
import { NDArray } from '../core/ndarray';
import { ravelArray } from '../core/shape';
import { complex64, complex128 } from '../dtype/dtype';
import { ValueError } from '../errors';
import * as native from '../native';
import { asArr, axisArg, axisLast, checkWriteable, indexArray, noOrder, sortKind } from './common';

declare module '../core/ndarray' {
  interface NDArray {
    /** `a.sort(axis=-1, kind=None, order=None, *, stable=None)`: sorts in place. */
    sort(...args: unknown[]): undefined;
    /** `a.argsort(axis=-1, kind=None, order=None, *, stable=None)`. */
    argsort(...args: unknown[]): NDArray;
  }
}

const SORT_PARAMS: Param[] = [
  { name: 'axis', default: -1 },
  { name: 'kind', default: null },
  { name: 'order', default: null },
  { name: 'stable', default: null, kwOnly: true },
];

/** `np.sort`'s and `np.argsort`'s: the array, then the method's. */
const SORT_FN_PARAMS: Param[] = [{ name: 'a' }, ...SORT_PARAMS];

const LEXSORT_PARAMS: Param[] = [{ name: 'keys' }, { name: 'axis', default: -1 }];

const SORT_COMPLEX_PARAMS: Param[] = [{ name: 'a' }];

/**
 * Sorts `a` in place along normalized `axis`; `stable: false` (NumPy's
 * default kind) lets 32/64-bit numbers take the vectorised quicksort.
 */
export function sortAlong(a: NDArray, axis: number, stable = true): void {
  if (a.size > 1) {
    const v = axisLast(a, axis);
    native.sortLanes(v, v, stable);
  }
}

/**
 * The sorting permutation of `a` along normalized `axis` (int64, `a`'s
 * shape); `stable: false` (NumPy's default kind) lets 32/64-bit numbers take
 * the vectorised argsort.
 */
export function argsortAlong(a: NDArray, axis: number, stable = true): NDArray {
  const out = indexArray(a.shape);
  if (a.size > 0) native.argsortLanes(axisLast(a, axis), axisLast(out, axis), stable);
  return out;
}

/** `np.sort(a, axis=-1, kind=None, order=None, *, stable=None)`: a sorted copy. */
export function sort(...args: unknown[]): NDArray {
  const p = parseArgs('sort', args, SORT_FN_PARAMS);
  const a = asArr(p.a);
  const axis = axisArg(p.axis, a.ndim, true);
  const stable = sortKind(p.kind, p.stable);
  noOrder(p.order);
  // NumPy sorts a copy (order K; flat for axis=None): here the sort reads
  // the input's lanes and writes the new array's.
  const src = axis === null ? ravelArray(a, 'C') : a;
  const out = newLike(src, src.dtype, 'K', null, true);
  if (out.size > 0) native.sortLanes(axisLast(src, axis ?? 0), axisLast(out, axis ?? 0), stable);
  return out;
}

NDArray.prototype.sort = function sortMethod(this: NDArray, ...args: unknown[]): undefined {
  const p = parseArgs('sort', args, SORT_PARAMS, 'npy');
  const axis = axisArg(p.axis, this.ndim, false) as number;
  const stable = sortKind(p.kind, p.stable);
  noOrder(p.order);
  checkWriteable(this, 'sort');
  sortAlong(this, axis, stable);
  return undefined;
};

/** `np.argsort(a, axis=-1, kind=None, order=None, *, stable=None)`. */
export function argsort(...args: unknown[]): NDArray {
  const p = parseArgs('argsort', args, SORT_FN_PARAMS);
  return argsortImpl(asArr(p.a), p);
}

function argsortImpl(a0: NDArray, p: Record<string, unknown>): NDArray {
  let a = a0;
  // A 0-d array argsorts as its 1-element flattening (NumPy returns [0]).
  let axis: number | null;
  if (a.ndim === 0 && p.axis !== null) {
    axisArg(p.axis, 1, false);
    axis = null;
  } else axis = axisArg(p.axis, a.ndim, true);
  if (axis === null) {
    a = a.ravel();
    axis = 0;
  }
  const stable = sortKind(p.kind, p.stable);
  noOrder(p.order);
  return argsortAlong(a, axis, stable);
}

NDArray.prototype.argsort = function argsortMethod(this: NDArray, ...args: unknown[]): NDArray {
  return argsortImpl(this, parseArgs('argsort', args, SORT_PARAMS, 'npy'));
};

/**
 * `np.lexsort(keys, axis=-1)`: the stable permutation sorting by the last
 * key, then the one before it, and so on. `keys` is a JS array of
 * array_likes (each keeps its own dtype) or an array whose first axis
 * indexes the keys.
 */
export function lexsort(...args: unknown[]): NDArray | number {
  const p = parseArgs('lexsort', args, LEXSORT_PARAMS);
  let keys: NDArray[];
  if (Array.isArray(p.keys)) keys = p.keys.map(asArr);
  else {
    const k = asArr(p.keys);
    if (k.ndim === 0) throw new TypeError('need sequence of keys with len > 0 in lexsort');
    keys = Array.from({ length: k.shape[0] }, (_, i) => k.get(i));
  }
  if (keys.length === 0) throw new TypeError('need sequence of keys with len > 0 in lexsort');
  const shape = keys[0].shape;
  if (keys.some((k) => k.ndim !== shape.length || k.shape.some((n, i) => n !== shape[i]))) {
    throw new ValueError('all keys need to be the same shape');
  }
  if (shape.length === 0) {
    axisArg(p.axis, 1, false);
    return 0;
  }
  const axis = axisArg(p.axis, shape.length, false) as number;
  const out = indexArray(shape);
  if (out.size > 0) {
    native.lexsortLanes(
      keys.map((k) => axisLast(k, axis)),
      axisLast(out, axis),
    );
  }
  return out;
}

/** `np.sort_complex(a)`: sorted copy as complex (complex64 for (u)int8/16 input). */
export function sort_complex(...args: unknown[]): NDArray {
  const p = parseArgs('sort_complex', args, SORT_COMPLEX_PARAMS);
  const a = asArr(p.a);
  const b = a.copy();
  sortAlong(b, axisArg(-1, b.ndim, false) as number);
  if (b.dtype.kind === 'c') return b;
  const small = ['int8', 'int16', 'uint8', 'uint16'].includes(b.dtype.name);
  return copyAs(b, small ? complex64 : complex128);
}
