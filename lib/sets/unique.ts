/**
 * `unique` and the array-API variants `unique_all`, `unique_counts`,
 * `unique_inverse`, `unique_values`.
 *
 * Without `axis`: the flattened input is sorted (through a stable argsort
 * when indices are wanted, so `index` is each value's first occurrence) and
 * the first element of each run of equal values is kept (native
 * `unique1d`). With `axis`: the sub-arrays along `axis` are flattened to
 * rows, ordered lexicographically (a lexsort over the columns) and
 * compared row by row; `equal_nan` does not apply there, as in NumPy.
 */
import { type Param, parseArgs } from '../args';
import { type NDArray, allocate, allocateForOverwrite, shapeSize } from '../core/ndarray';
import { int64 } from '../dtype/dtype';
import * as native from '../native';
import { asArr, axisArg } from '../sorting/common';
import { equalAt, indexValues, indices, take1d } from './common';

/** What `unique` computes; absent parts were not asked for. */
export interface UniqueParts {
  values: NDArray;
  index?: NDArray;
  inverse?: NDArray;
  counts?: NDArray;
}

/** The first `u` elements of 1-d `a`, as a new array. */
function trim(a: NDArray, u: number): NDArray {
  return u === a.size ? a : a._view(a._offset, [u], [a.itemsize]).copy();
}

/** `unique` of the flattened `a`; `inverse` gets `a`'s shape. */
export function unique1d(
  a: NDArray,
  equalNan: boolean,
  index: boolean,
  inverse: boolean,
  counts: boolean,
): UniqueParts {
  const flat = a.ndim === 1 ? a : a.ravel();
  const n = flat.size;
  // (The kernel writes the first `u` values, indices and counts, which
  // `trim` copies out, and every inverse entry.)
  const values = allocateForOverwrite([n], a.dtype);
  const idx = index ? allocateForOverwrite([n], int64) : null;
  const inv = inverse ? allocateForOverwrite([n], int64) : null;
  const cnt = counts ? allocateForOverwrite([n], int64) : null;
  const u = n === 0 ? 0 : native.unique1d(flat, equalNan, values, idx, inv, cnt);
  const out: UniqueParts = { values: trim(values, u) };
  if (idx) out.index = trim(idx, u);
  if (inv) out.inverse = inv.reshape(a.shape);
  if (cnt) out.counts = trim(cnt, u);
  return out;
}

/** `unique` of the sub-arrays of `a` along normalized `axis`. */
function uniqueAxis(a: NDArray, axis: number, index: boolean, inverse: boolean, counts: boolean): UniqueParts {
  const perm = [axis, ...[...a.shape.keys()].filter((k) => k !== axis)];
  const moved = a.transpose(perm).copy();
  const n = moved.shape[0];
  const m = shapeSize(moved.shape.slice(1));
  const is = a.itemsize;
  const rows = moved._view(moved._offset, [n, m], [m * is, is]);
  // Row order: lexsort with the first column as primary (last) key.
  const order = allocate([n], int64);
  if (n > 0 && m > 0) {
    const cols = Array.from({ length: m }, (_, j) => rows._view(rows._offset + (m - 1 - j) * is, [n], [m * is]));
    native.lexsortLanes(cols, order);
  } else {
    (order.data as BigInt64Array).forEach((_, i, d) => {
      d[i] = BigInt(i);
    });
  }
  const p = indexValues(order);
  const eq = equalAt(rows, rows);
  const starts: number[] = [];
  const inv = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let fresh = i === 0;
    for (let j = 0; !fresh && j < m; j++) fresh = !eq(p[i] * m + j, p[i - 1] * m + j);
    if (fresh) starts.push(i);
    inv[p[i]] = starts.length - 1;
  }
  const firsts = starts.map((s) => p[s]);
  const uniq = take1d(moved, firsts);
  const back = [...perm.keys()].map((k) => perm.indexOf(k));
  const out: UniqueParts = { values: uniq.transpose(back) };
  if (index) out.index = indices(firsts);
  if (inverse) out.inverse = indices(inv);
  if (counts) out.counts = indices(starts.map((s, g) => (g + 1 < starts.length ? starts[g + 1] : n) - s));
  return out;
}

const UNIQUE_PARAMS: Param[] = [
  { name: 'ar' },
  { name: 'return_index', default: false },
  { name: 'return_inverse', default: false },
  { name: 'return_counts', default: false },
  { name: 'axis', default: null },
  { name: 'equal_nan', default: true, kwOnly: true },
  { name: 'sorted', default: true, kwOnly: true },
];

/**
 * `np.unique(ar, return_index=False, return_inverse=False,
 * return_counts=False, axis=None, *, equal_nan=True, sorted=True)`.
 * Returns the sorted unique values, or an array `[values, index?,
 * inverse?, counts?]` when any `return_*` is set. (`sorted=False` also
 * returns them sorted, which NumPy allows.)
 */
export function unique(...args: unknown[]): NDArray | NDArray[] {
  const p = parseArgs('unique', args, UNIQUE_PARAMS);
  const a = asArr(p.ar);
  const [ri, rv, rc] = [p.return_index, p.return_inverse, p.return_counts].map(Boolean);
  const axis = axisArg(p.axis, a.ndim, true);
  const r = axis === null ? unique1d(a, Boolean(p.equal_nan), ri, rv, rc) : uniqueAxis(a, axis, ri, rv, rc);
  if (!ri && !rv && !rc) return r.values;
  const out = [r.values];
  if (r.index) out.push(r.index);
  if (r.inverse) out.push(r.inverse);
  if (r.counts) out.push(r.counts);
  return out;
}

/** A JS array carrying namedtuple field names (API.md §4). */
function named(values: NDArray[], fields: string[]): NDArray[] {
  const out = [...values] as NDArray[] & Record<string, NDArray>;
  fields.forEach((f, i) => {
    Object.defineProperty(out, f, { value: values[i], enumerable: false });
  });
  return out;
}

/** The array-API variants' one parameter. */
const X_PARAMS: Param[] = [{ name: 'x' }];

function parseX(fname: string, args: unknown[]): NDArray {
  return asArr(parseArgs(fname, args, X_PARAMS).x);
}

/** `np.unique_all(x)`: `[values, indices, inverse_indices, counts]` (NaNs distinct). */
export function unique_all(...args: unknown[]): NDArray[] {
  const r = unique1d(parseX('unique_all', args), false, true, true, true);
  return named(
    [r.values, r.index as NDArray, r.inverse as NDArray, r.counts as NDArray],
    ['values', 'indices', 'inverse_indices', 'counts'],
  );
}

/** `np.unique_counts(x)`: `[values, counts]`. */
export function unique_counts(...args: unknown[]): NDArray[] {
  const r = unique1d(parseX('unique_counts', args), false, false, false, true);
  return named([r.values, r.counts as NDArray], ['values', 'counts']);
}

/** `np.unique_inverse(x)`: `[values, inverse_indices]` (inverse in `x`'s shape). */
export function unique_inverse(...args: unknown[]): NDArray[] {
  const r = unique1d(parseX('unique_inverse', args), false, false, true, false);
  return named([r.values, r.inverse as NDArray], ['values', 'inverse_indices']);
}

/**
 * `np.unique_values(x)`: the distinct values. NumPy returns them in hash
 * order (unspecified); rumpy returns them sorted.
 */
export function unique_values(...args: unknown[]): NDArray {
  return unique1d(parseX('unique_values', args), false, false, false, false).values;
}
