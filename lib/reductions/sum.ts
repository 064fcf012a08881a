/**
 * Sums, products and logical reductions: `np.sum`, `np.prod`, `np.cumsum`,
 * `np.cumprod`, `np.all`, `np.any`, `np.count_nonzero` — NumPy's
 * `add.reduce`, `multiply.reduce`, `add.accumulate`, … (bool and narrow
 * integers accumulate in int64/uint64; floating sums are pairwise).
 */
import { type Param, parseArgs } from '../args';
import type { Scalar } from '../core/elements';
import { type NDArray, allocateForOverwrite, isNDArray } from '../core/ndarray';
import { dtype as toDType } from '../dtype/dtype';
import { ValueError, normalizeAxis } from '../errors';
import {
  NO_VALUE,
  REDUCERS,
  accumulateArray,
  outArg,
  reduceArray,
  reduceLoopDType,
  reduceResult,
  reduceToValue,
} from '../ufunc/methods';
import { arr, dt, kd, params } from './common';

type R = NDArray | Scalar;

function reduction(op: string, fname: string, names: string[]) {
  const ps = params(...names);
  const spec = REDUCERS[op];
  return (...args: unknown[]): R => {
    if (args.length === 1 && isNDArray(args[0])) {
      const v = reduceToValue(spec, args[0]);
      if (v !== undefined) return v;
    }
    const p = parseArgs(fname, args, ps);
    return reduceResult(spec, arr(p.a), {
      axis: p.axis,
      dtype: 'dtype' in p ? dt(p.dtype) : null,
      out: outArg(p.out),
      keepdims: kd(p.keepdims),
      initial: 'initial' in p ? p.initial : NO_VALUE,
      where: p.where,
    });
  };
}

/** `np.sum(a, axis=None, dtype=None, out=None, keepdims, initial, where)`. */
export const sum = reduction('add', 'sum', ['a', 'axis', 'dtype', 'out', 'keepdims', 'initial', 'where']);
/** `np.prod(a, axis=None, dtype=None, out=None, keepdims, initial, where)`. */
export const prod = reduction('multiply', 'prod', ['a', 'axis', 'dtype', 'out', 'keepdims', 'initial', 'where']);
/** `np.all(a, axis=None, out=None, keepdims, *, where)`: logical_and.reduce. */
export const all = reduction('logical_and', 'all', ['a', 'axis', 'out', 'keepdims', '*', 'where']);
/** `np.any(a, axis=None, out=None, keepdims, *, where)`: logical_or.reduce. */
export const any = reduction('logical_or', 'any', ['a', 'axis', 'out', 'keepdims', '*', 'where']);

/** Whether any element of a bool array (or a bool) is set: `np.any(m)` as a JS boolean. */
export const anyTrue = (m: unknown): boolean => any(m) === true;

/**
 * `np.cumsum`-style accumulation of `op` along one int `axis` (None: of the
 * flattened array), after `prepare` (the NaN-ignoring forms replace NaN).
 */
export function cumulative(op: string, fname: string, prepare: (a: NDArray) => NDArray = (a) => a) {
  const ps = params('a', 'axis', 'dtype', 'out');
  return (...args: unknown[]): NDArray => {
    const p = parseArgs(fname, args, ps);
    // (NumPy's `PyArray_CheckAxis` takes one Python int.)
    if (typeof p.axis === 'boolean') throw new TypeError('an integer is required for the axis');
    if (Array.isArray(p.axis)) throw new TypeError("'tuple' object cannot be interpreted as an integer");
    let a = prepare(arr(p.a));
    let axis = p.axis as number | null;
    // (A 0-d array is taken as 1-d.)
    if (axis === null || a.ndim === 0) a = a.reshape(-1) as NDArray;
    axis ??= 0;
    return accumulateArray(REDUCERS[op], a, axis, dt(p.dtype), outArg(p.out));
  };
}

/** `np.cumsum(a, axis=None, dtype=None, out=None)`: add.accumulate (flattened for axis=None). */
export const cumsum = cumulative('add', 'cumsum');
/** `np.cumprod(a, axis=None, dtype=None, out=None)`. */
export const cumprod = cumulative('multiply', 'cumprod');

const ARRAY_API_CUMULATIVE_PARAMS: Param[] = [
  { name: 'x' },
  { name: 'axis', default: null, kwOnly: true },
  { name: 'dtype', default: null, kwOnly: true },
  { name: 'out', default: null, kwOnly: true },
  { name: 'include_initial', default: false, kwOnly: true },
];

/**
 * NumPy 2's array-API accumulations: `op.accumulate` along `axis` (which a
 * multi-dimensional `x` must name; a 0-d `x` is taken as 1-d), with the
 * dtype rules of `cumsum`/`cumprod`. `include_initial` puts op's identity
 * (0 or 1) first along the axis, so the result is one longer there; an
 * `out` must then have that shape.
 */
function arrayApiCumulative(op: 'add' | 'multiply', fname: string) {
  const identity = op === 'add' ? 0 : 1;
  return (...args: unknown[]): NDArray => {
    const p = parseArgs(fname, args, ARRAY_API_CUMULATIVE_PARAMS);
    let x = arr(p.x);
    if (x.ndim === 0) x = x.reshape(1) as NDArray;
    let axis = p.axis as number | null;
    if (axis === null) {
      if (x.ndim >= 2) {
        throw new ValueError('For arrays which have more than one dimension ``axis`` argument is required.');
      }
      axis = 0;
    }
    const spec = REDUCERS[op];
    const dtype = dt(p.dtype);
    const out = outArg(p.out);
    if (!p.include_initial) return accumulateArray(spec, x, axis, dtype, out);
    const ax = normalizeAxis(axis, x.ndim);
    const lead = new Array<string>(ax).fill(':');
    let full = out;
    if (full === null) {
      const shape = [...x.shape];
      shape[ax] += 1;
      full = allocateForOverwrite(shape, reduceLoopDType(spec, x.dtype, dtype, null));
    }
    accumulateArray(spec, x, ax, dtype, full.get(...lead, '1:') as NDArray);
    full.set(...lead, 0, identity);
    return full;
  };
}

/** `np.cumulative_sum(x, /, *, axis=None, dtype=None, out=None, include_initial=False)`. */
export const cumulative_sum = arrayApiCumulative('add', 'cumulative_sum');
/** `np.cumulative_prod(x, /, *, axis=None, dtype=None, out=None, include_initial=False)`. */
export const cumulative_prod = arrayApiCumulative('multiply', 'cumulative_prod');

const COUNT_NONZERO_PARAMS: Param[] = [
  { name: 'a' },
  { name: 'axis', default: null },
  { name: 'keepdims', default: false, kwOnly: true },
];

/** `np.count_nonzero(a, axis=None, *, keepdims=False)`: int64 counts of non-zero (truthy) elements. */
export function count_nonzero(...args: unknown[]): R {
  const p = parseArgs('count_nonzero', args, COUNT_NONZERO_PARAMS);
  const a = arr(p.a).astype('bool') as NDArray;
  return reduceArray(REDUCERS.add, a, {
    axis: p.axis,
    dtype: toDType('int64'),
    out: null,
    keepdims: p.keepdims as boolean,
    initial: NO_VALUE,
    where: true,
  });
}
