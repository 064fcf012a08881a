/**
 * Conversion of array_like input (API.md §2, §3) into NDArrays:
 * `array`, `asarray`, `asanyarray`, `ascontiguousarray`, `asfortranarray`,
 * `frombuffer`, `copy`, and `astype`.
 *
 * Nested JS arrays are discovered once (shape, then dtype from the values as
 * NumPy's array coercion does: Python scalars are strong here, so `1` is
 * int64 and `1.5` float64; NDArrays and TypedArrays inside contribute their
 * dtype), then written element by element into new memory. TypedArrays and
 * NDArrays are converted with one native cast.
 */
import { type Param, checks, parseArgs, pyTypeName } from '../args';
import { DType, bool, complex128, float64, int64, dtype as toDType, uint64 } from '../dtype/dtype';
import { type Casting, canCastDTypes, promoteTypes } from '../dtype/promotion';
import { OverflowError, ValueError } from '../errors';
import * as native from '../native';
import { Complex } from './complex';
import { warnComplexCast } from './complexwarning';
import { type Scalar, dataView, reader, scalarImag, scalarReal, setSafeInt64, writer } from './elements';
import { FPE_OVERFLOW, reportFloatingPointErrors } from './errstate';
import {
  NDArray,
  type NumberArrayCtor,
  type Order,
  allocate,
  allocateCLike,
  allocateForOverwrite,
  defaultStrides,
  isCContiguous,
  isFContiguous,
  isNDArray,
} from './ndarray';

/** Everything NumPy's array_like covers here. */
export type ArrayLike = NDArray | Scalar | ArrayBufferView | readonly unknown[];

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** The dtype a TypedArray's elements have. */
export function dtypeOfTypedArray(t: ArrayBufferView): DType {
  const tag = Object.prototype.toString.call(t).slice(8, -1);
  const map: Record<string, string> = {
    Float64Array: 'float64',
    Float32Array: 'float32',
    Int8Array: 'int8',
    Int16Array: 'int16',
    Int32Array: 'int32',
    Uint8Array: 'uint8',
    Uint8ClampedArray: 'uint8',
    Uint16Array: 'uint16',
    Uint32Array: 'uint32',
    BigInt64Array: 'int64',
    BigUint64Array: 'uint64',
  };
  const name = map[tag];
  if (!name) throw new TypeError(`cannot convert a ${tag} to an array`);
  return toDType(name);
}

/** A zero-copy NDArray over a TypedArray's elements. */
function wrapTypedArray(t: ArrayBufferView): NDArray {
  const dt = dtypeOfTypedArray(t);
  const n = t.byteLength / dt.itemsize;
  return NDArray._fromParts({
    bytes: new Uint8Array(t.buffer, t.byteOffset, t.byteLength),
    offset: 0,
    dtype: dt,
    shape: [n],
    strides: [dt.itemsize],
    base: null,
    borrowed: true,
  });
}

interface Discovered {
  shape: number[];
  /** Leaves in C order: scalars, or NDArrays standing for sub-blocks. */
  leaves: (Scalar | NDArray)[];
  dtype: DType | null;
}

function scalarDType(x: Scalar): DType {
  if (typeof x === 'boolean') return bool;
  if (typeof x === 'bigint') {
    if (x >= INT64_MIN && x <= INT64_MAX) return int64;
    if (x >= 0n && x <= UINT64_MAX) return uint64;
    throw new OverflowError('Python int too large to convert to C long');
  }
  if (typeof x === 'number') {
    if (Number.isInteger(x) && !Object.is(x, -0)) {
      if (Number.isSafeInteger(x) || (x >= -(2 ** 63) && x < 2 ** 63)) return int64;
      if (x >= 0 && x < 2 ** 64) return uint64;
      throw new OverflowError('Python int too large to convert to C long');
    }
    return float64;
  }
  return complex128;
}

function isScalar(x: unknown): x is Scalar {
  return typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean' || x instanceof Complex;
}

/** Walks nested input once: shape, leaves and the discovered dtype. */
function discover(obj: unknown, inferDType = true): Discovered {
  const out: Discovered = { shape: [], leaves: [], dtype: null };
  const note = (d: DType): void => {
    out.dtype = out.dtype ? promoteTypes(out.dtype, d) : d;
  };
  // Shape from the first path; every other path must agree.
  let probe: unknown = obj;
  for (;;) {
    if (Array.isArray(probe)) {
      out.shape.push(probe.length);
      if (probe.length === 0) break;
      probe = probe[0];
    } else if (isNDArray(probe)) {
      out.shape.push(...probe.shape);
      break;
    } else if (ArrayBuffer.isView(probe) && !(probe instanceof DataView)) {
      out.shape.push(probe.byteLength / dtypeOfTypedArray(probe).itemsize);
      break;
    } else break;
  }
  const ragged = (depth: number): ValueError => {
    const dims = out.shape.slice(0, depth);
    return new ValueError(
      `setting an array element with a sequence. The requested array has an inhomogeneous shape after ${depth} dimensions. The detected shape was (${dims.join(', ')}${dims.length === 1 ? ',' : ''}) + inhomogeneous part.`,
    );
  };
  const walk = (x: unknown, depth: number): void => {
    if (Array.isArray(x)) {
      if (depth >= out.shape.length || x.length !== out.shape[depth]) throw ragged(depth);
      for (const e of x) walk(e, depth + 1);
      return;
    }
    let block: NDArray | null = null;
    if (isNDArray(x)) block = x;
    else if (ArrayBuffer.isView(x) && !(x instanceof DataView)) block = wrapTypedArray(x);
    if (block) {
      const rest = out.shape.slice(depth);
      if (rest.length !== block.ndim || rest.some((s, i) => s !== block.shape[i])) throw ragged(depth);
      note(block.dtype);
      out.leaves.push(block);
      return;
    }
    if (depth !== out.shape.length) throw ragged(depth);
    if (typeof x === 'string') throw new TypeError('str data is not supported yet (string dtypes come later)');
    if (!isScalar(x)) throw new TypeError(`cannot convert ${pyTypeName(x)} to an array element`);
    if (inferDType) note(scalarDType(x));
    out.leaves.push(x);
  };
  walk(obj, 0);
  return out;
}

/**
 * Checks a JS scalar against a dtype as `np.array(x, dtype)` does, with
 * NumPy's errors: an int or float into an integer type must fit once
 * truncated, an int into a float type must be finite, a complex only goes
 * to complex or bool.
 */
export function checkedScalar(x: Scalar, dt: DType): Scalar {
  if (x instanceof Complex && dt.kind !== 'c' && dt.kind !== 'b') {
    throw new TypeError(
      dt.kind === 'f'
        ? "float() argument must be a string or a real number, not 'complex'"
        : "int() argument must be a string, a bytes-like object or a real number, not 'complex'",
    );
  }
  if (dt.kind !== 'i' && dt.kind !== 'u') {
    if (typeof x === 'bigint' && (dt.kind === 'f' || dt.kind === 'c') && !Number.isFinite(Number(x))) {
      throw new OverflowError('int too large to convert to float');
    }
    return x;
  }
  if (typeof x === 'number') {
    if (Number.isNaN(x)) throw new ValueError('cannot convert float NaN to integer');
    if (!Number.isFinite(x)) throw new OverflowError('cannot convert float infinity to integer');
  }
  // A Python float becomes an int first (truncated), then must fit.
  if (typeof x === 'bigint' || typeof x === 'number') {
    const v = typeof x === 'number' ? BigInt(Math.trunc(x)) : x;
    if (v < INT64_MIN || v > UINT64_MAX || (v > INT64_MAX && dt !== uint64)) {
      throw new OverflowError('Python int too large to convert to C long');
    }
    const bits = BigInt(dt.itemsize * 8);
    const lo = dt.kind === 'u' ? 0n : -(2n ** (bits - 1n));
    const hi = dt.kind === 'u' ? 2n ** bits - 1n : 2n ** (bits - 1n) - 1n;
    if (v < lo || v > hi) throw new OverflowError(`Python integer ${v} out of bounds for ${dt.name}`);
    return v;
  }
  return x;
}

/** Builds a new C-order array of `dt` from discovered input. */
function fill(d: Discovered, dt: DType, order: Order): NDArray {
  const out = allocate(d.shape, dt, 'C');
  const v = dataView(out._bytes.buffer);
  const write = writer(dt);
  // NumPy stores each Python number into a float16/float32/complex64
  // array by a cast from double, whose overflow to ±inf it reports
  // ("overflow encountered in cast", once per element): written values are
  // read back to see it.
  const narrow = (dt.kind === 'f' && dt.itemsize < 8) || (dt.kind === 'c' && dt.itemsize < 16);
  const read = narrow ? reader(dt) : null;
  let overflows = 0;
  let at = out._bytes.byteOffset + out._offset;
  const step = dt.itemsize;
  for (const leaf of d.leaves) {
    if (isNDArray(leaf)) {
      const n = leaf.size;
      const target = NDArray._fromParts({
        bytes: out._bytes,
        offset: at - out._bytes.byteOffset,
        dtype: dt,
        shape: leaf.shape,
        strides: defaultStrides(leaf.shape, dt.itemsize),
        base: null,
      });
      warnComplexCast(leaf.dtype, dt);
      native.castCopy(leaf, target);
      at += n * step;
    } else {
      const x = checkedScalar(leaf, dt);
      write(v, at, x);
      if (read !== null && overflowed(x, read(v, at, false))) overflows++;
      at += step;
    }
  }
  for (let k = 0; k < overflows; k++) reportFloatingPointErrors(FPE_OVERFLOW, 'cast');
  return order === 'F' && out.ndim > 1 ? copyAs(out, dt, 'F') : out;
}

/** Whether a finite value (either part of a complex) became infinite when stored. */
function overflowed(x: Scalar, stored: Scalar): boolean {
  return lostFinite(scalarReal(x), scalarReal(stored)) || lostFinite(scalarImag(x), scalarImag(stored));
}

function lostFinite(value: number, stored: number): boolean {
  return Number.isFinite(value) && !Number.isFinite(stored);
}

/** A fresh copy of `a` as `dt` in the given memory order. */
export function copyAs(a: NDArray, dt: DType, order: Order | 'K' | 'A' = 'K'): NDArray {
  // A C-contiguous copy without a cast is a byte copy: for small arrays
  // `Uint8Array.prototype.set` (a memmove) costs less than the native call.
  if (order !== 'F' && isCContiguous(a)) {
    const size = a.size;
    if (dt === a.dtype) {
      const nbytes = size * dt.itemsize;
      // (A detached or too short buffer goes to the native call, which
      // rejects it with rumpy's error.)
      if (nbytes <= JS_COPY_MAX_BYTES && a._offset + nbytes <= a._bytes.length) {
        const out = allocateCLike(a.shape, size, dt, a.strides);
        if (nbytes > 0) out._bytes.set(a._bytes.subarray(a._offset, a._offset + nbytes), out._offset);
        return out;
      }
    }
    // (A C-contiguous array's copy in order C, K or A is C-ordered: an
    // array that is both C- and F-contiguous is copied in C order.)
    const out = allocateCLike(a.shape, size, dt, a.strides);
    if (size > JS_CAST_MAX || !castSmallInJs(a, out, size)) native.castCopy(a, out);
    return out;
  }
  const resolved: Order = resolveOrder(a, order);
  const out = allocateForOverwrite(a.shape, dt, resolved);
  native.castCopy(a, out);
  return out;
}

/** Largest C-contiguous copy `copyAs` makes in JS rather than natively (threads help above it). */
const JS_COPY_MAX_BYTES = 256 * 1024;

/** The smallest normal float32, 2^-126. */
const FLOAT32_MIN_NORMAL = 1.1754943508222875e-38;

/** Most elements `castSmallInJs` converts (where the native call's fixed cost dominates). */
const JS_CAST_MAX = 256;

/** Element types `castSmallInJs` reads (every value converts to float32/float64 as C's cast does), and their views. */
const JS_CAST_FROM = new Map<string, NumberArrayCtor>([
  ['float64', Float64Array],
  ['float32', Float32Array],
  ['int8', Int8Array],
  ['int16', Int16Array],
  ['int32', Int32Array],
  ['uint8', Uint8Array],
  ['uint16', Uint16Array],
  ['uint32', Uint32Array],
]);

/**
 * Casts the `size` elements of C-contiguous `a` into the new C-contiguous
 * `out` with TypedArray conversion, when that is NumPy's cast: to float32
 * or float64 from the types above (rounding to nearest even, as C's cast).
 * Returns false, writing nothing that matters, when it does not apply: other
 * types, misaligned data, or a result that is not finite or underflowed
 * (NaN payloads and the cast's overflow/underflow reports are left to the
 * native cast).
 */
function castSmallInJs(a: NDArray, out: NDArray, size: number): boolean {
  const to = out.dtype.name;
  const Src = JS_CAST_FROM.get(a.dtype.name);
  if ((to !== 'float64' && to !== 'float32') || Src === undefined) return false;
  const src = a._bytes;
  const at = src.byteOffset + a._offset;
  if (at % a.itemsize !== 0 || a._offset + size * a.itemsize > src.length) return false;
  const Dst = to === 'float64' ? Float64Array : Float32Array;
  const dst = new Dst(out._bytes.buffer as ArrayBuffer, out._bytes.byteOffset + out._offset, size);
  const from = new Src(src.buffer as ArrayBuffer, at, size);
  dst.set(from);
  // float64 → float32 can also underflow: a nonzero input that became
  // zero or subnormal.
  const narrowing = to === 'float32' && Src === Float64Array;
  for (let i = 0; i < size; i++) {
    const v = dst[i];
    if (v - v !== 0) return false;
    if (narrowing && (v === 0 ? from[i] !== 0 : Math.abs(v) < FLOAT32_MIN_NORMAL)) return false;
  }
  return true;
}

/** NumPy's order resolution for a copy of `a`: K and A keep F-contiguous. */
export function resolveOrder(a: NDArray, order: Order | 'K' | 'A'): Order {
  if (order === 'C' || order === 'F') return order;
  return a.ndim > 1 && isFContiguous(a) && !isCContiguous(a) ? 'F' : 'C';
}

/** A dtype argument: whatever `np.dtype()` accepts, with its error otherwise. */
const dtypeCheck = (v: unknown): Error | null => {
  try {
    toDType(v);
    return null;
  } catch (e) {
    return e as Error;
  }
};

/** Converts any array_like with the dtype rules of `np.array`. */
export function toArray(
  obj: unknown,
  dt: DType | null = null,
  copy: boolean | null = true,
  order: Order | 'K' | 'A' = 'K',
): NDArray {
  if (isNDArray(obj)) {
    const target = dt ?? obj.dtype;
    const needsCopy = target !== obj.dtype || !orderSatisfied(obj, order);
    if (!needsCopy && copy !== true) return obj;
    if (copy === false) throw new ValueError('Unable to avoid copy while creating an array as requested.');
    warnComplexCast(obj.dtype, target);
    return copyAs(obj, target, order);
  }
  if (ArrayBuffer.isView(obj) && !(obj instanceof DataView) && !Buffer.isBuffer(obj)) {
    return toArray(wrapTypedArray(obj), dt, copy, order);
  }
  if (ArrayBuffer.isView(obj) && Buffer.isBuffer(obj)) return toArray(wrapTypedArray(obj), dt, copy, order);
  if (copy === false && !isNDArray(obj)) {
    throw new ValueError('Unable to avoid copy while creating an array as requested.');
  }
  const d = discover(obj, dt === null);
  const target = dt ?? d.dtype ?? float64;
  return fill(d, target, order === 'F' ? 'F' : 'C');
}

function orderSatisfied(a: NDArray, order: Order | 'K' | 'A'): boolean {
  if (order === 'C') return a.flags.c_contiguous;
  if (order === 'F') return a.flags.f_contiguous;
  return true;
}

/** NumPy's `copy=` converter: True/False/None (strings are refused with a ValueError). */
function copyCheck(v: unknown): Error | null {
  if (typeof v === 'string') {
    return new ValueError("strings are not allowed for 'copy' keyword. Use True/False/None instead.");
  }
  return null;
}

/** NumPy's `ndmin=` converter (a C int). */
function ndminCheck(v: unknown): Error | null {
  if (typeof v === 'number' && !Number.isInteger(v)) return new TypeError('integer argument expected, got float');
  return checks.index(v) as Error | null;
}

const arrayParams: Param[] = [
  { name: 'object' },
  { name: 'dtype', default: null, check: dtypeCheck },
  { name: 'copy', default: true, kwOnly: true, check: copyCheck },
  { name: 'order', default: 'K', kwOnly: true, check: checks.order('C', 'F', 'A', 'K') },
  { name: 'subok', default: false, kwOnly: true, check: checks.bool },
  { name: 'ndmin', default: 0, kwOnly: true, check: ndminCheck },
  { name: 'like', default: null, kwOnly: true },
];

function withNdmin(a: NDArray, ndmin: number): NDArray {
  if (a.ndim >= ndmin) return a;
  const pad = ndmin - a.ndim;
  return a._view(a._offset, [...new Array(pad).fill(1), ...a.shape], [...new Array(pad).fill(0), ...a.strides]);
}

/** `np.array(object, dtype=None, *, copy=True, order='K', subok=False, ndmin=0)`. */
export function array(...args: unknown[]): NDArray {
  if (args.length === 1 && Array.isArray(args[0])) {
    const quick = arrayOfNumbers(args[0]);
    if (quick !== null) return quick;
  }
  const p = parseArgs('array', args, arrayParams, 'npy');
  const dt = p.dtype === null ? null : toDType(p.dtype);
  const copy = p.copy as boolean | null;
  const a = toArray(p.object, dt, copy, (p.order ?? 'K') as Order | 'K' | 'A');
  return withNdmin(a, p.ndmin as number);
}

/**
 * `np.array(list)` of a flat or rectangular 2-level list of JS numbers,
 * the everyday literal: int64 when every number is a safe integer (a
 * Python int; not -0.0), else float64 (NumPy's promotion of ints with
 * floats). Null for anything else (other element types, ragged or deeper
 * nesting, integers beyond 2^53, an empty list), which the general path
 * converts with NumPy's rules and errors.
 */
function arrayOfNumbers(list: unknown[]): NDArray | null {
  const rows = list.length;
  if (rows === 0) return null;
  const first = list[0];
  const nested = Array.isArray(first);
  const cols = nested ? (first as unknown[]).length : 1;
  if (nested && cols === 0) return null;
  let floats = false;
  for (let i = 0; i < rows; i++) {
    const row = list[i];
    if (nested && (!Array.isArray(row) || row.length !== cols)) return null;
    for (let j = 0; j < cols; j++) {
      const x = nested ? (row as unknown[])[j] : row;
      if (typeof x !== 'number') return null;
      if (Number.isSafeInteger(x) && !Object.is(x, -0)) continue;
      // An integer beyond 2^53 (a big Python int) takes the general path.
      if (Number.isInteger(x) && !Object.is(x, -0)) return null;
      floats = true;
    }
  }
  const out = allocateForOverwrite(nested ? [rows, cols] : [rows], floats ? float64 : int64);
  const v = dataView(out._bytes.buffer);
  let at = out._bytes.byteOffset + out._offset;
  for (let i = 0; i < rows; i++) {
    const row = list[i];
    for (let j = 0; j < cols; j++) {
      const x = (nested ? (row as number[])[j] : row) as number;
      if (floats) v.setFloat64(at, x, true);
      else setSafeInt64(v, at, x);
      at += 8;
    }
  }
  return out;
}

const asParams: Param[] = [
  { name: 'a' },
  { name: 'dtype', default: null, check: dtypeCheck },
  { name: 'order', default: null, check: checks.order('C', 'F', 'A', 'K') },
  { name: 'device', default: null, kwOnly: true },
  { name: 'copy', default: null, kwOnly: true, check: copyCheck },
  { name: 'like', default: null, kwOnly: true },
];

/** `np.asarray(a, dtype=None, order=None, *, copy=None)`: no copy when possible. */
export function asarray(...args: unknown[]): NDArray {
  const p = parseArgs('asarray', args, asParams, 'npy');
  const dt = p.dtype === null ? null : toDType(p.dtype);
  const order = (p.order ?? 'K') as Order | 'K' | 'A';
  const copy = p.copy as boolean | null;
  if (ArrayBuffer.isView(p.a) && !(p.a instanceof DataView)) {
    const wrapped = wrapTypedArray(p.a);
    return toArray(wrapped, dt, copy ?? null, order);
  }
  if (!isNDArray(p.a)) return toArray(p.a, dt, copy !== false, order);
  return toArray(p.a, dt, copy, order);
}

/** `np.asanyarray`: the same as `asarray` (rumpy has no ndarray subclasses). */
export function asanyarray(...args: unknown[]): NDArray {
  const p = parseArgs('asanyarray', args, asParams, 'npy');
  return asarray(p.a, { dtype: p.dtype, order: p.order ?? undefined, copy: p.copy ?? undefined });
}

const contigParams: Param[] = [
  { name: 'a' },
  { name: 'dtype', default: null, check: dtypeCheck },
  { name: 'like', default: null, kwOnly: true },
];

/** `np.ascontiguousarray(a, dtype=None)`: C-contiguous, at least 1-d. */
export function ascontiguousarray(...args: unknown[]): NDArray {
  const p = parseArgs('ascontiguousarray', args, contigParams, 'npy');
  const a = asarray(p.a, { dtype: p.dtype, order: 'C' });
  return a.ndim === 0 ? withNdmin(a, 1) : a;
}

/** `np.asfortranarray(a, dtype=None)`: F-contiguous, at least 1-d. */
export function asfortranarray(...args: unknown[]): NDArray {
  const p = parseArgs('asfortranarray', args, contigParams, 'npy');
  const a = asarray(p.a, { dtype: p.dtype, order: 'F' });
  return a.ndim === 0 ? withNdmin(a, 1) : a;
}

const copyParams: Param[] = [
  { name: 'a' },
  { name: 'order', default: 'K', check: checks.order('C', 'F', 'A', 'K') },
  { name: 'subok', default: false, check: checks.bool },
];

/** `np.copy(a, order='K')`. */
export function copy(...args: unknown[]): NDArray {
  const p = parseArgs('copy', args, copyParams);
  const a = toArray(p.a, null, null);
  return copyAs(a, a.dtype, (p.order ?? 'K') as Order | 'K' | 'A');
}

const frombufferParams: Param[] = [
  { name: 'buffer' },
  { name: 'dtype', default: 'float64', check: dtypeCheck },
  { name: 'count', default: -1, check: checks.index },
  { name: 'offset', default: 0, check: checks.index },
  { name: 'like', default: null, kwOnly: true },
];

/**
 * `np.frombuffer(buffer, dtype=float, count=-1, offset=0)`: a 1-d array that
 * shares memory with an ArrayBuffer, SharedArrayBuffer, Buffer or TypedArray.
 */
export function frombuffer(...args: unknown[]): NDArray {
  const p = parseArgs('frombuffer', args, frombufferParams, 'capi');
  const buf = p.buffer;
  let bytes: Uint8Array;
  if (ArrayBuffer.isView(buf)) bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  else if (isArrayBufferLike(buf)) bytes = new Uint8Array(buf);
  else throw new TypeError(`a bytes-like object is required, not '${pyTypeName(buf)}'`);
  const dt = toDType(p.dtype);
  const offset = Number(p.offset);
  let count = Number(p.count);
  const len = bytes.byteLength;
  if (offset < 0 || offset > len)
    throw new ValueError('offset must be non-negative and no greater than buffer length (' + len + ')');
  if (count < 0) {
    if ((len - offset) % dt.itemsize !== 0) throw new ValueError('buffer size must be a multiple of element size');
    count = (len - offset) / dt.itemsize;
  } else if (len - offset < count * dt.itemsize) {
    throw new ValueError('buffer is smaller than requested size');
  }
  return NDArray._fromParts({
    bytes,
    offset,
    dtype: dt,
    shape: [count],
    strides: [dt.itemsize],
    base: null,
    borrowed: true,
  });
}

/** True for ArrayBuffer or SharedArrayBuffer, from any realm. */
export function isArrayBufferLike(x: unknown): x is ArrayBufferLike {
  const tag = Object.prototype.toString.call(x);
  return tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]';
}

/** The dtype a string names, or null where `np.dtype` would raise. */
function knownDType(spec: string): DType | null {
  try {
    return toDType(spec);
  } catch {
    return null;
  }
}

const astypeParams: Param[] = [
  { name: 'dtype', check: dtypeCheck },
  { name: 'order', default: 'K', check: checks.order('C', 'F', 'A', 'K') },
  { name: 'casting', default: 'unsafe', check: checks.casting },
  { name: 'subok', default: true, check: checks.bool },
  { name: 'copy', default: true },
];

/**
 * `ndarray.astype(dtype, order='K', casting='unsafe', subok=True, copy=True)`:
 * a copy cast with NumPy's C cast semantics (see native/src/kernels/cast.rs),
 * refused with a TypeError when `casting` does not allow the dtype pair;
 * with a falsy `copy`, `a` itself when the dtype and order already match.
 * `order=null` is 'K'. NumPy 2.4's `casting='same_value'` is not supported.
 */
export function astype(a: NDArray, args: unknown[]): NDArray {
  // `a.astype(dtype)` alone, the usual call: the defaults (order K, casting
  // 'unsafe', which allows every cast, copy) need no parsing. A dtype that
  // does not parse takes the general path below for its error.
  if (args.length === 1) {
    const spec = args[0];
    const dt = spec instanceof DType ? spec : typeof spec === 'string' ? knownDType(spec) : null;
    if (dt !== null) {
      warnComplexCast(a.dtype, dt);
      return copyAs(a, dt, 'K');
    }
  }
  const p = parseArgs('astype', args, astypeParams, 'npy');
  const dt = toDType(p.dtype);
  const casting = p.casting as Casting;
  if (!canCastDTypes(a.dtype, dt, casting)) {
    throw new TypeError(
      `Cannot cast array data from dtype('${a.dtype.name}') to dtype('${dt.name}') according to the rule '${casting}'`,
    );
  }
  const order = (p.order ?? 'K') as Order | 'K' | 'A';
  if (!p.copy && dt === a.dtype && orderSatisfied(a, order)) return a;
  warnComplexCast(a.dtype, dt);
  return copyAs(a, dt, order);
}
