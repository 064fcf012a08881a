/**
 * Ufunc objects and the call pipeline (designs/0005-ufunc-engine.md):
 * arguments → operands (arrays strong, JS scalars weak) → promotion
 * (`resultTypeOf`, NEP 50) → loop selection (the table's signatures and
 * NumPy's linear search, or the part of the loop `dtype=`/`signature=` fix:
 * signature.ts) → Python scalars converted and casting checked → broadcasting
 * → output allocation → one native call.
 */
import { type Param, checks, isOptionsObject, parseArgs } from '../args';
import { broadcastOperands, broadcastStrides } from '../core/broadcast';
import { warnComplexCast } from '../core/complexwarning';
import { checkedScalar, toArray } from '../core/convert';
import { type Scalar, dataView, reader, scalarImag, scalarReal, setSafeInt64, writer } from '../core/elements';
import { FPE_OVERFLOW, reportFloatingPointErrors, reportUfuncFlags } from '../core/errstate';
import { NDArray, allocate, allocateCLike, allocateForOverwrite, isCContiguous, isNDArray } from '../core/ndarray';
import { frozenTuple } from '../core/tuple';
import { type DType, bool, float64, int64 } from '../dtype/dtype';
import {
  type Casting,
  type WeakKind,
  canCastDTypes,
  promoteWithWeak,
  resultTypeOf,
  weakKindOf,
} from '../dtype/promotion';
import { ValueError } from '../errors';
import * as native from '../native';
import { ufuncMethods } from './methods';
import { type Fixed, UNSET, fixedLoop, legacyScalarType, scalarCasts, selectFixedLoop } from './signature';
import { type InputType, type Loop, type UfuncSpec, parseLoop } from './table';

/** A NumPy ufunc: callable, with NumPy's attributes. */
export interface Ufunc {
  (...args: unknown[]): NDArray | Scalar | (NDArray | Scalar)[];
  readonly nin: number;
  readonly nout: number;
  readonly nargs: number;
  /** `undefined` where NumPy's is `None`. */
  readonly identity: number | boolean | undefined;
  readonly types: readonly string[];
  readonly ntypes: number;
  readonly __name__: string;
  /** `ufunc.reduce(array, axis=0, dtype=None, out=None, keepdims=False, initial, where=True)`. */
  reduce(...args: unknown[]): NDArray | Scalar;
  /** `ufunc.accumulate(array, axis=0, dtype=None, out=None)`. */
  accumulate(...args: unknown[]): NDArray;
  /** `ufunc.reduceat(array, indices, axis=0, dtype=None, out=None)`. */
  reduceat(...args: unknown[]): NDArray;
  /** `ufunc.outer(A, B, **kwargs)`. */
  outer(...args: unknown[]): NDArray | Scalar;
  /** `ufunc.at(a, indices, b=None)`: in place, unbuffered. */
  at(...args: unknown[]): undefined;
}

export type Operand = { array: NDArray } | { weak: WeakKind; value: Scalar };

export function operand(x: unknown): Operand {
  const k = weakKindOf(x);
  if (k !== null) return { weak: k, value: x as Scalar };
  return { array: toArray(x, null, null) };
}

/** A 0-d array holding a weak scalar converted to `dt` (NumPy's errors and cast warning). */
export function scalarArray(value: Scalar, dt: DType): NDArray {
  // (writeScalar writes every byte of the element.)
  const a = allocateForOverwrite([], dt);
  if (writeScalar(a, value, dt)) reportFloatingPointErrors(FPE_OVERFLOW, 'cast');
  return a;
}

/**
 * Stores Python scalar `value` into 0-d `a` of dtype `dt`, converted as
 * `np.array(value, dt)` would (NumPy's errors). Returns whether a finite
 * value overflowed to ±inf in a float16/float32/complex64 `dt`, which NumPy
 * reports as "overflow encountered in cast" (left to the caller).
 */
function writeScalar(a: NDArray, value: Scalar, dt: DType): boolean {
  return writeScalarAt(dataView(a._bytes.buffer), a._bytes.byteOffset + a._offset, value, dt);
}

/** `writeScalar` into the element at byte `at` of `v`. */
function writeScalarAt(v: DataView, at: number, value: Scalar, dt: DType): boolean {
  // (A safe integer in range needs none of checkedScalar's BigInt work.)
  const int = dt.kind === 'i' || dt.kind === 'u';
  if (int && typeof value === 'number' && Number.isSafeInteger(value) && writeSafeInteger(v, at, value, dt))
    return false;
  const x = checkedScalar(value, dt);
  writer(dt)(v, at, x);
  if (!((dt.kind === 'f' && dt.itemsize < 8) || (dt.kind === 'c' && dt.itemsize < 16))) return false;
  const stored = reader(dt)(v, at, false);
  const lost = (before: number, after: number) => Number.isFinite(before) && !Number.isFinite(after);
  return lost(scalarReal(x), scalarReal(stored)) || lost(scalarImag(x), scalarImag(stored));
}

/** Integer ranges of the dtypes up to 32 bits, by dtype name, as numbers. */
const SMALL_INT_RANGE: Record<string, readonly [number, number]> = {
  int8: [-128, 127],
  uint8: [0, 255],
  int16: [-32768, 32767],
  uint16: [0, 65535],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
};

/**
 * Writes safe integer `x` into integer dtype `dt` at `at`, when it is in
 * range (returns false, writing nothing, when it is not: the caller's
 * general path then raises NumPy's OverflowError).
 */
function writeSafeInteger(v: DataView, at: number, x: number, dt: DType): boolean {
  if (dt.itemsize === 8) {
    if (dt.kind === 'u' && x < 0) return false;
    setSafeInt64(v, at, x);
    return true;
  }
  const r = SMALL_INT_RANGE[dt.name];
  if (x < r[0] || x > r[1]) return false;
  if (dt.itemsize === 1) v.setUint8(at, x & 0xff);
  else if (dt.itemsize === 2) v.setUint16(at, x & 0xffff, true);
  else v.setUint32(at, x >>> 0, true);
  return true;
}

export const fmtShape = (s: readonly number[]): string => `(${s.join(',')}${s.length === 1 ? ',' : ''})`;

/** NumPy's positional names: x / x1, x2 / x1, x2, x3 …; out1, out2 for nout > 1. */
function paramsFor(spec: UfuncSpec): Param[] {
  const ins = spec.nin === 1 ? ['x'] : Array.from({ length: spec.nin }, (_, i) => `x${i + 1}`);
  const outs = spec.nout === 1 ? ['out'] : Array.from({ length: spec.nout }, (_, i) => `out${i + 1}`);
  return [
    ...ins.map((name) => ({ name })),
    ...outs.map((name) => ({ name, default: null })),
    ...(spec.nout > 1 ? [{ name: 'out', default: null, kwOnly: true }] : []),
    { name: 'where', default: true, kwOnly: true },
    // (`casting` is checked after the signature, as NumPy does.)
    { name: 'casting', default: 'same_kind', kwOnly: true },
    { name: 'order', default: 'K', kwOnly: true, check: checks.order('C', 'F', 'A', 'K') },
    { name: 'dtype', default: UNSET, kwOnly: true },
    { name: 'subok', default: true, kwOnly: true, check: checks.bool },
    { name: 'signature', default: UNSET, kwOnly: true },
    { name: 'sig', default: UNSET, kwOnly: true },
  ];
}

/** Whether a call passed any output, positionally or as `out`/`outN` (even `null`, as NumPy's `out=None`). */
function outPassed(spec: UfuncSpec, args: readonly unknown[]): boolean {
  const last = args[args.length - 1];
  const options = isOptionsObject(last) ? last : null;
  const positional = args.length - (options === null ? 0 : 1);
  if (positional > spec.nin) return true;
  if (options === null) return false;
  if ('out' in options) return true;
  for (let k = 1; k <= spec.nout; k++) if (`out${k}` in options) return true;
  return false;
}

/** The output arrays given by `out=` or positionally, or nulls. */
export function givenOutputs(spec: UfuncSpec, p: Record<string, unknown>): (NDArray | null)[] {
  const TUPLE = "The 'out' tuple must have exactly one entry per ufunc output";
  let outs: unknown[];
  if (spec.nout === 1) {
    const o = p.out;
    if (Array.isArray(o) && o.length !== 1) throw new ValueError(TUPLE);
    outs = [Array.isArray(o) ? o[0] : o];
  } else {
    const tuple = p.out;
    const positional = Array.from({ length: spec.nout }, (_, i) => p[`out${i + 1}`]);
    if (tuple !== null) {
      if (positional.some((o) => o !== null)) {
        throw new TypeError("cannot specify 'out' as both a positional and keyword argument");
      }
      if (!Array.isArray(tuple)) throw new TypeError("'out' must be a tuple of arrays");
      if (tuple.length !== spec.nout) throw new ValueError(TUPLE);
      outs = tuple;
    } else outs = positional;
  }
  return outs.map((o) => {
    if (o === null || o === undefined) return null;
    if (!isNDArray(o)) throw new TypeError('return arrays must be of ArrayType');
    if (!o._writeable) throw new ValueError('output array is read-only');
    return o;
  });
}

/** Loop chosen for a promoted common dtype, per ufunc (the default search is pure). */
const loopCache = new WeakMap<UfuncSpec, Map<DType, Loop>>();

/**
 * The loop `selectLoop` picks when every input is an array of dtype
 * `common` (cached: the choice depends only on the spec and the dtype), or
 * null when there is none (the full path then raises NumPy's error).
 */
export function loopForCommon(spec: UfuncSpec, common: DType): Loop | null {
  let cache = loopCache.get(spec);
  if (!cache) {
    cache = new Map();
    loopCache.set(spec, cache);
  }
  let hit = cache.get(common);
  if (hit === undefined) {
    const ops = Array.from({ length: spec.nin }, () => ({ array: { dtype: common } }) as unknown as Operand);
    try {
      hit = selectLoop(spec, ops);
    } catch {
      return null;
    }
    cache.set(common, hit);
  }
  return hit;
}

/** A ufunc's loops, parsed once. */
const parsedLoops = new WeakMap<UfuncSpec, readonly Loop[]>();
function loopsOf(spec: UfuncSpec): readonly Loop[] {
  let loops = parsedLoops.get(spec);
  if (loops === undefined) {
    loops = spec.types.map(parseLoop);
    parsedLoops.set(spec, loops);
  }
  return loops;
}

/**
 * NumPy's loop selection for the given operands when nothing fixes the loop
 * (`dtype=`/`signature=` go through `selectFixedLoop`).
 */
export function selectLoop(spec: UfuncSpec, ops: Operand[]): Loop {
  const strong = ops.flatMap((o) => ('array' in o ? [o.array.dtype] : []));
  const weak = ops.flatMap((o) => ('weak' in o ? [o.weak] : []));
  const loops = loopsOf(spec);
  const common = resultTypeOf(strong, weak);
  const raw: InputType[] = ops.map((o) => ('array' in o ? o.array.dtype : o.weak));
  const forced = spec.resolve?.(common, raw);
  if (forced) return parseLoop(forced);
  // A loop for the promoted dtype itself, else NumPy's legacy linear search:
  // the first loop every input casts to safely (a Python scalar by NumPy's
  // weak-literal rules, see `scalarCasts`).
  const direct = loops.find((l) => l.inputs.every((d) => d === common));
  if (direct) return direct;
  const fits = scalarCasts(ops);
  const hit = loops.find((l) => l.inputs.every((d, i) => fits(ops[i], d)));
  if (!hit) {
    throw new TypeError(
      `ufunc '${spec.name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`,
    );
  }
  return hit;
}

/** Per-ufunc state of the fast path: the native op index and the last loop used. */
interface FastState {
  /** `nin` when the fast path applies (one output), else -1. Copied from the spec so that hot code reads one object shape. */
  readonly fastArity: number;
  readonly name: string;
  readonly check: UfuncSpec['check'];
  index: number;
  /** The input dtype `loop` was chosen for (null before the first call). */
  dtype: DType | null;
  loop: Loop | null;
  /** The loop's dtype codes, inputs then outputs. */
  codes: number[];
  /** The loop reads its inputs in their own dtype (no cast), so the contiguous path applies. */
  direct: boolean;
  /** `nin` when the mixed tier applies (one output, two or three inputs), else -1. */
  readonly mixedArity: number;
  /** The mixed tier's loops by operand-kind key (`mixedKind` of each input); null where that tier does not apply. */
  readonly mixed: Map<number, MixedLoop | null>;
}

/** The native op index of a ufunc (looked up at its first call). */
function nativeIndex(spec: UfuncSpec, st: FastState): number {
  if (st.index < 0) st.index = native.ufuncIndex(spec.native ?? spec.name);
  return st.index;
}

/**
 * The common case without any parsing: `nin` NDArrays of one dtype and one
 * shape, no options, one output, C-contiguous when multi-dimensional (so
 * order K gives a C output). Returns undefined to fall back to the full path.
 */
function fastCall(
  spec: UfuncSpec,
  st: FastState,
  args: unknown[],
  given: NDArray | null,
): NDArray | Scalar | undefined {
  const first = args[0];
  if (!isNDArray(first)) return undefined;
  const dt = first.dtype;
  const shape = first.shape;
  const nd = shape.length;
  if (nd > 1 && !isCContiguous(first)) return undefined;
  // (Shapes are frozen arrays, whose element reads V8 does not inline: read each once.)
  let size = 1;
  for (let k = 0; k < nd; k++) size *= shape[k];
  const nin = st.fastArity;
  for (let i = 1; i < nin; i++) {
    const a = args[i];
    if (!isNDArray(a) || a.dtype !== dt || !sameShape(a.shape, shape)) return undefined;
    if (nd > 1 && !isCContiguous(a)) return undefined;
  }
  let loop = st.loop;
  if (dt !== st.dtype || loop === null) {
    loop = loopForCommon(spec, dt);
    if (!loop) return undefined;
    st.dtype = dt;
    st.loop = loop;
    st.codes = [...loop.inputs, ...loop.outputs].map((d) => d.code);
    st.direct = loop.inputs.every((d) => d === dt);
  }
  const arrays = (args.length === nin ? args : args.slice(0, nin)) as NDArray[];
  // Multi-dimensional operands are C-contiguous here; 1-d ones may be strided.
  let dense = st.direct;
  if (dense && nd === 1 && size > 1) {
    const item = dt.itemsize;
    for (let i = 0; i < nin; i++) if (arrays[i].strides[0] !== item) dense = false;
  }
  let out: NDArray;
  if (given === null) {
    if (st.check !== undefined) st.check(loop, arrays);
    out = allocateCLike(shape, size, loop.outputs[0], first.strides);
  } else {
    // `out=` one array of exactly the loop's output dtype and the shape,
    // C-contiguous and writeable; anything else takes the full path.
    if (given.dtype !== loop.outputs[0] || !given._writeable || !sameShape(given.shape, shape)) return undefined;
    if (nd > 1 ? !isCContiguous(given) : nd === 1 && size > 1 && given.strides[0] !== given.dtype.itemsize) {
      return undefined;
    }
    if (st.check !== undefined) st.check(loop, arrays);
    // The contiguous path needs the output apart from (or identical to) each input.
    for (let i = 0; i < nin && dense; i++) if (partialOverlap(arrays[i], given)) dense = false;
    out = given;
  }
  const index = nativeIndex(spec, st);
  const flags = dense
    ? native.ufuncCallContiguous(index, st.codes, arrays, out, size)
    : native.ufuncCallSimple(index, st.codes, arrays, out);
  if (flags !== 0) reportUfuncFlags(flags, st.name);
  if (given !== null) return given;
  return nd === 0 ? out.item() : out;
}

/**
 * What the mixed tier (`mixedCall`) needs for one combination of operand
 * kinds (two inputs, each an array dtype or a Python scalar kind). The loop
 * and every check of `fullCall` that depends on those kinds alone are done
 * once, when the combination is first seen.
 */
interface MixedLoop {
  readonly loop: Loop;
  /** The loop's dtypes, inputs then the output. */
  readonly signature: readonly DType[];
  /** Per input, the dtype a Python scalar is converted to (as `fullCall` converts it); null for an array. */
  readonly scalarType: readonly (DType | null)[];
  /**
   * Per input, the integer loop type a comparison's Python int must fit for
   * the ordinary loop to apply (else `fullCall` compares it as ±∞); null when
   * there is no such condition.
   */
  readonly mustFit: readonly (DType | null)[];
  /**
   * The loop's dtype codes (inputs, then the output) when no input needs a
   * cast (every array and scalar slot already has its loop dtype), so the
   * call can take the contiguous native path; null otherwise.
   */
  readonly directCodes: readonly number[] | null;
  /**
   * When some input needs a cast: the loop's dtype codes, for the
   * contiguous native path with input casts (small 0-d/1-d calls); null
   * otherwise.
   */
  readonly castCodes: readonly number[] | null;
  /** The inputs' own dtype codes (an array's, or a scalar slot's). */
  readonly sourceCodes: readonly number[];
}

/** Operand kinds of the mixed tier: dtype code + 1 for an array, then the Python scalar kinds. */
const WEAK_BOOL = 61;
const WEAK_INT = 62;
const WEAK_FLOAT = 63;

/** The mixed-tier kind of one argument, or -1 where the tier does not apply (complex scalars, lists…). */
function mixedKind(x: unknown): number {
  if (isNDArray(x)) return x.dtype.code + 1;
  if (typeof x === 'number') return Number.isInteger(x) && !Object.is(x, -0) ? WEAK_INT : WEAK_FLOAT;
  if (typeof x === 'boolean') return WEAK_BOOL;
  if (typeof x === 'bigint') return WEAK_INT;
  return -1;
}

/**
 * The mixed-tier entry for operands `ops` (kinds only matter), or null when
 * `fullCall` would raise or take a path the tier does not reproduce: no
 * loop, an input cast `same_kind` forbids, or a complex input cast to real
 * (which warns).
 */
function mixedLoop(spec: UfuncSpec, ops: Operand[]): MixedLoop | null {
  let loop: Loop;
  try {
    loop = selectLoop(spec, ops);
  } catch {
    return null;
  }
  if (loop.outputs.length !== 1) return null;
  const freeCasts = spec.castsInputsFreely === true && loop.inputs.every((d) => d === bool);
  let direct = true;
  const scalarType: (DType | null)[] = [];
  const mustFit: (DType | null)[] = [];
  for (let i = 0; i < ops.length; i++) {
    const o = ops[i];
    const to = loop.inputs[i];
    let from: DType;
    if ('array' in o) {
      from = o.array.dtype;
      if (from.kind === 'c' && to.kind !== 'c') return null;
      scalarType.push(null);
    } else {
      from = o.weak === 'b' ? bool : promoteWithWeak(to, o.weak);
      scalarType.push(from);
    }
    const intLoop = to.kind === 'i' || to.kind === 'u';
    mustFit.push(spec.comparison === true && 'weak' in o && o.weak === 'i' && intLoop ? to : null);
    if (!freeCasts && !canCastDTypes(from, to, 'same_kind')) return null;
    if (from !== to) direct = false;
  }
  const signature = [...loop.inputs, ...loop.outputs];
  const codes = signature.map((d) => d.code);
  const sourceCodes = ops.map((o, i) => ('array' in o ? o.array.dtype : (scalarType[i] as DType)).code);
  return {
    loop,
    signature,
    scalarType,
    mustFit,
    directCodes: direct ? codes : null,
    castCodes: direct ? null : codes,
    sourceCodes,
  };
}

/** Whether Python int `x` (a JS integer or bigint) lies in integer dtype `dt`'s range. */
function weakIntFits(x: unknown, dt: DType): boolean {
  if (typeof x === 'number' && Number.isSafeInteger(x) && dt.itemsize === 8) return dt.kind === 'i' || x >= 0;
  return intFits(x as Scalar, dt);
}

/**
 * Reused 0-d arrays that carry a Python scalar operand into one native call
 * (they never escape it), per input position and dtype code.
 */
const scalarSlots: ScalarSlot[][] = [[], [], []];

/** A scalar slot: the 0-d array, and a DataView of exactly its element. */
interface ScalarSlot {
  readonly array: NDArray;
  readonly view: DataView;
  /** For a float64 slot, the element as a Float64Array (a JS number is stored as is). */
  readonly f64: Float64Array | null;
}

/** Cast overflows of the scalars written into slots for the current mixed-tier call (reported after it). */
let slotOverflows = 0;

/** Input `i`'s scalar slot of dtype `dt`, holding `value` converted as `scalarArray` converts it. */
function scalarSlot(i: number, dt: DType, value: Scalar): NDArray {
  let slot = scalarSlots[i][dt.code];
  if (slot === undefined) {
    const array = allocate([], dt);
    const at = array._bytes.byteOffset + array._offset;
    const view = new DataView(array._bytes.buffer, at, dt.itemsize);
    const f64 = dt === float64 ? new Float64Array(array._bytes.buffer, at, 1) : null;
    slot = { array, view, f64 };
    scalarSlots[i][dt.code] = slot;
  }
  if (slot.f64 !== null && typeof value === 'number') slot.f64[0] = value;
  else if (writeScalarAt(slot.view, 0, value, dt)) slotOverflows++;
  return slot.array;
}

/**
 * A Python scalar as the 0-d array `np.asarray(value)` makes (float64 for a
 * non-integral number or -0.0, int64 for a safe integer, bool), in the
 * reused slot of input position `i`; null for other values. The slot is
 * only valid until the next call that uses slot `i`: pass it straight to
 * one native call.
 */
export function defaultScalarSlot(i: number, value: unknown): NDArray | null {
  if (typeof value === 'boolean') return scalarSlot(i, bool, value);
  if (typeof value !== 'number') return null;
  if (!Number.isInteger(value) || Object.is(value, -0)) return scalarSlot(i, float64, value);
  return Number.isSafeInteger(value) ? scalarSlot(i, int64, value) : null;
}

/**
 * The second tier, for calls of two- and three-input ufuncs (one output)
 * without options that `fastCall` leaves: arrays of different dtypes or
 * broadcast shapes, and arrays with Python scalars (`np.add(a, 2)`,
 * `clip(a, 0, 1)`), which are as common as the uniform case. Same
 * results, warnings and errors as `fullCall`, which it defers to for
 * anything else: F-ordered or non-contiguous multi-dimensional inputs (order
 * K), shapes that do not broadcast, scalars of complex kind, casts to refuse.
 */
function mixedCall(
  spec: UfuncSpec,
  st: FastState,
  args: unknown[],
  nin: number,
  given: NDArray | null,
  mask: NDArray | null = null,
): NDArray | Scalar | undefined {
  slotOverflows = 0;
  let key = 0;
  let anyArray = false;
  for (let i = 0; i < nin; i++) {
    const k = mixedKind(args[i]);
    if (k < 0) return undefined;
    if (k < WEAK_BOOL) anyArray = true;
    key = key * 64 + k;
  }
  if (!anyArray) return undefined;
  let entry = st.mixed.get(key);
  if (entry === undefined) {
    entry = mixedLoop(spec, (args.length === nin ? args : args.slice(0, nin)).map(operand));
    st.mixed.set(key, entry);
  }
  if (entry === null) return undefined;
  // `out=` one writeable array of exactly the loop's output dtype and the
  // broadcast shape (checked below); anything else takes the full path.
  if (given !== null && (given.dtype !== entry.loop.outputs[0] || !given._writeable)) return undefined;
  const arrays: NDArray[] = [];
  for (let i = 0; i < nin; i++) {
    const a = mixedInput(args[i], i, entry);
    if (a === null) return undefined;
    arrays.push(a);
  }
  // The broadcast shape; `like` is the strides of an input of that shape
  // (kept for the output when they are the C strides), else empty.
  let shape = arrays[0].shape;
  let like: readonly number[] = arrays[0].strides;
  for (let i = 1; i < nin; i++) {
    const s = arrays[i].shape;
    if (s.length === 0 || sameShape(s, shape)) continue;
    if (shape.length === 0) {
      shape = s;
      like = arrays[i].strides;
      continue;
    }
    const b = broadcastPair(shape, s);
    if (b === null) return undefined;
    shape = b;
    like = [];
  }
  const nd = shape.length;
  const strides: (readonly number[])[] = arrays.map((a) => {
    if (sameShape(a.shape, shape)) return a.strides;
    return a.shape.length === 0 ? zeroStrides(nd) : broadcastStrides(a.shape, a.strides, shape);
  });
  let size = 1;
  for (let k = 0; k < nd; k++) size *= shape[k];
  if (given !== null && !sameShape(given.shape, shape)) return undefined;
  // (A `where=` mask comes only with `out`: a bool array of the shape.)
  if (mask !== null && !sameShape(mask.shape, shape)) return undefined;
  const loop = entry.loop;
  if (st.check !== undefined) st.check(loop, arrays);
  // (The native call stages an input that partially overlaps `out`.)
  const out = given ?? allocateCLike(shape, size, loop.outputs[0], like);
  // Inputs that need a cast take the contiguous path in small 0-d/1-d
  // calls, whose input casts NumPy reports apart (as "cast").
  const codes = entry.directCodes ?? (nd <= 1 && size <= native.CONTIGUOUS_CAST_MAX ? entry.castCodes : null);
  const scalars =
    mask === null && (given === null || contiguousOut(given, arrays, codes, entry.sourceCodes))
      ? contiguousScalars(arrays, shape, codes)
      : -1;
  const flags =
    scalars >= 0
      ? native.ufuncCallContiguous(
          nativeIndex(spec, st),
          codes as number[],
          arrays,
          out,
          size,
          scalars,
          entry.sourceCodes,
        )
      : mask === null
        ? native.ufuncCall(nativeIndex(spec, st), entry.signature, arrays, strides, [out])
        : native.ufuncCall(nativeIndex(spec, st), entry.signature, arrays, strides, [out], mask, mask.strides);
  // (The scalars' cast warnings come first, as in NumPy; they are reported
  // only now so that no errstate callback can run while a slot is in use.)
  for (let k = slotOverflows; k > 0; k--) reportFloatingPointErrors(FPE_OVERFLOW, 'cast');
  if (flags !== 0) reportUfuncFlags(flags, st.name);
  if (given !== null) return given;
  return nd === 0 ? out.item() : out;
}

/**
 * For a new output of `shape` and a loop of at most two inputs without
 * input casts (`codes` not null): the bit mask of the 0-d inputs (broadcast with step 0) when every
 * other input is a C-contiguous array of `shape`, so the contiguous native
 * path applies; -1 otherwise.
 */
function contiguousScalars(arrays: NDArray[], shape: readonly number[], codes: readonly number[] | null): number {
  // (The contiguous native path takes one or two inputs.)
  if (codes === null || arrays.length > 2) return -1;
  let scalars = 0;
  for (let i = 0; i < arrays.length; i++) {
    const a = arrays[i];
    if (a.shape.length === 0) {
      if (shape.length > 0) scalars |= 1 << i;
    } else if (!sameShape(a.shape, shape) || !isCContiguous(a)) return -1;
  }
  return scalars;
}

/**
 * Whether `out=` array `out` can take the contiguous native path: C-contiguous,
 * and sharing no bytes with an input read in place (one not cast first)
 * unless it is that very input, element for element (an in-place call).
 */
function contiguousOut(
  out: NDArray,
  arrays: readonly NDArray[],
  codes: readonly number[] | null,
  sources: readonly number[],
): boolean {
  if (codes === null || !isCContiguous(out)) return false;
  const buffer = out._bytes.buffer;
  const start = out._bytes.byteOffset + out._offset;
  const end = start + out.size * out.dtype.itemsize;
  for (let i = 0; i < arrays.length; i++) {
    const a = arrays[i];
    if (sources[i] !== codes[i] || a._bytes.buffer !== buffer) continue;
    const s = a._bytes.byteOffset + a._offset;
    const e = s + a.size * a.dtype.itemsize;
    if (s < end && start < e && !(s === start && e === end)) return false;
  }
  return true;
}

/** Frozen all-zero strides of length `nd` (a scalar operand broadcast to `nd` axes), cached. */
const zeroStridesByRank: (readonly number[])[] = [];
function zeroStrides(nd: number): readonly number[] {
  let z = zeroStridesByRank[nd];
  if (z === undefined) {
    z = Object.freeze(new Array<number>(nd).fill(0));
    zeroStridesByRank[nd] = z;
  }
  return z;
}

/** The frozen broadcast shape of two shapes, or null when they do not broadcast. */
function broadcastPair(s0: readonly number[], s1: readonly number[]): readonly number[] | null {
  const n0 = s0.length;
  const n1 = s1.length;
  const nd = n0 > n1 ? n0 : n1;
  const out = new Array<number>(nd);
  for (let k = 1; k <= nd; k++) {
    const d0 = k <= n0 ? s0[n0 - k] : 1;
    const d1 = k <= n1 ? s1[n1 - k] : 1;
    if (d0 === d1 || d1 === 1) out[nd - k] = d0;
    else if (d0 === 1) out[nd - k] = d1;
    else return null;
  }
  return frozenTuple(out);
}

/**
 * Input `i` of a mixed-tier call as an array: the array itself (null when
 * multi-dimensional and not C-contiguous), or the Python scalar in its slot
 * (null when a comparison's int is out of the loop type's range).
 */
function mixedInput(x: unknown, i: number, entry: MixedLoop): NDArray | null {
  if (isNDArray(x)) return x.ndim > 1 && !isCContiguous(x) ? null : x;
  const fit = entry.mustFit[i];
  if (fit !== null && !weakIntFits(x, fit)) return null;
  return scalarSlot(i, entry.scalarType[i] as DType, x as Scalar);
}

function sameShape(s: readonly number[], shape: readonly number[]): boolean {
  if (s === shape) return true;
  const nd = shape.length;
  if (s.length !== nd) return false;
  for (let k = 0; k < nd; k++) if (s[k] !== shape[k]) return false;
  return true;
}

/** Whether the byte ranges of contiguous `a` and `b` overlap without being the same range. */
function partialOverlap(a: NDArray, b: NDArray): boolean {
  let a0: number;
  let b0: number;
  if (a._address >= 0 && b._address >= 0) {
    // Both native addresses known (arrays used in a call before): compare
    // memory itself, without reading `.buffer` (slow in V8).
    a0 = a._address + a._offset;
    b0 = b._address + b._offset;
  } else {
    if (a._bytes.buffer !== b._bytes.buffer) return false;
    a0 = a._bytes.byteOffset + a._offset;
    b0 = b._bytes.byteOffset + b._offset;
  }
  const a1 = a0 + a.size * a.dtype.itemsize;
  const b1 = b0 + b.size * b.dtype.itemsize;
  if (a0 === b0 && a1 === b1) return false;
  return a0 < b1 && b0 < a1;
}

/** The `out` of an options object `{out}` alone (an NDArray or a one-array list), else null. */
function soleOut(last: unknown): NDArray | null {
  if (!isOptionsObject(last)) return null;
  let o = last.out;
  if (Array.isArray(o) && o.length === 1) o = o[0];
  if (!isNDArray(o)) return null;
  for (const k in last) if (k !== 'out') return null;
  return o;
}

/** `[out, where]` of an options object `{out, where}` alone (one NDArray out, a bool NDArray mask), else null. */
function outAndMask(last: unknown): [NDArray, NDArray] | null {
  if (!isOptionsObject(last)) return null;
  let o = last.out;
  if (Array.isArray(o) && o.length === 1) o = o[0];
  const w = last.where;
  if (!isNDArray(o) || !isNDArray(w) || w.dtype !== bool) return null;
  for (const k in last) if (k !== 'out' && k !== 'where') return null;
  return [o, w];
}

/**
 * NumPy's `where=`: `true` is no mask; a bool array, or JS booleans/lists
 * converted to bool; an array of another dtype is refused as NumPy's safe
 * cast to bool refuses it.
 */
function whereMask(where: unknown): NDArray | null {
  if (where === true) return null;
  if (isNDArray(where)) {
    if (where.dtype !== bool) {
      throw new TypeError(
        `Cannot cast array data from dtype('${where.dtype.name}') to dtype('bool') according to the rule 'safe'`,
      );
    }
    return where;
  }
  return toArray(where, bool, null);
}

/** Whether a weak Python int fits integer dtype `dt`. */
function intFits(value: Scalar, dt: DType): boolean {
  const v = BigInt(value as number | bigint);
  const bits = BigInt(dt.itemsize * 8);
  const lo = dt.kind === 'u' ? 0n : -(2n ** (bits - 1n));
  const hi = dt.kind === 'u' ? 2n ** bits - 1n : 2n ** (bits - 1n) - 1n;
  return v >= lo && v <= hi;
}

/**
 * Comparisons with a Python int outside the loop's integer range: the
 * result only depends on the int's sign, so it compares as ±∞ in the
 * float64 loop (exact for every integer operand against an infinity).
 */
function outOfRangeComparison(ops: Operand[], loop: Loop, fixed: Fixed | null): { loop: Loop; ops: Operand[] } | null {
  // Against a bool array the int is an ordinary int64 (NumPy's OverflowError).
  if (ops.some((o) => 'array' in o && o.array.dtype.kind === 'b')) return null;
  // An int the signature pins converts to the loop's type (OverflowError).
  const bad = ops.map(
    (o, i) =>
      'weak' in o &&
      (fixed === null || fixed[i] === null) &&
      o.weak === 'i' &&
      (loop.inputs[i].kind === 'i' || loop.inputs[i].kind === 'u') &&
      !intFits(o.value, loop.inputs[i]),
  );
  if (!bad.some(Boolean)) return null;
  const replaced: Operand[] = ops.map((o, i) =>
    bad[i] && 'weak' in o
      ? {
          weak: 'f',
          value: BigInt(o.value as number | bigint) > 0n ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY,
        }
      : o,
  );
  return { loop: parseLoop('dd->?'), ops: replaced };
}

/** Calls a ufunc. */
function callUfunc(spec: UfuncSpec, st: FastState, params: Param[], args: unknown[]) {
  const n = args.length;
  if (n === st.fastArity) {
    const fast = fastCall(spec, st, args, null);
    if (fast !== undefined) return fast;
  }
  if (n === st.mixedArity) {
    const mixed = mixedCall(spec, st, args, n, null);
    if (mixed !== undefined) return mixed;
  } else if (n > 1 && (n === st.fastArity + 1 || n === st.mixedArity + 1)) {
    // `{out}` alone after the inputs, or `{out, where}` with a bool mask.
    const given = soleOut(args[n - 1]);
    if (given !== null) {
      if (n === st.fastArity + 1) {
        const fast = fastCall(spec, st, args, given);
        if (fast !== undefined) return fast;
      }
      if (n === st.mixedArity + 1) {
        const mixed = mixedCall(spec, st, args, n - 1, given);
        if (mixed !== undefined) return mixed;
      }
    } else if (n === st.mixedArity + 1) {
      const ow = outAndMask(args[n - 1]);
      if (ow !== null) {
        const mixed = mixedCall(spec, st, args, n - 1, ow[0], ow[1]);
        if (mixed !== undefined) return mixed;
      }
    }
  }
  return fullCall(spec, st, params, args);
}

/**
 * A ufunc call through argument parsing, loop selection, casts and
 * broadcasting. (Apart from `callUfunc` because its closures make V8
 * allocate a context on every call that reaches this function.)
 */
function fullCall(
  spec: UfuncSpec,
  st: FastState,
  params: Param[],
  args: unknown[],
): NDArray | Scalar | (NDArray | Scalar)[] {
  const p = parseArgs(spec.name, args, params);
  const fixed = fixedLoop(spec, p.dtype, p.signature, p.sig);
  const badCasting = checks.ufuncCasting(p.casting);
  if (badCasting) throw badCasting;
  const mask = whereMask(p.where);
  // NumPy warns when a mask leaves outputs it allocates partly unwritten.
  if (mask !== null && !outPassed(spec, args)) {
    process.emitWarning(
      "'where' used without 'out', expect unitialized memory in output. If this is intentional, use out=None.",
      'UserWarning',
    );
  }
  const inputNames = spec.nin === 1 ? ['x'] : Array.from({ length: spec.nin }, (_, i) => `x${i + 1}`);
  let ops = inputNames.map((n) => operand(p[n]));
  const casting = p.casting as Casting;
  let loop = fixed ? selectFixedLoop(spec, ops, fixed) : selectLoop(spec, ops);
  // The logical ufuncs' bool loop casts any input (NumPy checks only outputs).
  const freeCasts = spec.castsInputsFreely === true && loop.inputs.every((d) => d === bool);
  // Inputs are cast to this loop's types (checked below), even where a
  // comparison with an out-of-range Python int then runs as ±∞ in 'dd->?'.
  const castLoop = loop;
  const special = spec.comparison ? outOfRangeComparison(ops, loop, fixed) : null;
  if (special) {
    loop = special.loop;
    ops = special.ops;
  }
  // Python scalars first, in operand order, as NumPy's descriptor resolution
  // does, each converted as np.array(x, dtype) would (1.5 → int32
  // truncates, 1000 → int8 and 2**70 → int64 raise): one whose type the
  // signature pins to the loop's type, whatever `casting` says; any other
  // to the dtype it has against the loop's under NEP 50 — the loop dtype
  // itself when that is of its kind or higher, else its kind's default
  // promoted with it (1.5 against an int32 loop is float64, then cast with
  // the arrays below). A Python bool is a bool array. `casting='equiv'`
  // refuses any scalar whose dtype is not its kind's default.
  const pinned = (i: number): boolean => fixed !== null && fixed[i] !== null;
  const scalarType: DType[] = [];
  const converted: (NDArray | null)[] = [];
  ops.forEach((o, i) => {
    converted.push(null);
    if ('array' in o || o.weak === 'b') {
      scalarType.push('array' in o ? o.array.dtype : bool);
      return;
    }
    const dt = pinned(i) ? loop.inputs[i] : promoteWithWeak(loop.inputs[i], o.weak);
    // (A comparison's Python int against integers has its own loop, which
    // takes it whatever `casting` says.)
    const k = castLoop.inputs[i].kind;
    const intCompare = spec.comparison === true && o.weak === 'i' && (k === 'i' || k === 'u');
    if (casting === 'equiv' && dt !== legacyScalarType(o.weak) && !(intCompare && !pinned(i))) {
      const py = { i: 'int', f: 'float', c: 'complex' }[o.weak];
      throw new TypeError(`cannot cast Python ${py} to ${dt.name} under the casting rule 'equiv'`);
    }
    scalarType.push(dt);
    converted[i] = scalarArray(o.value, dt);
  });
  ops.forEach((o, i) => {
    if (freeCasts || (special && 'weak' in o) || ('weak' in o && pinned(i) && o.weak !== 'b')) return;
    const from = scalarType[i];
    const to = castLoop.inputs[i];
    if (!canCastDTypes(from, to, casting)) {
      throw new TypeError(
        `Cannot cast ufunc '${spec.name}' input ${spec.nin === 1 ? '' : `${i} `}from dtype('${from.name}') to dtype('${to.name}') with casting rule '${casting}'`,
      );
    }
  });
  const arrays = ops.map((o, i) => ('array' in o ? o.array : (converted[i] ?? scalarArray(o.value, scalarType[i]))));
  const given = givenOutputs(spec, p);
  // NumPy broadcasts every operand together first, so its error lists the
  // inputs', then the given outputs', then `where`'s shapes.
  const outShapes = given.filter((o): o is NDArray => o !== null).map((o) => o.shape);
  if (outShapes.length > 0 && mask) {
    broadcastOperands([...arrays.map((a) => a.shape), ...outShapes, mask.shape]);
  } else if (outShapes.length > 0) {
    broadcastOperands([...arrays.map((a) => a.shape), ...outShapes]);
  }
  const shape = broadcastOperands([...arrays, ...(mask ? [mask] : [])].map((a) => a.shape));
  const outputs = given.map((o, k) => {
    const dt = loop.outputs[k];
    if (o === null) return allocateForOverwrite(shape, dt, outputOrder(arrays, p.order as string));
    const full = broadcastOperands([...arrays.map((a) => a.shape), ...(mask ? [mask.shape] : []), o.shape]);
    if (full.length !== o.ndim || full.some((n, i) => n !== o.shape[i])) {
      throw new ValueError(
        `non-broadcastable output operand with shape ${fmtShape(o.shape)} doesn't match the broadcast shape ${fmtShape(full)}`,
      );
    }
    if (!canCastDTypes(dt, o.dtype, casting)) {
      throw new TypeError(
        `Cannot cast ufunc '${spec.name}' output ${spec.nout === 1 ? '' : `${spec.nin + k} `}from dtype('${dt.name}') to dtype('${o.dtype.name}') with casting rule '${casting}'`,
      );
    }
    return o;
  });
  // NumPy's ComplexWarning for each operand cast from complex to real
  // (with `where=`, an output is read into its buffer too: cast from its
  // dtype to the loop's first).
  arrays.forEach((a, i) => warnComplexCast(a.dtype, loop.inputs[i]));
  given.forEach((o, k) => {
    if (o !== null && mask) warnComplexCast(o.dtype, loop.outputs[k]);
    if (o !== null) warnComplexCast(loop.outputs[k], o.dtype);
  });
  // The loop's own errors (integer power's negative exponents) come last.
  spec.check?.(loop, arrays);
  const full = outputs[0].shape;
  reportUfuncFlags(
    native.ufuncCall(
      nativeIndex(spec, st),
      [...loop.inputs, ...loop.outputs],
      arrays,
      arrays.map((a) => broadcastStrides(a.shape, a.strides, full)),
      outputs,
      mask,
      mask ? broadcastStrides(mask.shape, mask.strides, full) : [],
    ),
    spec.name,
  );
  const results = outputs.map((o, k) => (given[k] === null && o.ndim === 0 ? o.item() : o));
  return spec.nout === 1 ? results[0] : results;
}

/** NumPy's output order for 'K': F when every array input is F- but not C-contiguous. */
export function outputOrder(arrays: NDArray[], order: string): 'C' | 'F' {
  if (order === 'C' || order === 'F') return order;
  const multi = arrays.filter((a) => a.ndim > 1);
  if (multi.length === 0) return 'C';
  const allF = multi.every((a) => a.flags.f_contiguous && !a.flags.c_contiguous);
  return allF ? 'F' : 'C';
}

/** Makes the callable ufunc object for a table entry. */
export function makeUfunc(spec: UfuncSpec): Ufunc {
  const params = paramsFor(spec);
  const st: FastState = {
    // The small-call path takes one output and up to two inputs.
    fastArity: spec.nout === 1 && spec.nin <= 2 ? spec.nin : -1,
    mixedArity: spec.nout === 1 && (spec.nin === 2 || spec.nin === 3) ? spec.nin : -1,
    name: spec.name,
    check: spec.check,
    index: -1,
    dtype: null,
    loop: null,
    codes: [],
    direct: false,
    mixed: new Map(),
  };
  const f = (...args: unknown[]) => callUfunc(spec, st, params, args);
  Object.defineProperty(f, 'name', { value: spec.name });
  return Object.assign(f, {
    nin: spec.nin,
    nout: spec.nout,
    nargs: spec.nin + spec.nout,
    identity: spec.identity ?? undefined,
    types: spec.types,
    ntypes: spec.types.length,
    __name__: spec.name,
    ...ufuncMethods(spec, f),
  }) as Ufunc;
}

/** Installs ufuncs as NDArray methods: `a.name(...args)` is `ufunc(a, ...args)`. */
export function installMethods(methods: Record<string, Ufunc>): void {
  for (const [name, uf] of Object.entries(methods)) {
    Object.defineProperty(NDArray.prototype, name, {
      value: function (this: NDArray, ...args: unknown[]) {
        return uf(this, ...args);
      },
      writable: true,
      configurable: true,
    });
  }
}
