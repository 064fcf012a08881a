/**
 * Layout helpers shared by the shape and indexing modules: views that keep
 * the writeable flag, NumPy's "keep order" (K) axis permutation, and copies
 * into new memory in C, F or K order.
 */
import * as native from '../native';
import { NDArray, type Order, allocateForOverwrite, defaultStrides } from './ndarray';

/**
 * NumPy's K-order axis permutation: axes sorted by decreasing absolute
 * stride, ties kept in axis order (`PyArray_CreateSortedStridePerm`).
 */
export function keepOrderPerm(strides: readonly number[]): number[] {
  return strides
    .map((s, i) => ({ s: Math.abs(s), i }))
    .sort((x, y) => (x.s === y.s ? x.i - y.i : y.s - x.s))
    .map((e) => e.i);
}

/** Strides of a new array laid out like `a` (order K: the K permutation, all positive). */
export function keepOrderStrides(shape: readonly number[], strides: readonly number[], itemsize: number): number[] {
  const perm = keepOrderPerm(strides);
  const permuted = defaultStrides(
    perm.map((p) => shape[p]),
    itemsize,
    'C',
  );
  const out = new Array<number>(shape.length);
  perm.forEach((p, k) => {
    out[p] = permuted[k];
  });
  return out;
}

/** A new array with `a`'s values, laid out in order K (NumPy's `a.copy('K')`). */
export function copyKeepOrder(a: NDArray): NDArray {
  const nbytes = a.size * a.itemsize;
  const out = NDArray._fromParts({
    // (Every byte is overwritten: large buffers need not be zeroed first.)
    bytes: new Uint8Array(nbytes < 4096 ? new ArrayBuffer(nbytes) : native.uninitializedBuffer(nbytes)),
    offset: 0,
    dtype: a.dtype,
    shape: a.shape,
    strides: keepOrderStrides(a.shape, a.strides, a.itemsize),
    base: null,
  });
  native.castCopy(a, out);
  return out;
}

/** A new array with `a`'s values in C or F order. */
export function copyInOrder(a: NDArray, order: Order): NDArray {
  const out = allocateForOverwrite(a.shape, a.dtype, order);
  native.castCopy(a, out);
  return out;
}

/**
 * A new 1-d array with `a`'s elements read in C, F or K order (NumPy's
 * `flatten`): K reads the axes in the order of decreasing |stride|, each in
 * its own direction.
 */
export function flatCopy(a: NDArray, order: Order | 'K'): NDArray {
  const out = allocateForOverwrite([a.size], a.dtype);
  let src = a;
  if (order === 'K') {
    const perm = keepOrderPerm(a.strides);
    src = NDArray._fromParts({
      bytes: a._bytes,
      offset: a._offset,
      dtype: a.dtype,
      shape: perm.map((p) => a.shape[p]),
      strides: perm.map((p) => a.strides[p]),
      base: null,
    });
  }
  const dst = NDArray._fromParts({
    bytes: out._bytes,
    offset: out._offset,
    dtype: a.dtype,
    shape: src.shape,
    strides: defaultStrides(src.shape, a.itemsize, order === 'F' ? 'F' : 'C'),
    base: null,
  });
  native.castCopy(src, dst);
  return out;
}
