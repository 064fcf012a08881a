/**
 * Index-array functions built on the native gather/scatter (`indexMap`):
 * `take`, `put`, `take_along_axis`, `put_along_axis`, `choose`,
 * `compress`, `extract`, `place`, `putmask`.
 *
 * - `take(a, idx, axis)` is `a[(:,)*axis + (idx,)]` with `mode` deciding
 *   what out-of-range indices do (raise / wrap modulo n / clip to [0, n-1]);
 *   without `axis` it indexes the flattened array. The result is C-ordered.
 * - `put(a, ind, v)` sets `a.flat[ind] = v`, repeating `v` cyclically.
 * - `take_along_axis`/`put_along_axis` index every axis: the given indices
 *   along `axis` and `arange` on the others, all broadcast together.
 * - `choose(a, choices)` picks `choices[a[i]][i]` after broadcasting `a`
 *   and every choice together.
 * - `compress(c, a, axis)` takes the positions where `c` is true;
 *   `extract(c, a)` does so on the flattened arrays.
 * - `place(a, mask, vals)` puts `vals` (cycled) into the true positions;
 *   `putmask(a, mask, values)` sets `a.flat[i] = values.flat[i % n]` where
 *   the mask is true.
 */
import { type Param, parseArgs, pyTypeName } from '../args';
import { checkWriteable, gather, nonzeroIndices, scatter } from '../core/advanced_indexing';
import { warnComplexCast } from '../core/complexwarning';
import { copyAs, toArray } from '../core/convert';
import { broadcastShapes, broadcastView } from '../core/creation';
import { castError } from '../core/joining';
import { type NDArray, allocate, allocateForOverwrite, isNDArray } from '../core/ndarray';
import { reshapeArray } from '../core/shape';
import { type DType, bool } from '../dtype/dtype';
import { canCastDTypes, resultTypeOf, weakKindOf } from '../dtype/promotion';
import { IndexError, ValueError, normalizeAxis } from '../errors';
import * as native from '../native';
import { equal, greater_equal, less, logical_or, remainder } from '../ufunc';
import { clip } from '../ufunc/clip';
import { aranged, asArray, axisPlan, flat, fullPlan, intpArray, parseMode } from './common';

/** Writes `result` into a given `out` (same shape; cast unsafely), as NumPy's `out=`. */
function intoOut(result: NDArray, out: unknown): NDArray {
  if (out === null || out === undefined) return result;
  if (!isNDArray(out)) throw new TypeError('output must be an array');
  if (!canCastDTypes(out.dtype, result.dtype, 'safe')) {
    throw new TypeError(
      `Cannot cast array data from dtype('${out.dtype.name}') to dtype('${result.dtype.name}') according to the rule 'safe'`,
    );
  }
  if (out.ndim !== result.ndim || out.shape.some((n, i) => n !== result.shape[i])) {
    throw new ValueError('output array does not match result of ndarray.take');
  }
  checkWriteable(out);
  warnComplexCast(result.dtype, out.dtype);
  native.castCopy(result, out);
  return out;
}

/** The core of `take`: `a` along `axis` (null: flattened) at intp indices. */
export function takeArray(a: NDArray, idx: NDArray, axis: number | null, mode: number): NDArray {
  const src = axis === null ? flat(a) : a;
  const ax = axis === null ? 0 : normalizeAxis(axis, src.ndim);
  if (mode !== 0 && src.shape[ax] === 0 && idx.size > 0) {
    throw new IndexError('cannot do a non-empty take from an empty axes.');
  }
  return gather(axisPlan(src, idx, ax), mode, true);
}

const takeParams: Param[] = [
  { name: 'a' },
  { name: 'indices' },
  { name: 'axis', default: null },
  { name: 'out', default: null },
  { name: 'mode', default: 'raise' },
];

function axisArg(x: unknown): number | null {
  if (x === null) return null;
  if (typeof x === 'number' && Number.isInteger(x)) return x;
  if (typeof x === 'bigint') return Number(x);
  throw new TypeError(`'${pyTypeName(x)}' object cannot be interpreted as an integer`);
}

/** `np.take(a, indices, axis=None, out=None, mode='raise')`. */
export function take(...args: unknown[]): NDArray {
  const p = parseArgs('take', args, takeParams);
  const a = asArray(p.a);
  const mode = parseMode(p.mode);
  return intoOut(takeArray(a, intpArray(p.indices), axisArg(p.axis), mode), p.out);
}

/** `v` repeated cyclically to `n` elements (flattened). */
function cycled(v: NDArray, n: number): NDArray {
  const f = flat(v);
  if (f.size === n) return f;
  return gather(axisPlan(f, reshapeArray(aranged(n, 0, 1), [n], 'C', null), 0), 1, true);
}

/**
 * `a.flat[ind] = v` for flat intp indices (`v` already of `a`'s dtype,
 * cycled to `ind`'s size). Works on any layout: non-contiguous `a` is
 * written through a contiguous copy.
 */
function putFlat(a: NDArray, ind: NDArray, v: NDArray, mode: number): void {
  if (ind.size === 0 || v.size === 0) return;
  if (mode !== 0 && a.size === 0) throw new IndexError('cannot replace elements of an empty array');
  const contiguous = a.flags.c_contiguous;
  const target = contiguous ? a._view(a._offset, [a.size], [a.itemsize]) : copyAs(a, a.dtype, 'C');
  const t1 = contiguous ? target : target._view(target._offset, [a.size], [a.itemsize]);
  scatter(t1, axisPlan(t1, flat(ind), 0), cycled(v, ind.size), mode);
  if (!contiguous) native.castCopy(target, a);
}

/** The array an in-place function writes into (NumPy: "argument 1 must be numpy.ndarray"). */
function target(fname: string, a: unknown): NDArray {
  if (!isNDArray(a)) throw new TypeError(`${fname}() argument 1 must be numpy.ndarray, not ${pyTypeName(a)}`);
  checkWriteable(a);
  return a;
}

const putParams: Param[] = [{ name: 'a' }, { name: 'ind' }, { name: 'v' }, { name: 'mode', default: 'raise' }];

/** `np.put(a, ind, v, mode='raise')`: `a.flat[ind] = v`, values repeated. */
export function put(...args: unknown[]): void {
  const p = parseArgs('put', args, putParams);
  if (!isNDArray(p.a)) throw new TypeError(`argument 1 must be numpy.ndarray, not <class '${pyTypeName(p.a)}'>`);
  const a = p.a;
  const mode = parseMode(p.mode);
  checkWriteable(a);
  putFlat(a, intpArray(p.ind), toValues('unsafe', p.v, a), mode);
}

/**
 * Values converted to `a`'s dtype as NumPy's put/place/putmask convert them:
 * an array with `casting` ('unsafe' for put, 'safe' for place and putmask),
 * anything else as `np.array(v, a.dtype)`.
 */
function toValues(casting: 'safe' | 'unsafe', v: unknown, a: NDArray): NDArray {
  if (!isNDArray(v)) return toArray(v, a.dtype);
  if (!canCastDTypes(v.dtype, a.dtype, casting)) throw castError(v.dtype, a.dtype, casting);
  warnComplexCast(v.dtype, a.dtype);
  return copyAs(v, a.dtype);
}

/** The index arrays of `take_along_axis`/`put_along_axis` on `arr` (validated). */
function alongIndices(arr: NDArray, indices: unknown, axis: unknown): [NDArray, NDArray[]] {
  const idx = asArray(indices);
  const k = idx.dtype.kind;
  if (k !== 'i' && k !== 'u') throw new IndexError('`indices` must be an integer array');
  let a = arr;
  let ax: number;
  if (axis === null) {
    if (idx.ndim !== 1) {
      throw new ValueError('when axis=None, `indices` must have a single dimension.');
    }
    a = flat(arr);
    ax = 0;
  } else {
    ax = normalizeAxis(axisArg(axis) as number, arr.ndim);
  }
  if (idx.ndim !== a.ndim) throw new ValueError('`indices` and `arr` must have the same number of dimensions');
  const list = Array.from({ length: a.ndim }, (_, d) => (d === ax ? idx : aranged(a.shape[d], d, a.ndim)));
  return [a, list];
}

const takeAlongParams: Param[] = [{ name: 'arr' }, { name: 'indices' }, { name: 'axis', default: -1 }];

/** `np.take_along_axis(arr, indices, axis=-1)`. */
export function take_along_axis(...args: unknown[]): NDArray {
  const p = parseArgs('take_along_axis', args, takeAlongParams);
  const arr = asArray(p.arr);
  const [a, list] = alongIndices(arr, p.indices, p.axis);
  return gather(fullPlan(a, list), 0, true);
}

const putAlongParams: Param[] = [{ name: 'arr' }, { name: 'indices' }, { name: 'values' }, { name: 'axis' }];

/** `np.put_along_axis(arr, indices, values, axis)`. */
export function put_along_axis(...args: unknown[]): void {
  const p = parseArgs('put_along_axis', args, putAlongParams);
  const arr = asArray(p.arr);
  checkWriteable(arr);
  const [a, list] = alongIndices(arr, p.indices, p.axis);
  // With axis=None NumPy writes into `arr.ravel()`, a read-only copy when `arr` is not contiguous.
  if (a !== arr && !arr.flags.c_contiguous) throw new ValueError('assignment destination is read-only');
  scatter(a, fullPlan(a, list), p.values);
}

const chooseParams: Param[] = [
  { name: 'a' },
  { name: 'choices' },
  { name: 'out', default: null },
  { name: 'mode', default: 'raise' },
];

/** Up to this many choices, `choose` copies each choice where it is picked. */
const FEW_CHOICES = 8;

/**
 * `choose` with few choices: the indices resolved by `mode` (raise: any
 * outside `[0, n)` is an error; wrap: modulo n; clip: into range), then
 * one native masked copy per choice where the index picks it.
 */
function chooseByMasks(ia: NDArray, choices: NDArray[], shape: number[], dt: DType, mode: number): NDArray {
  const n = choices.length;
  const m = { out: allocate(shape, bool) };
  let idx = ia;
  if (mode === 0) {
    const bad = logical_or(less(ia, 0, m), greater_equal(ia, n, { out: allocate(shape, bool) }), m) as NDArray;
    if (bad.any()) throw new ValueError('invalid entry in choice array');
  } else {
    idx = (mode === 1 ? remainder(ia, n) : clip(ia, 0, n - 1)) as NDArray;
  }
  const result = allocateForOverwrite(shape, dt);
  choices.forEach((c, k) => {
    const src = broadcastView(c.dtype === dt ? c : copyAs(c, dt), shape) as NDArray;
    native.maskedCopy(src, src.strides, equal(idx, k, m) as NDArray, m.out.strides, result);
  });
  return result;
}

/** `np.choose(a, choices, out=None, mode='raise')`. */
export function choose(...args: unknown[]): NDArray {
  const p = parseArgs('choose', args, chooseParams);
  const mode = parseMode(p.mode);
  const a = intpArray(p.a);
  const raw = p.choices;
  let items: unknown[];
  if (isNDArray(raw)) {
    if (raw.ndim === 0) throw new ValueError('0-d arrays cannot be choices');
    items = Array.from({ length: raw.shape[0] }, (_, i) => raw.get(i));
  } else if (Array.isArray(raw)) items = raw;
  else items = [raw];
  if (items.length === 0) throw new ValueError('0-length sequence.');
  const strong = items.filter((c) => weakKindOf(c) === null).map((c) => asArray(c).dtype);
  const weak = items.flatMap((c) => {
    const k = weakKindOf(c);
    return k === null ? [] : [k];
  });
  const dt = resultTypeOf(strong, weak);
  const arrays = items.map((c) => (isNDArray(c) ? c : toArray(c, weakKindOf(c) === null ? null : dt)));
  const shape = broadcastShapes(broadcastShapes(...arrays.map((c) => c.shape)), a.shape);
  const n = arrays.length;
  if (n <= FEW_CHOICES) {
    const result = chooseByMasks(broadcastView(a, shape) as NDArray, arrays, shape, dt, mode);
    return p.out === null ? result : intoOut(result, p.out);
  }
  // Stack the broadcast choices into one (n, ...shape) array of the result dtype.
  const stacked = allocate([n, ...shape], dt);
  const per = stacked.size / n;
  arrays.forEach((c, i) => {
    const dst = stacked._view(stacked._offset + i * per * dt.itemsize, shape, stacked.strides.slice(1));
    native.castCopy(broadcastView(c, shape) as NDArray, dst);
  });
  const nd = shape.length + 1;
  const ia = broadcastView(a, shape) as NDArray;
  const lead = ia._view(ia._offset, [1, ...shape], [0, ...ia.strides]);
  const list = [lead, ...shape.map((m, d) => aranged(m, d + 1, nd))];
  let result: NDArray;
  try {
    result = gather(fullPlan(stacked, list), mode === 0 ? 3 : mode, true);
  } catch (e) {
    if (e instanceof IndexError) throw new ValueError('invalid entry in choice array');
    throw e;
  }
  result = result._view(result._offset, shape, result.strides.slice(1));
  return p.out === null ? reshapeArray(result, shape, 'C', true) : intoOut(result, p.out);
}

const compressParams: Param[] = [
  { name: 'condition' },
  { name: 'a' },
  { name: 'axis', default: null },
  { name: 'out', default: null },
];

/** `np.compress(condition, a, axis=None, out=None)`. */
export function compress(...args: unknown[]): NDArray {
  const p = parseArgs('compress', args, compressParams);
  const a = asArray(p.a);
  const c = asArray(p.condition);
  if (c.ndim !== 1) throw new ValueError('condition must be a 1-d array');
  const idx = nonzeroIndices(c)[0];
  return intoOut(takeArray(a, idx, axisArg(p.axis), 0), p.out);
}

const extractParams: Param[] = [{ name: 'condition' }, { name: 'arr' }];

/** `np.extract(condition, arr)`: `arr.ravel()[nonzero(condition.ravel())]`. */
export function extract(...args: unknown[]): NDArray {
  const p = parseArgs('extract', args, extractParams);
  const a = flat(asArray(p.arr));
  const idx = nonzeroIndices(flat(asArray(p.condition)))[0];
  return takeArray(a, idx, 0, 0);
}

const placeParams: Param[] = [{ name: 'arr' }, { name: 'mask' }, { name: 'vals' }];

/** `np.place(arr, mask, vals)`: `vals` (cycled) into the positions where `mask` is true. */
export function place(...args: unknown[]): void {
  const p = parseArgs('place', args, placeParams);
  const a = target('place', p.arr);
  const mask = toArray(p.mask, bool);
  if (mask.size !== a.size) throw new ValueError('place: mask and data must be the same size');
  const idx = nonzeroIndices(flat(mask))[0];
  const vals = toValues('safe', p.vals, a);
  if (vals.size === 0) {
    if (idx.size > 0) throw new ValueError('Cannot insert from an empty array!');
    return;
  }
  putFlat(a, idx, vals, 0);
}

const putmaskParams: Param[] = [{ name: 'a' }, { name: 'mask' }, { name: 'values' }];

/** `np.putmask(a, mask, values)`: `a.flat[i] = values.flat[i % len(values)]` where mask. */
export function putmask(...args: unknown[]): void {
  const p = parseArgs('putmask', args, putmaskParams);
  if (!isNDArray(p.a)) throw new TypeError('putmask: first argument must be an array');
  const a = target('putmask', p.a);
  const mask = toArray(p.mask, bool);
  if (mask.size !== a.size) throw new ValueError('putmask: mask and data must be the same size');
  const values = toValues('safe', p.values, a);
  if (values.size === 0) return;
  const idx = nonzeroIndices(flat(mask))[0];
  putFlat(a, idx, takeArray(values, idx, null, 1), 0);
}
