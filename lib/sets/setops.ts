/**
 * Set operations on 1-d arrays: `intersect1d`, `union1d`, `setdiff1d`,
 * `setxor1d`, and the membership test `isin`. Inputs are flattened;
 * results are sorted unique values (except `setdiff1d` with
 * `assume_unique`, which keeps `ar1`'s order, as NumPy does). Equality is
 * NumPy's `==` in the inputs' common dtype: NaN is never a member.
 */
import { type Param, parseArgs } from '../args';
import { type NDArray, allocate } from '../core/ndarray';
import { type DType, bool, int64, uint64 } from '../dtype/dtype';
import { promoteTypes } from '../dtype/promotion';
import { ValueError } from '../errors';
import { takeArray } from '../indexing/take';
import * as native from '../native';
import { asArr } from '../sorting/common';
import { argsortAlong, sortAlong } from '../sorting/sort';
import { equal, greater_equal, less, less_equal, logical_and, logical_not, minimum, subtract } from '../ufunc';
import { clip } from '../ufunc/clip';
import { concat1d, equalAt, indexValues, indices, take1d } from './common';
import { unique1d } from './unique';

/** `a` flattened (C order) in dtype `dt`, contiguous. */
function flatAs(a: NDArray, dt: DType): NDArray {
  return concat1d([a], dt);
}

/**
 * Membership of each element of `e` in `t` (both flattened, dtype `dt`):
 * `t`'s unique sorted values, a native binary search per element, then an
 * equality check at the insertion point (gathered and compared natively).
 */
function member(e: NDArray, t: NDArray, dt: DType, invert: boolean): NDArray {
  const table = tableMember(e, t, dt);
  if (table !== null) {
    if (invert) logical_not(table, { out: table });
    return table.reshape(e.shape);
  }
  const ef = flatAs(e, dt);
  const ts = unique1d(flatAs(t, dt), false, false, false, false).values;
  const out = allocate([ef.size], bool);
  if (ts.size > 0 && ef.size > 0) {
    const pos = allocate([ef.size], int64);
    native.searchsortedInto(ts, ef, pos, false, null);
    // An insertion point past the end holds no match: clip it, then mask it out.
    const inRange = less(pos, ts.size, { out: allocate([ef.size], bool) });
    minimum(pos, ts.size - 1, { out: pos });
    const atPos = takeArray(ts, pos, 0, 0);
    equal(atPos, ef, { out });
    logical_and(out, inRange, { out });
  }
  if (invert) logical_not(out, { out });
  return out.reshape(e.shape);
}

/**
 * NumPy's 'table' membership for integer inputs whose test values span a
 * small range (at most 6 × the two sizes, NumPy's default choice): a bool
 * table over `[min(t), max(t)]` marked at `t`'s values, looked up at each
 * clipped element and masked by whether it lies in the range. The result
 * equals the sorted method's; null when it does not apply.
 */
function tableMember(e: NDArray, t: NDArray, dt: DType): NDArray | null {
  const isInt = (d: DType) => d.kind === 'i' || d.kind === 'u';
  if (!isInt(e.dtype) || !isInt(t.dtype) || dt === uint64 || e.size === 0 || t.size === 0) return null;
  const lo = t.min();
  const hi = t.max();
  if (typeof lo !== 'number' || typeof hi !== 'number') return null;
  const range = hi - lo;
  if (!Number.isSafeInteger(range) || range > 6 * (e.size + t.size)) return null;
  const tf = flatAs(t, int64);
  const ef = flatAs(e, int64);
  const marks = allocate([range + 1], bool);
  marks.set(subtract(tf, lo), true);
  const out = less_equal(ef, hi, { out: allocate([ef.size], bool) }) as NDArray;
  logical_and(out, greater_equal(ef, lo, { out: allocate([ef.size], bool) }), { out });
  const offsets = clip(subtract(ef, lo, { dtype: 'int64', casting: 'unsafe' }), 0, range) as NDArray;
  logical_and(out, takeArray(marks, offsets, 0, 0), { out });
  return out;
}

const ISIN_PARAMS: Param[] = [
  { name: 'element' },
  { name: 'test_elements' },
  { name: 'assume_unique', default: false },
  { name: 'invert', default: false },
  { name: 'kind', default: null, kwOnly: true },
];

/**
 * `np.isin(element, test_elements, assume_unique=False, invert=False, *,
 * kind=None)`: a bool array of `element`'s shape.
 */
export function isin(...args: unknown[]): NDArray {
  const p = parseArgs('isin', args, ISIN_PARAMS);
  const e = asArr(p.element);
  const t = asArr(p.test_elements);
  if (p.kind !== null && p.kind !== 'sort' && p.kind !== 'table') {
    throw new ValueError(
      `Invalid kind: ${typeof p.kind === 'string' ? `'${p.kind}'` : String(p.kind)}. Please use None, 'sort' or 'table'.`,
    );
  }
  const intLike = (d: DType) => d.kind === 'b' || d.kind === 'i' || d.kind === 'u';
  if (p.kind === 'table' && !(intLike(e.dtype) && intLike(t.dtype))) {
    throw new ValueError(
      "The 'table' method is only supported for boolean or integer arrays. Please select 'sort' or None for kind.",
    );
  }
  return member(e, t, promoteTypes(e.dtype, t.dtype), Boolean(p.invert));
}

/** Positions `i` of sorted 1-d `aux` with `aux[i] == aux[i + 1]`. */
function equalNext(aux: NDArray): number[] {
  const eq = equalAt(aux, aux);
  const out: number[] = [];
  for (let i = 0; i + 1 < aux.size; i++) if (eq(i, i + 1)) out.push(i);
  return out;
}

const INTERSECT1D_PARAMS: Param[] = [
  { name: 'ar1' },
  { name: 'ar2' },
  { name: 'assume_unique', default: false },
  { name: 'return_indices', default: false },
];

/**
 * `np.intersect1d(ar1, ar2, assume_unique=False, return_indices=False)`:
 * sorted values in both; with `return_indices`, also the indices of their
 * first occurrences in the flattened inputs.
 */
export function intersect1d(...args: unknown[]): NDArray | NDArray[] {
  const p = parseArgs('intersect1d', args, INTERSECT1D_PARAMS);
  const withIdx = Boolean(p.return_indices);
  const prep = (x: unknown) => {
    const a = asArr(x);
    if (p.assume_unique) return { v: a.ravel(), idx: null };
    const r = unique1d(a, true, withIdx, false, false);
    return { v: r.values, idx: r.index ? indexValues(r.index) : null };
  };
  const [a, b] = [prep(p.ar1), prep(p.ar2)];
  const aux = concat1d([a.v, b.v], promoteTypes(a.v.dtype, b.v.dtype));
  let perm: Float64Array | null = null;
  let sorted = aux;
  if (withIdx) {
    perm = indexValues(argsortAlong(aux, 0));
    sorted = take1d(aux, perm);
  } else sortAlong(aux, 0);
  const at = equalNext(sorted);
  const values = take1d(sorted, at);
  if (!perm) return values;
  const n1 = a.v.size;
  const i1 = at.map((i) => (perm as Float64Array)[i]);
  const i2 = at.map((i) => (perm as Float64Array)[i + 1] - n1);
  return [
    values,
    indices(a.idx ? i1.map((i) => (a.idx as Float64Array)[i]) : i1),
    indices(b.idx ? i2.map((i) => (b.idx as Float64Array)[i]) : i2),
  ];
}

const UNION1D_PARAMS: Param[] = [{ name: 'ar1' }, { name: 'ar2' }];

/** `np.union1d(ar1, ar2)`: sorted values in either. */
export function union1d(...args: unknown[]): NDArray {
  const p = parseArgs('union1d', args, UNION1D_PARAMS);
  const [a, b] = [asArr(p.ar1), asArr(p.ar2)];
  return unique1d(concat1d([a, b], promoteTypes(a.dtype, b.dtype)), true, false, false, false).values;
}

const SETDIFF1D_PARAMS: Param[] = [{ name: 'ar1' }, { name: 'ar2' }, { name: 'assume_unique', default: false }];

/** `np.setdiff1d(ar1, ar2, assume_unique=False)`: values of `ar1` not in `ar2`. */
export function setdiff1d(...args: unknown[]): NDArray {
  const p = parseArgs('setdiff1d', args, SETDIFF1D_PARAMS);
  const [a0, b] = [asArr(p.ar1), asArr(p.ar2)];
  const a = p.assume_unique ? a0.ravel() : unique1d(a0, true, false, false, false).values;
  const keep = member(a, b, promoteTypes(a.dtype, b.dtype), true);
  const d = keep.data as Uint8Array;
  const at: number[] = [];
  for (let i = 0; i < d.length; i++) if (d[i]) at.push(i);
  return take1d(a, at);
}

const SETXOR1D_PARAMS: Param[] = [{ name: 'ar1' }, { name: 'ar2' }, { name: 'assume_unique', default: false }];

/** `np.setxor1d(ar1, ar2, assume_unique=False)`: sorted values in exactly one. */
export function setxor1d(...args: unknown[]): NDArray {
  const p = parseArgs('setxor1d', args, SETXOR1D_PARAMS);
  const prep = (x: unknown) => {
    const a = asArr(x);
    return p.assume_unique ? a : unique1d(a, true, false, false, false).values;
  };
  const [a, b] = [prep(p.ar1), prep(p.ar2)];
  const aux = concat1d([a, b], promoteTypes(a.dtype, b.dtype));
  if (aux.size === 0) return aux;
  sortAlong(aux, 0);
  const eq = equalAt(aux, aux);
  const at: number[] = [];
  for (let i = 0; i < aux.size; i++) {
    const prevSame = i > 0 && eq(i - 1, i);
    const nextSame = i + 1 < aux.size && eq(i, i + 1);
    if (!prevSame && !nextSame) at.push(i);
  }
  return take1d(aux, at);
}
