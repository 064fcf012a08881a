/**
 * Numerical ranges: `arange`, `linspace`, `logspace`, `geomspace`, each
 * following NumPy's algorithm step by step so results agree bit for bit
 * (`logspace`/`geomspace` use the `power`/`log10` ufuncs).
 */
import { type Param, checks, parseArgs } from '../args';
import {
  type DType,
  bool,
  complex64,
  complex128,
  float16,
  float32,
  float64,
  int64,
  dtype as toDType,
  uint64,
} from '../dtype/dtype';
import { type WeakKind, promoteTypes, resultTypeOf, weakKindOf } from '../dtype/promotion';
import { AxisError, ValueError } from '../errors';
import * as native from '../native';
import { divide, log10, multiply, power, sign } from '../ufunc';
import type { Ufunc } from '../ufunc/ufunc';
import { Complex } from './complex';
import { warnComplexCast } from './complexwarning';
import { toArray } from './convert';
import { broadcastShapes, broadcastView, checkDevice, newArray, toIndex } from './creation';
import { dataView, roundToHalf, setSafeInt64, writer } from './elements';
import { type NDArray, defaultStrides, isNDArray, shapeSize } from './ndarray';
import { type PyScalar, pyAdd, pyIsZero, pySub, pyTrueDiv, setitemValue, toPyScalar } from './pyscalar';

const INTP_MAX = 2 ** 63;

const arangeParams: Param[] = [
  { name: 'start', optional: true },
  { name: 'stop', default: null },
  { name: 'step', default: null },
  { name: 'dtype', default: null },
  { name: 'device', default: null, kwOnly: true },
  { name: 'like', default: null, kwOnly: true },
];

/** An arange bound as a Python scalar, with NumPy's errors for other input. */
function arangeScalar(x: unknown): PyScalar {
  if (typeof x === 'string') {
    throw new TypeError("arange() not supported for inputs with DType <class 'numpy.dtypes.StrDType'>.");
  }
  if (isNDArray(x) && x.ndim > 0) {
    if (x.size === 1) throw new TypeError('only 0-dimensional arrays can be converted to Python scalars');
    throw new ValueError('The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()');
  }
  const s = toPyScalar(x);
  if (s === null) {
    throw new TypeError(`unsupported operand type(s) for -: '${pyTypeNameOf(x)}' and 'int'`);
  }
  return s;
}

function pyTypeNameOf(x: unknown): string {
  return x === null || x === undefined ? 'NoneType' : Array.isArray(x) ? 'list' : typeof x;
}

/** NumPy's `PyArray_DescrFromObject` for one arange argument. */
function descrOf(x: unknown, s: PyScalar): DType {
  if (isNDArray(x)) return x.dtype;
  switch (s.k) {
    case 'b':
      return bool;
    case 'f':
      return float64;
    case 'c':
      return complex128;
    default:
      if (s.v >= -(2n ** 63n) && s.v < 2n ** 63n) return int64;
      if (s.v >= 0n && s.v < 2n ** 64n) return uint64;
      throw new TypeError('arange() of Python integers beyond 64 bits needs object arrays, which rumpy does not have');
  }
}

/** Python `ceil` to a length, with NumPy's arange errors. */
function ceilLength(value: number): number {
  const c = Math.ceil(value);
  if (Number.isNaN(c)) throw new ValueError('arange: cannot compute length');
  if (!(c >= -INTP_MAX && c < INTP_MAX)) throw new ValueError('Maximum allowed size exceeded');
  return c;
}

/**
 * `np.arange([start,] stop[, step,], dtype=None, *, device=None, like=None)`.
 *
 * As NumPy: the length is `ceil((stop - start) / step)` computed with the
 * Python scalars themselves (exact ints, true division; complex takes the
 * smaller of the ceilings of both parts); without `dtype` the result type is
 * int64 promoted with each argument's own dtype; `start` and `start + step`
 * are stored in the dtype, and the rest is `a[0] + i·(a[1] − a[0])` in the
 * dtype's arithmetic (native `arangeFill`).
 */
export function arange(...args: unknown[]): NDArray {
  const small = arangeOfSmallInts(args);
  if (small !== null) return small;
  const p = parseArgs('arange', args, arangeParams);
  checkDevice(p.device);
  const startGiven = p.start !== undefined && p.start !== null;
  const stopGiven = p.stop !== null;
  const startIsPositional = args.length > 0 && startGiven && Object.is(args[0], p.start);
  if (!stopGiven && (!startGiven || !startIsPositional)) {
    throw new TypeError('arange() requires stop to be specified.');
  }
  const raw = [p.start ?? null, p.stop, p.step].filter((x) => x !== null);
  const scalars = raw.map(arangeScalar);
  let dt: DType;
  if (p.dtype !== null) {
    dt = toDType(p.dtype);
  } else {
    dt = int64;
    raw.forEach((x, i) => {
      dt = promoteTypes(dt, descrOf(x, scalars[i]));
    });
  }
  let start: PyScalar = startGiven ? arangeScalar(p.start) : { k: 'i', v: 0n };
  let stop: PyScalar = stopGiven ? arangeScalar(p.stop) : start;
  if (!stopGiven) {
    stop = start;
    start = { k: 'i', v: 0n };
  } else if (!startGiven) {
    start = { k: 'i', v: 0n };
  }
  const step: PyScalar = p.step === null ? { k: 'i', v: 1n } : arangeScalar(p.step);

  const diff = pySub(stop, start);
  const diffNonZero = !pyIsZero(diff);
  const val = pyTrueDiv(diff, step);
  let length: number;
  if (dt.kind === 'c' && val.k === 'c') {
    length = Math.min(ceilLength(val.re), ceilLength(val.im));
  } else {
    if (val.k === 'c') throw new TypeError('must be real number, not complex');
    const v = val.k === 'f' ? val.v : Number(val.k === 'b' ? +val.v : val.v);
    if (pyIsZero(val) && diffNonZero) length = Object.is(v, -0) || v < 0 ? 0 : 1;
    else length = ceilLength(v);
  }
  if (length <= 0) length = 0;
  const out = newArray([length], dt);
  if (length === 0) return out;
  const view = dataView(out._bytes.buffer);
  const write = writer(dt);
  const at = out._bytes.byteOffset + out._offset;
  write(view, at, setitemValue(start, dt));
  if (length === 1) return out;
  write(view, at + dt.itemsize, setitemValue(pyAdd(start, step), dt));
  if (length === 2) return out;
  if (dt === bool) {
    throw new TypeError('arange() is only supported for booleans when the result has at most length 2.');
  }
  native.arangeFill(out);
  return out;
}

/** Bound on the JS integers `arangeOfSmallInts` takes (the values it makes then stay exact doubles). */
const SMALL_INT = 2 ** 31;
/** Longest result `arangeOfSmallInts` writes in JS rather than with the native fill. */
const JS_FILL_MAX = 64;

/** Whether `x` is a JS integer (a Python int: not -0) of magnitude at most `SMALL_INT`. */
function smallInt(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && Math.abs(x) <= SMALL_INT && !Object.is(x, -0);
}

/**
 * `np.arange(stop)`, `(start, stop)` or `(start, stop, step)` of small
 * Python ints and no options, the everyday form: int64, length
 * `ceil((stop - start) / step)` (exact here: every quantity is an integer
 * below 2^33, and the one division is correctly rounded as Python's is),
 * elements `start + i·step`. Null for anything else, which the general
 * path handles (a zero step is its error).
 */
function arangeOfSmallInts(args: readonly unknown[]): NDArray | null {
  const n = args.length;
  if (n === 0 || n > 3 || !smallInt(args[0])) return null;
  let start = 0;
  let stop = args[0];
  let step = 1;
  if (n > 1) {
    if (!smallInt(args[1])) return null;
    start = stop;
    stop = args[1];
    if (n === 3) {
      if (!smallInt(args[2]) || args[2] === 0) return null;
      step = args[2];
    }
  }
  const length = Math.max(0, Math.ceil((stop - start) / step));
  const out = newArray([length], int64, 'C', true);
  if (length === 0) return out;
  const view = dataView(out._bytes.buffer);
  const at = out._bytes.byteOffset + out._offset;
  const count = length <= JS_FILL_MAX ? length : 2;
  for (let i = 0; i < count; i++) {
    // (|start + i·step| < 2^33: a safe integer.)
    setSafeInt64(view, at + 8 * i, start + i * step);
  }
  if (length > count) native.arangeFill(out);
  return out;
}

/** The weak kind of a JS scalar, or null for array input (strong). */
function weakOf(x: unknown): WeakKind | null {
  return isNDArray(x) ? null : weakKindOf(x);
}

/** `moveaxis(y, 0, axis)` as a view, with NumPy's AxisError. */
export function moveFirstAxis(y: NDArray, axis: number): NDArray {
  const nd = y.ndim;
  if (!Number.isInteger(axis) || axis < -nd || axis >= nd) {
    throw new AxisError(`destination: axis ${axis} is out of bounds for array of dimension ${nd}`);
  }
  const dest = axis < 0 ? axis + nd : axis;
  if (dest === 0) return y;
  const order = y.shape.map((_, i) => i).slice(1);
  order.splice(dest, 0, 0);
  return y._view(
    y._offset,
    order.map((i) => y.shape[i]),
    order.map((i) => y.strides[i]),
  );
}

/** Broadcast shapes with the ufunc error message NumPy gives. */
function ufuncBroadcast(...shapes: (readonly number[])[]): number[] {
  try {
    return broadcastShapes(...shapes);
  } catch {
    const text = shapes.map((s) => (s.length === 1 ? `(${s[0]},)` : `(${s.join(',')})`)).join(' ');
    throw new ValueError(`operands could not be broadcast together with shapes ${text} `);
  }
}

/** The real component dtype of a float or complex dtype. */
function componentOf(dt: DType): DType {
  return dt === complex64 ? float32 : dt === complex128 ? float64 : dt;
}

/** A contiguous copy of `a` broadcast to `shape`, as `dt`. */
function materialize(a: NDArray, shape: readonly number[], dt: DType): NDArray {
  const out = newArray(shape, dt);
  const b = broadcastView(a, shape) as NDArray;
  native.castCopy(b, out);
  return out;
}

/** A real view of a contiguous complex array: last axis doubled. */
function realView(a: NDArray): NDArray {
  if (a.dtype.kind !== 'c') return a;
  const comp = componentOf(a.dtype);
  const shape = [shapeSize(a.shape) * 2];
  return a._view(a._offset, shape, [comp.itemsize], comp);
}

interface LinspaceResult {
  y: NDArray;
  step: unknown;
}

/**
 * NumPy's linspace on converted inputs: computation dtype `dt` (float or
 * complex), result `[num, ...broadcast shape]` before the axis move.
 */
function linspaceCore(
  startIn: unknown,
  stopIn: unknown,
  num: number,
  endpoint: boolean,
  dtypeArg: DType | null,
  axis: number,
): LinspaceResult {
  const start = toArray(startIn, null, null);
  const stop = toArray(stopIn, null, null);
  const strong: DType[] = [];
  const weak: WeakKind[] = ['f'];
  for (const [orig, arr] of [
    [startIn, start],
    [stopIn, stop],
  ] as const) {
    const w = weakOf(orig);
    if (w) weak.push(w);
    else strong.push(arr.dtype);
  }
  let dt = resultTypeOf(strong, weak);
  if (dt.kind !== 'f' && dt.kind !== 'c') dt = float64;
  const S = ufuncBroadcast(stop.shape, start.shape);
  const m = shapeSize(S);
  const integer = dtypeArg !== null && (dtypeArg.kind === 'i' || dtypeArg.kind === 'u');
  const s = materialize(start, S, dt);
  const e = materialize(stop, S, dt);
  const y = newArray([num, ...S], dt);
  if (integer && dt.kind === 'c') {
    throw new TypeError(
      "ufunc 'floor' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''",
    );
  }
  if (num > 0 && m > 0) {
    const comp = componentOf(dt);
    const width = dt.kind === 'c' ? 2 * m : m;
    const y2 = y._view(y._offset, [num, width], [width * comp.itemsize, comp.itemsize], comp);
    native.linspaceFill(y2, realView(s), realView(e), endpoint, dt.kind === 'c', integer);
  }
  const div = endpoint ? num - 1 : num;
  const step = stepOf(s, e, div, dt, S);
  let result = moveFirstAxis(y, axis);
  if (dtypeArg !== null && dtypeArg !== dt) {
    warnComplexCast(dt, dtypeArg);
    const cast = newArray(result.shape, dtypeArg);
    native.castCopy(result, cast);
    result = cast;
  }
  return { y: result, step };
}

/**
 * linspace's `step = delta / div` (NaN when `div <= 0`), per (start, stop)
 * pair in `dt`'s precision: a JS value for scalar input, else an array.
 */
function stepOf(s: NDArray, e: NDArray, div: number, dt: DType, S: readonly number[]): unknown {
  if (div <= 0) return Number.NaN;
  const round =
    componentOf(dt) === float32 ? Math.fround : componentOf(dt) === float16 ? roundToHalf : (x: number) => x;
  const d = round(div);
  const sv = s._values();
  const ev = e._values();
  const out = sv.map((a, i) => {
    const b = ev[i];
    if (a instanceof Complex && b instanceof Complex) {
      const dr = round(b.re - a.re);
      const di = round(b.im - a.im);
      const rat = round(0 / d);
      const scl = round(1 / round(d + round(0 * rat)));
      return new Complex(round(round(dr + round(di * rat)) * scl), round(round(di - round(dr * rat)) * scl));
    }
    return round(round((b as number) - (a as number)) / d);
  });
  if (S.length === 0) return out[0];
  const flat = toArray(out, dt);
  return flat._view(flat._offset, S, defaultStrides(S, dt.itemsize));
}

const linspaceParams: Param[] = [
  { name: 'start' },
  { name: 'stop' },
  { name: 'num', default: 50 },
  { name: 'endpoint', default: true, check: checks.bool },
  { name: 'retstep', default: false, check: checks.bool },
  { name: 'dtype', default: null },
  { name: 'axis', default: 0, check: checks.int },
  { name: 'device', default: null, kwOnly: true },
];

function parseNum(num: unknown): number {
  const n = typeof num === 'boolean' ? +num : toIndex(num);
  if (n < 0) throw new ValueError(`Number of samples, ${n}, must be non-negative.`);
  return n;
}

/**
 * `np.linspace(start, stop, num=50, endpoint=True, retstep=False,
 * dtype=None, axis=0, *, device=None)`. `start`/`stop` may be arrays; they
 * broadcast and the samples run along a new axis `axis`. With `retstep` the
 * result is `[samples, step]`.
 */
export function linspace(...args: unknown[]): NDArray | [NDArray, unknown] {
  const p = parseArgs('linspace', args, linspaceParams);
  checkDevice(p.device);
  const num = parseNum(p.num);
  const dt = p.dtype === null ? null : toDType(p.dtype);
  const r = linspaceCore(p.start, p.stop, num, p.endpoint as boolean, dt, Number(p.axis));
  return p.retstep ? [r.y, r.step] : r.y;
}

type MathOp = 'power' | 'log10' | 'sign' | 'divide' | 'multiply';
const UFUNCS: Record<MathOp, Ufunc> = { power, log10, sign, divide, multiply };

/**
 * Broadcasts `a` and `b`, casts both to `dt` (float16 works in float32, as
 * NumPy's float16 loops do) and returns the ufunc `op(a, b)` in C order.
 */
function binaryMath(op: MathOp, a: NDArray, b: NDArray, dt: DType): NDArray {
  const shape = ufuncBroadcast(a.shape, b.shape);
  const work = dt === float16 ? float32 : dt;
  const x = materialize(a, shape, work);
  const y = materialize(b, shape, work);
  const out = newArray(shape, work);
  UFUNCS[op](x, y, { out });
  if (work === dt) return out;
  const cast = newArray(shape, dt);
  native.castCopy(out, cast);
  return cast;
}

function unaryMath(op: MathOp, a: NDArray, dt: DType): NDArray {
  const shape = a.shape;
  const work = dt === float16 ? float32 : dt;
  const x = materialize(a, shape, work);
  const out = newArray(shape, work);
  UFUNCS[op](x, { out });
  if (work === dt) return out;
  const cast = newArray(shape, dt);
  native.castCopy(out, cast);
  return cast;
}

const logspaceParams: Param[] = [
  { name: 'start' },
  { name: 'stop' },
  { name: 'num', default: 50 },
  { name: 'endpoint', default: true, check: checks.bool },
  { name: 'base', default: 10.0 },
  { name: 'dtype', default: null },
  { name: 'axis', default: 0, check: checks.int },
];

/**
 * `np.logspace(start, stop, num=50, endpoint=True, base=10.0, dtype=None,
 * axis=0)`: `power(base, linspace(start, stop, num, endpoint, axis=axis))`.
 * An array `base` broadcasts with `start`/`stop` and gains the new axis.
 */
export function logspace(...args: unknown[]): NDArray {
  const p = parseArgs('logspace', args, logspaceParams);
  const num = parseNum(p.num);
  const axis = Number(p.axis);
  let start = p.start;
  let stop = p.stop;
  let base: NDArray;
  const baseArr = toArray(p.base, null, null);
  const baseWeak = weakOf(p.base);
  if (baseArr.ndim > 0) {
    const s = toArray(start, null, null);
    const e = toArray(stop, null, null);
    const nd = Math.max(s.ndim, e.ndim, baseArr.ndim);
    const pad = (a: NDArray): NDArray =>
      a._view(a._offset, [...Array(nd - a.ndim).fill(1), ...a.shape], [...Array(nd - a.ndim).fill(0), ...a.strides]);
    start = pad(s);
    stop = pad(e);
    const b = pad(baseArr);
    const ax = axis < 0 ? axis + nd + 1 : axis;
    if (ax < 0 || ax > nd) throw new AxisError(`axis ${axis} is out of bounds for array of dimension ${nd + 1}`);
    const shape = [...b.shape];
    const strides = [...b.strides];
    shape.splice(ax, 0, 1);
    strides.splice(ax, 0, 0);
    base = b._view(b._offset, shape, strides);
  } else {
    base = baseArr;
  }
  const y = linspaceCore(start, stop, num, p.endpoint as boolean, null, axis).y;
  const dt = baseWeak ? resultTypeOf([y.dtype], [baseWeak]) : resultTypeOf([y.dtype, base.dtype], []);
  let out = binaryMath('power', base, y, dt);
  if (p.dtype !== null) {
    const want = toDType(p.dtype);
    if (want !== out.dtype) {
      warnComplexCast(out.dtype, want);
      const cast = newArray(out.shape, want);
      native.castCopy(out, cast);
      out = cast;
    }
  }
  return out;
}

const geomspaceParams: Param[] = [
  { name: 'start' },
  { name: 'stop' },
  { name: 'num', default: 50 },
  { name: 'endpoint', default: true, check: checks.bool },
  { name: 'dtype', default: null },
  { name: 'axis', default: 0, check: checks.int },
];

/**
 * `np.geomspace(start, stop, num=50, endpoint=True, dtype=None, axis=0)`:
 * rotates `start` onto the positive real axis (divides both ends by
 * `sign(start)`), takes `logspace` of the base-10 logs, writes the exact end
 * points back, and rotates back. Zero ends are a ValueError.
 */
export function geomspace(...args: unknown[]): NDArray {
  const p = parseArgs('geomspace', args, geomspaceParams);
  const num = parseNum(p.num);
  const axis = Number(p.axis);
  const start0 = toArray(p.start, null, null);
  const stop0 = toArray(p.stop, null, null);
  const isZero = (v: unknown): boolean => (v instanceof Complex ? v.re === 0 && v.im === 0 : Number(v) === 0);
  if (start0._values().some(isZero) || stop0._values().some(isZero)) {
    throw new ValueError('Geometric sequence cannot include zero');
  }
  const want = p.dtype === null ? null : toDType(p.dtype);
  const dt = resultTypeOf([start0.dtype, stop0.dtype, want ?? float64], ['f']);
  const S = ufuncBroadcast(stop0.shape, start0.shape);
  const s = materialize(start0, S, dt);
  const e = materialize(stop0, S, dt);
  const sign = unaryMath('sign', s, dt);
  const s2 = binaryMath('divide', s, sign, dt);
  const e2 = binaryMath('divide', e, sign, dt);
  const y = linspaceCore(unaryMath('log10', s2, dt), unaryMath('log10', e2, dt), num, p.endpoint as boolean, null, 0).y;
  const ten = materialize(toArray(10.0, dt), y.shape, dt);
  const r = binaryMath('power', ten, y, dt);
  const rowStride = r.strides[0];
  const row = (i: number): NDArray => r._view(r._offset + i * rowStride, S, r.strides.slice(1));
  if (num > 0) native.castCopy(s2, row(0));
  if (num > 1 && p.endpoint) native.castCopy(e2, row(num - 1));
  let result = binaryMath('multiply', r, sign, dt);
  result = moveFirstAxis(result, axis);
  if (want !== null && want !== dt) {
    warnComplexCast(dt, want);
    const cast = newArray(result.shape, want);
    native.castCopy(result, cast);
    result = cast;
  }
  return result;
}
