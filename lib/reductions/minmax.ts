/**
 * Extremes: `np.max`/`amax`, `np.min`/`amin` (maximum/minimum.reduce, NaN
 * propagating), `np.ptp` (max − min in the input dtype, wrapping for
 * integers), and `np.argmax`/`np.argmin` (first occurrence; a NaN wins at
 * its first position; flattened for axis=None).
 */
import { isOptionsObject, parseArgs } from '../args';
import { warnComplexCast } from '../core/complexwarning';
import type { Scalar } from '../core/elements';
import { type NDArray, allocate, allocateCLike, isCContiguous, isNDArray, shapeSize } from '../core/ndarray';
import { frozenTuple, tuple1 } from '../core/tuple';
import { dtype as toDType } from '../dtype/dtype';
import { canCastDTypes, promoteTypes } from '../dtype/promotion';
import { ValueError } from '../errors';
import * as native from '../native';
import { subtract } from '../ufunc';
import { NO_VALUE, REDUCERS, outArg, parseAxes, reduceArray, reduceResult, reduceToValue } from '../ufunc/methods';
import { arr, finish, kd, params } from './common';

type R = NDArray | Scalar;

function extreme(op: string, fname: string) {
  const ps = params('a', 'axis', 'out', 'keepdims', 'initial', 'where');
  const spec = REDUCERS[op];
  return (...args: unknown[]): R => {
    if (args.length === 1 && isNDArray(args[0])) {
      const v = reduceToValue(spec, args[0]);
      if (v !== undefined) return v;
    }
    const p = parseArgs(fname, args, ps);
    return reduceResult(spec, arr(p.a), {
      axis: p.axis,
      dtype: null,
      out: outArg(p.out),
      keepdims: kd(p.keepdims),
      initial: p.initial,
      where: p.where,
    });
  };
}

/** `np.max(a, axis=None, out=None, keepdims, initial, where)`. */
export const max = extreme('maximum', 'max');
/** `np.min(a, axis=None, out=None, keepdims, initial, where)`. */
export const min = extreme('minimum', 'min');
export const amax = max;
export const amin = min;

const ptpParams = params('a', 'axis', 'out', 'keepdims');

/** `np.ptp(a, axis=None, out=None, keepdims)`: `max - min` along the axes. */
export function ptp(...args: unknown[]): R {
  const p = parseArgs('ptp', args, ptpParams);
  const a = arr(p.a);
  const r = { axis: p.axis, dtype: null, out: null, keepdims: true, initial: NO_VALUE, where: true };
  const hi = reduceArray(REDUCERS.maximum, a, r) as NDArray;
  const lo = reduceArray(REDUCERS.minimum, a, r) as NDArray;
  const d = subtract(hi, lo, { out: hi }) as NDArray;
  const out = outArg(p.out);
  if (out) {
    // NumPy reduces the maximum into `out` (a reduction's two ComplexWarnings),
    // then subtracts the minimum there under 'same_kind'.
    warnComplexCast(d.dtype, out.dtype, 2);
    const loop = promoteTypes(out.dtype, d.dtype);
    if (!canCastDTypes(loop, out.dtype, 'same_kind')) {
      throw new TypeError(
        `Cannot cast ufunc 'subtract' output from dtype('${loop.name}') to dtype('${out.dtype.name}') with casting rule 'same_kind'`,
      );
    }
    native.castCopy(d.reshape(out.shape) as NDArray, out);
    return out;
  }
  return finish(d, p.axis, a.ndim, kd(p.keepdims));
}

/** argmax/argmin along one axis (None: flattened). */
/** The 0-d int64 result slot of a flat argmax/argmin (read before the next call). */
const INT64 = toDType('int64');
const indexSlot = allocate([], INT64);

export function argExtreme(
  fname: string,
  isMax: boolean,
  a: NDArray,
  axis: unknown,
  out: NDArray | null,
  keepdims: boolean,
): R {
  if (axis === null && out === null && !keepdims && a.size > 0 && isCContiguous(a)) {
    // The common `np.argmax(a)`: the array described as flat, the index
    // into a reused int64 slot that is read at once.
    native.argReduceCall(a, [a.size], [a.itemsize], indexSlot, isMax);
    return indexSlot.item();
  }
  let src = a;
  let ax: number;
  if (axis === null) {
    src = a.reshape(-1) as NDArray;
    ax = 0;
  } else {
    if (Array.isArray(axis)) throw new TypeError("'tuple' object cannot be interpreted as an integer");
    // (NumPy reads a 0-d array as 1-d here, its axis included.)
    ax = parseAxes(axis, Math.max(a.ndim, 1))[0];
  }
  if (src.ndim === 0) src = src.reshape(1) as NDArray;
  const res = argAlong(fname, isMax, src, ax);
  const shaped = keepdims
    ? res.reshape(axis === null ? a.shape.map(() => 1) : a.shape.map((m, i) => (i === ax ? 1 : m)))
    : res;
  if (out) {
    native.castCopy(shaped as NDArray, out);
    return out;
  }
  if ((shaped as NDArray).ndim === 0) return (shaped as NDArray).item();
  return shaped as NDArray;
}

/** The int64 indices of `src`'s extremes along axis `ax` (in range; `src` at least 1-d): `src`'s other axes. */
function argAlong(fname: string, isMax: boolean, src: NDArray, ax: number): NDArray {
  const shape = src.shape;
  const strides = src.strides;
  const nd = shape.length;
  const n = shape[ax];
  if (n === 0) throw new ValueError(`attempt to get ${fname} of an empty sequence`);
  // The native loop reduces the last axis: move `ax` there (in the
  // operand's description only; no view is made).
  let lead: readonly number[];
  let movedShape: number[];
  let movedStrides: number[];
  if (nd === 2 && (shape[1 - ax] | 0) === shape[1 - ax]) {
    const k = 1 - ax;
    lead = tuple1(shape[k]);
    movedShape = [shape[k], n];
    movedStrides = [strides[k], strides[ax]];
  } else {
    const rest: number[] = [];
    movedShape = [];
    movedStrides = [];
    for (let i = 0; i < nd; i++) {
      if (i === ax) continue;
      rest.push(shape[i]);
      movedShape.push(shape[i]);
      movedStrides.push(strides[i]);
    }
    movedShape.push(n);
    movedStrides.push(strides[ax]);
    lead = frozenTuple(rest);
  }
  // (Every element is written.)
  const res = allocateCLike(lead, shapeSize(lead), INT64, null);
  native.argReduceCall(src, movedShape, movedStrides, res, isMax);
  return res;
}

/** `axis` when `x` is an options object with an integer `axis` in range for `nd` dimensions and nothing else. */
function onlyAxis(x: unknown, nd: number): number | null {
  if (!isOptionsObject(x)) return null;
  let keys = 0;
  for (const _ in x) keys++;
  const axis = x.axis;
  return keys === 1 && typeof axis === 'number' && (axis | 0) === axis && axis >= -nd && axis < nd ? axis : null;
}

function arg(fname: string, isMax: boolean) {
  const ps = params('a', 'axis', 'out', '*', 'keepdims');
  return (...args: unknown[]): R => {
    const a = args[0];
    if (isNDArray(a) && a.ndim > 0) {
      // `np.argmax(a)` and `np.argmax(a, {axis})` / `np.argmax(a, axis)` with an in-range integer axis.
      if (args.length === 1) return argExtreme(fname, isMax, a, null, null, false);
      if (args.length === 2) {
        const nd = a.ndim;
        const o = args[1];
        const axis = typeof o === 'number' ? ((o | 0) === o && o >= -nd && o < nd ? o : null) : onlyAxis(o, nd);
        if (axis !== null) {
          const res = argAlong(fname, isMax, a, axis < 0 ? axis + nd : axis);
          return res.ndim === 0 ? res.item() : res;
        }
      }
    }
    const p = parseArgs(fname, args, ps);
    return argExtreme(fname, isMax, arr(p.a), p.axis, outArg(p.out), kd(p.keepdims));
  };
}

/** `np.argmax(a, axis=None, out=None, *, keepdims)`. */
export const argmax = arg('argmax', true);
/** `np.argmin(a, axis=None, out=None, *, keepdims)`. */
export const argmin = arg('argmin', false);
