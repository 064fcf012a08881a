/**
 * Diagonals: the `diagonal` view, `fill_diagonal`, and the index helpers
 * `diag_indices(_from)`, `tril_indices(_from)`, `triu_indices(_from)`,
 * `mask_indices`.
 *
 * - `diagonal(a, offset, axis1, axis2)` is a read-only view: axes `axis1`
 *   and `axis2` are removed and a last axis walks `a[i, i + offset]` (or
 *   `a[i - offset, i]` for negative offsets) with stride `s1 + s2`.
 * - `fill_diagonal(a, val, wrap)` writes `val` (cycled) into the flat
 *   positions `0, step, 2·step, …` with `step = 1 + Σ cumprod(shape[:-1])`
 *   (for 2-d `ncols + 1`), stopping after `ncols` rows of a tall matrix
 *   unless `wrap`.
 * - `tril_indices(n, k, m)` are the `nonzero()` of `tri(n, m, k)`;
 *   `triu_indices(n, k, m)` those of its complement shifted by one.
 */
import { type Param, checks, parseArgs } from '../args';
import { nonzeroIndices } from '../core/advanced_indexing';
import { toIndex } from '../core/creation';
import { tri } from '../core/matrices';
import { type NDArray, isNDArray } from '../core/ndarray';
import { arange } from '../core/ranges';
import { AxisError, ValueError } from '../errors';
import { asArray } from './common';
import { where3 } from './nonzero';
import { put } from './take';

const diagonalParams: Param[] = [
  { name: 'a' },
  { name: 'offset', default: 0, check: checks.index },
  { name: 'axis1', default: 0, check: checks.index },
  { name: 'axis2', default: 1, check: checks.index },
];

/** The diagonal view (read-only, as NumPy's). */
export function diagonalOf(a: NDArray, offset: number, axis1: number, axis2: number): NDArray {
  if (a.ndim < 2) throw new ValueError('diag requires an array of at least two dimensions');
  const axisOf = (x: number, name: string): number => {
    if (x < -a.ndim || x >= a.ndim) {
      throw new AxisError(`${name}: axis ${x} is out of bounds for array of dimension ${a.ndim}`);
    }
    return x < 0 ? x + a.ndim : x;
  };
  const a1 = axisOf(axis1, 'axis1');
  const a2 = axisOf(axis2, 'axis2');
  if (a1 === a2) throw new ValueError('axis1 and axis2 cannot be the same');
  const [n1, n2] = [a.shape[a1], a.shape[a2]];
  const [s1, s2] = [a.strides[a1], a.strides[a2]];
  const len = Math.max(0, offset >= 0 ? Math.min(n1, n2 - offset) : Math.min(n1 + offset, n2));
  let start = a._offset;
  if (len > 0) start += offset >= 0 ? offset * s2 : -offset * s1;
  const keep = a.shape.map((_, i) => i).filter((i) => i !== a1 && i !== a2);
  const d = a._view(start, [...keep.map((i) => a.shape[i]), len], [...keep.map((i) => a.strides[i]), s1 + s2]);
  d._writeable = false;
  return d;
}

/** `np.diagonal(a, offset=0, axis1=0, axis2=1)`. */
export function diagonal(...args: unknown[]): NDArray {
  const p = parseArgs('diagonal', args, diagonalParams);
  return diagonalOf(asArray(p.a), toIndex(p.offset), toIndex(p.axis1), toIndex(p.axis2));
}

const fillDiagonalParams: Param[] = [{ name: 'a' }, { name: 'val' }, { name: 'wrap', default: false }];

/** `np.fill_diagonal(a, val, wrap=False)`. */
export function fill_diagonal(...args: unknown[]): void {
  const p = parseArgs('fill_diagonal', args, fillDiagonalParams);
  const a = p.a as NDArray;
  if (!isNDArray(a) || a.ndim < 2) throw new ValueError('array must be at least 2-d');
  let end: number | null = null;
  let step: number;
  if (a.ndim === 2) {
    step = a.shape[1] + 1;
    if (!p.wrap) end = a.shape[1] * a.shape[1];
  } else {
    if (a.shape.some((n) => n !== a.shape[0])) throw new ValueError('All dimensions of input must be of equal length');
    let acc = 1;
    step = 1;
    for (const n of a.shape.slice(0, -1)) {
      acc *= n;
      step += acc;
    }
  }
  const stop = end === null ? a.size : Math.min(end, a.size);
  put(a, arange(0, stop, step), p.val);
}

const diagIndicesParams: Param[] = [
  { name: 'n', check: checks.index },
  { name: 'ndim', default: 2, check: checks.index },
];

/** `np.diag_indices(n, ndim=2)`: `ndim` copies of `arange(n)`. */
export function diag_indices(...args: unknown[]): NDArray[] {
  const p = parseArgs('diag_indices', args, diagIndicesParams);
  const idx = arange(toIndex(p.n));
  return Array.from({ length: toIndex(p.ndim) }, () => idx);
}

const diagIndicesFromParams: Param[] = [{ name: 'arr' }];

/** `np.diag_indices_from(arr)`. */
export function diag_indices_from(...args: unknown[]): NDArray[] {
  const p = parseArgs('diag_indices_from', args, diagIndicesFromParams);
  const a = asArray(p.arr);
  if (a.ndim < 2) throw new ValueError('input array must be at least 2-d');
  if (a.shape.some((n) => n !== a.shape[0])) throw new ValueError('All dimensions of input must be of equal length');
  return diag_indices(a.shape[0], a.ndim);
}

const triParams: Param[] = [
  { name: 'n', check: checks.index },
  { name: 'k', default: 0, check: checks.index },
  { name: 'm', default: null },
];

/** `np.tril_indices(n, k=0, m=None)`. */
export function tril_indices(...args: unknown[]): NDArray[] {
  const p = parseArgs('tril_indices', args, triParams);
  return nonzeroIndices(tri(p.n, p.m, p.k, { dtype: 'bool' }));
}

/** `np.triu_indices(n, k=0, m=None)`. */
export function triu_indices(...args: unknown[]): NDArray[] {
  const p = parseArgs('triu_indices', args, triParams);
  const lower = tri(p.n, p.m, toIndex(p.k) - 1, { dtype: 'bool' });
  // The complement of the strictly-lower part.
  return nonzeroIndices(where3(lower, false, true));
}

/** `np.tril_indices_from`'s and `np.triu_indices_from`'s. */
const triFromParams: Param[] = [{ name: 'arr' }, { name: 'k', default: 0, check: checks.index }];

function fromParams(fname: string, args: unknown[]): [NDArray, number] {
  const p = parseArgs(fname, args, triFromParams);
  const a = asArray(p.arr);
  if (a.ndim !== 2) throw new ValueError('input array must be 2-d');
  return [a, toIndex(p.k)];
}

/** `np.tril_indices_from(arr, k=0)`. */
export function tril_indices_from(...args: unknown[]): NDArray[] {
  const [a, k] = fromParams('tril_indices_from', args);
  return tril_indices(a.shape[0], k, a.shape[1]);
}

/** `np.triu_indices_from(arr, k=0)`. */
export function triu_indices_from(...args: unknown[]): NDArray[] {
  const [a, k] = fromParams('triu_indices_from', args);
  return triu_indices(a.shape[0], k, a.shape[1]);
}

const maskIndicesParams: Param[] = [
  { name: 'n', check: checks.index },
  { name: 'mask_func', check: checks.function },
  { name: 'k', default: 0 },
];

/** `np.mask_indices(n, mask_func, k=0)`: `nonzero(mask_func(ones((n, n), int), k))`. */
export function mask_indices(...args: unknown[]): NDArray[] {
  const p = parseArgs('mask_indices', args, maskIndicesParams);
  const n = toIndex(p.n);
  const ones = tri(n, n, n, { dtype: 'int64' });
  const m = (p.mask_func as (a: NDArray, k: unknown) => unknown)(ones, p.k);
  return nonzeroIndices(asArray(m));
}
