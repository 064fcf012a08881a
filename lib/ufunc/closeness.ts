/**
 * Whole-array comparisons built on the comparison ufuncs, as NumPy defines
 * them: `isclose`, `allclose`, `array_equal`, `array_equiv`.
 *
 * `isclose(a, b)` is `|a − b| ≤ atol + rtol·|b|` where `b` is finite, or
 * `a == b` (so equal infinities are close); with `equal_nan`, NaN is close
 * to NaN. Array `b` is first cast to an inexact dtype (`result_type(b, 1.0)`);
 * JS scalars stay weak Python scalars, so float32 inputs compare in float32
 * as in NumPy.
 */
import { type Param, checks, parseArgs } from '../args';
import { broadcastStrides, tryBroadcastShapes } from '../core/broadcast';
import { Complex } from '../core/complex';
import { copyAs, toArray } from '../core/convert';
import type { Scalar } from '../core/elements';
import { FPE_INVALID, errstate, unignoredFlags } from '../core/errstate';
import { type NDArray, allocate, allocateForOverwrite, isNDArray } from '../core/ndarray';
import { bool } from '../dtype/dtype';
import { promoteWithWeak, weakKindOf } from '../dtype/promotion';
import * as native from '../native';
import {
  absolute,
  bitwise_and,
  bitwise_or,
  equal,
  isfinite,
  isnan,
  less_equal,
  logical_and,
  logical_or,
  subtract,
} from './index';
import { add, multiply } from './index';

type Value = NDArray | Scalar;

/** |v|: for complex arrays `hypot(re, im)`, for real ones `max(v, −v)` (NaN stays NaN). */
function absOf(v: Value): Value {
  if (!isNDArray(v)) {
    if (v instanceof Complex) return Math.hypot(v.re, v.im);
    return typeof v === 'number' ? Math.abs(v) : typeof v === 'bigint' ? (v < 0n ? -v : v) : v;
  }
  return absolute(v) as Value;
}

/** Finite (both parts, for complex). */
function finite(y: Value): Value {
  if (!isNDArray(y)) {
    if (y instanceof Complex) return Number.isFinite(y.re) && Number.isFinite(y.im);
    return typeof y !== 'number' || Number.isFinite(y);
  }
  return isfinite(y) as Value;
}

/** NaN (in either part, for complex). */
function nan(v: Value): Value {
  return isnan(v) as Value;
}

function operandOf(x: unknown): Value {
  return weakKindOf(x) !== null ? (x as Scalar) : toArray(x, null, null);
}

function iscloseImpl(a: unknown, b: unknown, rtol: unknown, atol: unknown, equalNan: boolean): Value {
  const x = operandOf(a);
  let y = operandOf(b);
  const rt = operandOf(rtol);
  const at = operandOf(atol);
  if (isNDArray(y)) {
    // NumPy's asanyarray(y, dtype=result_type(y, 1.)): a copy only to change the dtype.
    const dt = promoteWithWeak(y.dtype, 'f');
    if (dt !== y.dtype) y = copyAs(y, dt, 'K');
  }
  const yf = y;
  const fused = iscloseFused(x, yf, rt, at, equalNan);
  if (fused !== null) return fused;
  // As in NumPy, under errstate(invalid='ignore'): inf - inf is NaN without a warning.
  return errstate({ invalid: 'ignore' }, () => {
    const diff = absOf(subtract(x, yf) as Value);
    const tol = add(at, multiply(rt, absOf(yf))) as Value;
    let result = bitwise_or(bitwise_and(less_equal(diff, tol), finite(yf)), equal(x, yf)) as Value;
    if (equalNan) result = logical_or(result, logical_and(nan(x), nan(yf))) as Value;
    return result;
  });
}

/**
 * `isclose` of float32/float64 arrays `x`, `y` of one dtype (`y` already
 * inexact), shapes that broadcast to at least one dimension, and JS-number
 * tolerances, in one native pass (`kernels/isclose.rs`) with the same
 * roundings per element as NumPy's chain of ufuncs. Null when that does not
 * apply, or when the pass raised a flag other than invalid (which NumPy's
 * chain ignores) that `np.seterr` does not ignore either (underflow, by
 * default), so that the chain runs for NumPy's warnings.
 */
function iscloseFused(x: Value, y: Value, rtol: Value, atol: Value, equalNan: boolean): NDArray | null {
  if (!isNDArray(x) || !isNDArray(y) || x.dtype !== y.dtype || typeof rtol !== 'number' || typeof atol !== 'number') {
    return null;
  }
  const dt = x.dtype;
  if (dt.name !== 'float64' && dt.name !== 'float32') return null;
  // The tolerances as NumPy converts Python numbers to the arrays' dtype.
  const [rt, at] = dt.name === 'float32' ? [Math.fround(rtol), Math.fround(atol)] : [rtol, atol];
  const shape = tryBroadcastShapes([x.shape, y.shape]);
  if (shape === null || shape.length === 0 || !Number.isFinite(rt) || !Number.isFinite(at)) return null;
  const tolerance = (v: number) => {
    const t = allocate([], dt);
    (t.data as Float64Array | Float32Array)[0] = v;
    return t;
  };
  const fOrder = [x, y].every((v) => v.ndim < 2 || (v.flags.f_contiguous && !v.flags.c_contiguous));
  const out = allocateForOverwrite(shape, bool, shape.length > 1 && fOrder ? 'F' : 'C');
  const zeros = shape.map(() => 0);
  const flags = native.ufuncCall(
    native.ufuncIndex(equalNan ? '_isclose_nan' : '_isclose'),
    [dt, dt, dt, dt, bool],
    [x, y, tolerance(rt), tolerance(at)],
    [broadcastStrides(x.shape, x.strides, shape), broadcastStrides(y.shape, y.strides, shape), zeros, zeros],
    [out],
  );
  return unignoredFlags(flags & ~FPE_INVALID) === 0 ? out : null;
}

/** Whether every element of a bool result is True. */
function allTrue(r: Value): boolean {
  if (!isNDArray(r)) return Boolean(r);
  // The native `all` reduction (a JS walk over the values cost 30× NumPy).
  return r.all() as boolean;
}

const CLOSE_PARAMS = [
  { name: 'a' },
  { name: 'b' },
  { name: 'rtol', default: 1e-5 },
  { name: 'atol', default: 1e-8 },
  { name: 'equal_nan', default: false, check: checks.bool },
];

/** `np.isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)`: elementwise closeness. */
export function isclose(...args: unknown[]): NDArray | boolean {
  const p = parseArgs('isclose', args, CLOSE_PARAMS);
  return iscloseImpl(p.a, p.b, p.rtol, p.atol, p.equal_nan as boolean) as NDArray | boolean;
}

/** `np.allclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)`: every element close. */
export function allclose(...args: unknown[]): boolean {
  const p = parseArgs('allclose', args, CLOSE_PARAMS);
  return allTrue(iscloseImpl(p.a, p.b, p.rtol, p.atol, p.equal_nan as boolean));
}

function asArrays(a: unknown, b: unknown): [NDArray, NDArray] | null {
  try {
    return [toArray(a, null, null), toArray(b, null, null)];
  } catch {
    return null;
  }
}

const ARRAY_EQUAL_PARAMS: Param[] = [
  { name: 'a1' },
  { name: 'a2' },
  { name: 'equal_nan', default: false, check: checks.bool },
];

/** `np.array_equal(a1, a2, equal_nan=False)`: same shape and elements (NaN equal to NaN with `equal_nan`). */
export function array_equal(...args: unknown[]): boolean {
  const p = parseArgs('array_equal', args, ARRAY_EQUAL_PARAMS);
  const arrays = asArrays(p.a1, p.a2);
  if (arrays === null) return false;
  const [a1, a2] = arrays;
  if (a1.ndim !== a2.ndim || a1.shape.some((n, i) => n !== a2.shape[i])) return false;
  let eq = equal(a1, a2) as Value;
  if (p.equal_nan) eq = logical_or(eq, logical_and(nan(a1), nan(a2))) as Value;
  return allTrue(eq);
}

const ARRAY_EQUIV_PARAMS: Param[] = [{ name: 'a1' }, { name: 'a2' }];

/** `np.array_equiv(a1, a2)`: broadcastable and equal elementwise. */
export function array_equiv(...args: unknown[]): boolean {
  const p = parseArgs('array_equiv', args, ARRAY_EQUIV_PARAMS);
  const arrays = asArrays(p.a1, p.a2);
  if (arrays === null) return false;
  const [a1, a2] = arrays;
  if (tryBroadcastShapes([a1.shape, a2.shape]) === null) return false;
  return allTrue(equal(a1, a2) as Value);
}
