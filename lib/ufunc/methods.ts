/**
 * The ufunc methods `reduce`, `accumulate`, `reduceat`, `outer` and `at`
 * (NumPy's `ufunc.reduce` …), and the reduction core the reduction
 * functions (`np.sum`, `np.max`, …) share.
 *
 * A reduction over `axes` runs natively (native/src/traverse/reduce.rs) into
 * an accumulator of the loop dtype, given with the input's shape and stride
 * 0 on the reduced axes. The accumulator starts from `initial`, else the
 * ufunc's identity, else (maximum, minimum, …) a copy of the first element
 * along the reduced axes — the rest of a single reduced axis is then
 * reduced; with several axes the op is idempotent and the copy is reduced
 * again. The loop is the ufunc's for the operands `(out or a, a)` with the
 * signature `(dtype, None, dtype)` (bool and integers narrower than 64 bits
 * sum and multiply in int64/uint64 without `dtype`/`out`), as NumPy
 * resolves it (`loopDType`); the result is cast to `out` unsafely, as
 * NumPy's reductions do.
 */
import { type Param, checks, parseArgs } from '../args';
import { broadcastOperands, broadcastStrides } from '../core/broadcast';
import { Complex } from '../core/complex';
import { warnComplexCast } from '../core/complexwarning';
import { checkedScalar, copyAs, toArray } from '../core/convert';
import { type Scalar, dataView, writer } from '../core/elements';
import { CAST_FLAGS_SHIFT, reportFloatingPointErrors } from '../core/errstate';
import { type NDArray, allocate, allocateForOverwrite, isNDArray, shapeSize } from '../core/ndarray';
import { type DType, bool, int64, dtype as toDType, uint64 } from '../dtype/dtype';
import { AxisError, IndexError, ValueError } from '../errors';
import * as native from '../native';
import { ufuncAt } from './at';
import { selectFixedLoop } from './signature';
import { BINARY_UFUNCS, type Loop, UFUNCS, type UfuncSpec, noLoopError } from './table';
import { type Operand, selectLoop } from './ufunc';

/** What a reduction needs to know of its ufunc. */
export interface ReduceSpec {
  readonly name: string;
  readonly native?: string;
  readonly identity: number | boolean | null;
}

/** Marks an option that was not given (NumPy's `<no value>`). */
export const NO_VALUE: unique symbol = Symbol('no value');

/** Reductions whose operands may be reordered (several axes allowed). */
const REORDERABLE = new Set([
  'add',
  'multiply',
  'maximum',
  'minimum',
  'fmax',
  'fmin',
  'logical_and',
  'logical_or',
  'logical_xor',
  'bitwise_and',
  'bitwise_or',
  'bitwise_xor',
  'gcd',
  'lcm',
]);

/** Specs of the ops the reduction functions use, whether or not their ufunc exists. */
export const REDUCERS: Record<string, ReduceSpec> = {
  add: { name: 'add', identity: 0 },
  multiply: { name: 'multiply', identity: 1 },
  maximum: { name: 'maximum', identity: null },
  minimum: { name: 'minimum', identity: null },
  fmax: { name: 'fmax', identity: null },
  fmin: { name: 'fmin', identity: null },
  logical_and: { name: 'logical_and', identity: true },
  logical_or: { name: 'logical_or', identity: false },
};

const fmtShape = (s: readonly number[]): string => `(${s.join(',')}${s.length === 1 ? ',' : ''})`;

/**
 * NumPy's checks of a reduction's `where` mask, which must broadcast to the
 * input's shape (its iterator maps the mask onto the input's axes).
 */
function checkReductionMask(mask: readonly number[], shape: readonly number[]): void {
  if (mask.length > shape.length) {
    throw new ValueError('input operand has more dimensions than allowed by the axis remapping');
  }
  const lead = shape.length - mask.length;
  const fits = mask.every((n, i) => n === 1 || n === shape[lead + i] || shape[lead + i] === 1);
  if (!fits) {
    throw new ValueError(
      `operands could not be broadcast together with remapped shapes [original->remapped]: ${fmtShape(shape)} ${fmtShape(mask)} `,
    );
  }
  const wider = mask.findIndex((n, i) => n !== 1 && shape[lead + i] === 1);
  if (wider >= 0) {
    const bshape = shape.map((n, k) => (k >= lead && n === 1 ? mask[k - lead] : n));
    throw new ValueError(
      `non-broadcastable operand with shape ${fmtShape(shape)} doesn't match the broadcast shape ${fmtShape(bshape)}`,
    );
  }
}

/** Normalised, distinct axes from NumPy's `axis` argument (None = all). */
export function parseAxes(axis: unknown, ndim: number): number[] {
  if (axis === null || axis === undefined) return Array.from({ length: ndim }, (_, i) => i);
  if (typeof axis === 'number' && Number.isInteger(axis) && axis >= -ndim && axis < ndim) {
    return [axis < 0 ? axis + ndim : axis];
  }
  const list = Array.isArray(axis) ? axis : [axis];
  const out = list.map((ax) => {
    const bad = checks.index(ax);
    if (bad) throw bad;
    const n = Number(ax);
    if (n < -ndim || n >= ndim) throw new AxisError(`axis ${n} is out of bounds for array of dimension ${ndim}`);
    return n < 0 ? n + ndim : n;
  });
  if (new Set(out).size !== out.length) throw new ValueError("duplicate value in 'axis'");
  return out;
}

/**
 * `parseAxes` for a ufunc reduction: as NumPy keeps for backward
 * compatibility, a 0-d array reduces over no axes for the integer axis 0
 * or -1 (not for a tuple).
 */
export function reductionAxes(axis: unknown, ndim: number): number[] {
  if (ndim === 0 && (axis === 0 || axis === -1)) return [];
  return parseAxes(axis, ndim);
}

/** The output array of `out=` (a bare array or a 1-tuple), or null. */
export function outArg(o: unknown): NDArray | null {
  const x = Array.isArray(o) && o.length === 1 ? o[0] : o;
  if (x === null || x === undefined) return null;
  if (!isNDArray(x)) throw new TypeError('output must be an array');
  if (!x._writeable) throw new ValueError('output array is read-only');
  return x;
}

/** NumPy's reduction loop dtype for `spec` on `input`. */
export function reduceLoopDType(
  spec: ReduceSpec,
  input: DType,
  dtype: DType | null,
  out: NDArray | null,
  method = 'reduce',
): DType {
  if (dtype === null && out === null && method === 'reduce') return defaultLoop(spec, input);
  return loopDType(spec, input, dtype, out, method);
}

/** Reduction loop dtypes without `dtype=`/`out=`, by spec and input dtype code. */
const defaultLoops = new Map<ReduceSpec, DType[]>();

/** `reduceLoopDType(spec, input, null, null)`, cached. */
function defaultLoop(spec: ReduceSpec, input: DType): DType {
  let byCode = defaultLoops.get(spec);
  if (byCode === undefined) {
    byCode = [];
    defaultLoops.set(spec, byCode);
  }
  let loop = byCode[input.code];
  if (loop === undefined) {
    loop = loopDType(spec, input, null, null);
    byCode[input.code] = loop;
  }
  return loop;
}

/** The binary ufuncs' specs by name (what `REDUCERS` names without the loops). */
const BINARY_SPECS: Record<string, UfuncSpec> = { ...UFUNCS, ...BINARY_UFUNCS };

/**
 * NumPy's reduce-like loop resolution (`reducelike_promote_and_resolve`):
 * the call `op(acc, a) -> acc` with the signature `(dtype, None, dtype)`
 * (for `add`/`multiply` of bool or integers narrower than 64 bits without
 * `dtype`/`out`, int64/uint64), operands `(out or a, a, out)`, then the
 * ufunc's ordinary loop selection and its errors. The loop's first input
 * and output must be one dtype (for `accumulate`/`reduceat` every operand).
 */
function loopDType(spec: ReduceSpec, input: DType, dtype: DType | null, out: NDArray | null, method = 'reduce'): DType {
  const full = BINARY_SPECS[spec.name] ?? (isUfuncSpec(spec) ? spec : null);
  if (full === null) return input;
  let first = dtype;
  if (first === null && out === null && (spec.name === 'add' || spec.name === 'multiply')) {
    if (input.kind === 'b' || (input.kind === 'i' && input.itemsize < 8)) first = int64;
    else if (input.kind === 'u' && input.itemsize < 8) first = uint64;
  }
  const operand = (d: DType) => ({ array: { dtype: d } }) as unknown as Operand;
  const ops = [operand(out?.dtype ?? input), operand(input)];
  let loop: Loop;
  if (first !== null) loop = selectFixedLoop(full, ops, [first, null, first]);
  else {
    try {
      loop = selectLoop(full, ops);
    } catch (e) {
      // The dispatcher sees no DType for the accumulator operand.
      if (out === null && e instanceof TypeError && e.message.includes('did not contain a loop')) {
        throw noLoopError(spec.name, 2, [null, input, null]);
      }
      throw e;
    }
  }
  const [x, y] = loop.inputs;
  const r = loop.outputs[0];
  if (x !== r || (method !== 'reduce' && y !== r)) {
    throw new TypeError(
      `the resolved dtypes are not compatible with ${spec.name}.${method}. Resolved (dtypes: ${x.name}, ${y.name} -> ${r.name})`,
    );
  }
  return r;
}

const isUfuncSpec = (s: ReduceSpec): s is UfuncSpec => Array.isArray((s as UfuncSpec).types) && 'nin' in s;

/** A broadcast operand: an array seen with `shape` and `strides`. */
function seen(a: NDArray, shape: readonly number[], strides: readonly number[]): native.NativeOperand {
  return { _bytes: a._bytes, _offset: a._offset, dtype: a.dtype, shape, strides };
}

/**
 * NumPy's conversion of a Python scalar `initial` to the loop dtype
 * (`np.asarray(initial, dtype=loop)`): NaN, ±inf or an out-of-range value
 * for an integer loop, or a complex for a real one, raises.
 */
function checkInitial(value: unknown, dt: DType): void {
  const t = typeof value;
  if (t === 'number' || t === 'bigint' || t === 'boolean' || value instanceof Complex)
    checkedScalar(value as Scalar, dt);
}

/**
 * Writes `value` (cast to `acc`'s dtype) into every element of `acc`: an
 * array with NumPy's ComplexWarning, a Python complex only into a complex
 * or bool loop (`float(1j)` fails in NumPy).
 */
function fillScalar(acc: NDArray, value: unknown): void {
  if (isNDArray(value)) warnComplexCast(value.dtype, acc.dtype);
  else checkInitial(value, acc.dtype);
  if (acc.size === 0) return;
  const src = isNDArray(value) ? value : initialArray(value);
  native.castCopy(
    seen(
      src,
      acc.shape,
      acc.shape.map(() => 0),
    ),
    acc,
  );
}

/** Per loop dtype code and rank, the accumulator slot of a reduction to one value (`accumulatorSlot`). */
const accumulatorSlots: NDArray[][] = [];

/**
 * A reused accumulator of dtype `dt` for a reduction of all `nd` axes to a
 * JS value: one element, seen with shape (1,)*nd and zero strides. Its value
 * is read before the next reduction can overwrite it.
 */
function accumulatorSlot(dt: DType, nd: number): NDArray {
  let byRank = accumulatorSlots[dt.code];
  if (byRank === undefined) {
    byRank = [];
    accumulatorSlots[dt.code] = byRank;
  }
  let slot = byRank[nd];
  if (slot === undefined) {
    const one = allocate([], dt);
    slot = nd === 0 ? one : one._view(one._offset, new Array<number>(nd).fill(1), new Array<number>(nd).fill(0));
    byRank[nd] = slot;
  }
  return slot;
}

/**
 * Writes a ufunc identity (0, 1, true or false) into every element of new
 * C-contiguous `acc`: the first element, then doubling byte copies.
 */
function fillIdentity(acc: NDArray, identity: number | boolean): void {
  const total = acc.size * acc.dtype.itemsize;
  if (total === 0) return;
  writeIdentity(acc, identity);
  const bytes = acc._bytes;
  const start = acc._offset;
  for (let done = acc.dtype.itemsize; done < total; done *= 2) {
    bytes.copyWithin(start + done, start, start + Math.min(done, total - done));
  }
}

/** Writes a ufunc identity (0, 1, true or false) into the one element of `acc`. */
function writeIdentity(acc: NDArray, identity: number | boolean): void {
  writer(acc.dtype)(dataView(acc._bytes.buffer), acc._bytes.byteOffset + acc._offset, identity);
}

/**
 * `spec.reduce(a, axis=None)` with every other option at its default, the
 * form of `np.sum(a)` and `a.max()`: the same steps as `reduceArray`
 * without its general bookkeeping. Returns undefined for what it leaves to
 * `reduceArray` (0-d or empty input, several axes of a non-reorderable op,
 * complex input to a real loop, which warns).
 */
export function reduceToValue(spec: ReduceSpec, a: NDArray): Scalar | undefined {
  const nd = a.ndim;
  if (nd === 0 || a.size === 0 || (nd > 1 && !REORDERABLE.has(spec.name))) return undefined;
  const loop = defaultLoop(spec, a.dtype);
  if (a.dtype.kind === 'c' && loop.kind !== 'c') return undefined;
  const acc = accumulatorSlot(loop, nd);
  let start: native.ReduceStart = native.REDUCE_START_GIVEN;
  if (spec.identity !== null) writeIdentity(acc, spec.identity);
  else {
    // (As in reduceArray: the first element, then the rest of one axis or all of several.)
    if (a.dtype !== loop) return undefined;
    start = nd === 1 ? native.REDUCE_START_FIRST_SKIP : native.REDUCE_START_FIRST;
  }
  const flags = native.reduceCall(native.ufuncIndex(spec.native ?? spec.name), loop, a, acc, acc.strides, null, start);
  // Read before reporting (see reduceArray). (A copy without a cast raises
  // nothing; an input cast's flags are the reduction's.)
  const value = acc.item();
  const own = (flags & 0xff) | ((flags >>> native.REDUCE_INPUT_CASTS_SHIFT) & 0xff);
  if (own !== 0) reportFloatingPointErrors(own, 'reduce');
  return value;
}

/** 0-d arrays of the ufunc identities as `initial` values (only read), by value. */
const identityArrays = new Map<unknown, NDArray>();

/** `value` as a 0-d array (`np.asarray(initial)`); the identities' are cached. */
function initialArray(value: unknown): NDArray {
  if (value !== 0 && value !== 1 && value !== true && value !== false) return toArray(value, null, null);
  // (-0.0 === 0 but is a float, so it is not cached.)
  if (Object.is(value, -0)) return toArray(value, null, null);
  let a = identityArrays.get(value);
  if (a === undefined) {
    a = toArray(value, null, null);
    identityArrays.set(value, a);
  }
  return a;
}

export interface ReduceArgs {
  axis: unknown;
  dtype: DType | null;
  out: NDArray | null;
  keepdims: boolean;
  initial: unknown;
  where: unknown;
}

/**
 * `spec.reduce(a, axis, dtype, out, keepdims, initial, where)`: an NDArray,
 * `out`, or a JS value for a 0-d result.
 */
export function reduceArray(spec: ReduceSpec, a: NDArray, r: ReduceArgs): NDArray | Scalar {
  const nd = a.ndim;
  const axes = reductionAxes(r.axis, nd);
  const name = spec.name;
  // (NumPy resolves the loop first: its errors come before this check.)
  const loop = reduceLoopDType(spec, a.dtype, r.dtype, r.out);
  if (!REORDERABLE.has(name) && axes.length > 1) {
    throw new ValueError(`reduction operation '${name}' is not reorderable, so at most one axis may be specified`);
  }
  const initial = r.initial === NO_VALUE || r.initial === null ? spec.identity : r.initial;
  let mask: { array: NDArray; strides: number[] } | null = null;
  if (r.where !== true && r.where !== NO_VALUE) {
    if (initial === null) {
      throw new ValueError(
        `reduction operation '${name}' does not have an identity, so to use a where mask one has to specify 'initial'`,
      );
    }
    const m = toArray(r.where, toDType('bool'));
    checkReductionMask(m.shape, a.shape);
    mask = { array: m, strides: broadcastStrides(m.shape, m.strides, a.shape) };
  }
  // The keepdims shape, the result's shape and the count of elements
  // reduced into each result, in one pass over the axes.
  const shape = a.shape;
  const reduced = new Array<boolean>(nd).fill(false);
  for (let k = 0; k < axes.length; k++) reduced[axes[k]] = true;
  const keepShape = new Array<number>(nd);
  const resShape: number[] = [];
  let count = 1;
  let keptSize = 1;
  for (let i = 0; i < nd; i++) {
    const n = shape[i];
    if (reduced[i]) {
      keepShape[i] = 1;
      count *= n;
    } else {
      keepShape[i] = n;
      keptSize *= n;
      resShape.push(n);
    }
  }
  if (count === 0 && initial === null && keptSize > 0) {
    throw new ValueError(`zero-size array to reduction operation ${name} which has no identity`);
  }
  const out = r.out;
  let outKeep: NDArray | null = null;
  if (out) outKeep = checkOut(name, out, a.shape, axes, r.keepdims, keepShape);
  // NumPy's ComplexWarning: for the input's cast to the loop (twice when
  // the first elements are copied in first), twice for the cast into `out`
  // (its first-values copy and its reduction loop).
  warnComplexCast(a.dtype, loop, initial === null && count > 0 ? 2 : 1);
  if (out) warnComplexCast(loop, out.dtype, 2);
  // A reduction to one JS value (np.sum(a), a.max()) reads its accumulator
  // once, so that can be a reused slot instead of a new array, when nothing
  // can run user code (an np.seterrcall handler) between its first write
  // and that read: it starts from the identity or from a copy that casts
  // nothing, and the reduction's flags are reported after the read.
  const identityStart = spec.identity !== null && Object.is(initial, spec.identity);
  const toValue =
    !out && !r.keepdims && resShape.length === 0 && (identityStart || (initial === null && a.dtype === loop));
  // (A new accumulator is written in full below: initial values or first elements.)
  const acc =
    outKeep && outKeep.dtype === loop
      ? outKeep
      : toValue
        ? accumulatorSlot(loop, nd)
        : allocateForOverwrite(keepShape, loop);
  let input = a;
  // Without an identity or `initial`, NumPy starts each result from the
  // input's first element along the reduced axes, then reduces the rest of
  // the one reduced axis (or, with several, all of the input: such ops are
  // idempotent). The native call does both, after staging an input that
  // overlaps `out`. (It finds the reduced axes as those `acc` does not
  // advance along, so an `out` that repeats elements along a kept axis,
  // stride 0, takes a copy first instead.)
  let start: native.ReduceStart = native.REDUCE_START_GIVEN;
  let inputCastFlags = 0;
  if (toValue && identityStart) writeIdentity(acc, spec.identity as number | boolean);
  else if (identityStart && acc !== outKeep) fillIdentity(acc, spec.identity as number | boolean);
  else if (initial !== null) fillScalar(acc, initial);
  else if (count > 0 && axes.length === 0) {
    // No axis to reduce: each result is its element (cast), nothing more.
    // NumPy's reduction loop casts the elements again: their cast's flags
    // are the reduction's too.
    const cast = native.castCopyFlags(a, acc);
    reportFloatingPointErrors(cast, 'cast');
    if (a.dtype !== loop && nd > 0 && !native.loopClearsStatus(native.ufuncIndex(spec.native ?? name), loop)) {
      inputCastFlags = cast;
    }
    input = a._view(a._offset, [0], [0]);
  } else if (count > 0 && (acc !== outKeep || !repeatsAlongKeptAxis(acc, reduced))) {
    start = axes.length === 1 ? native.REDUCE_START_FIRST_SKIP : native.REDUCE_START_FIRST;
  } else if (count > 0) {
    native.castCopy(seen(a, keepShape, a.strides), acc);
    if (axes.length === 1) {
      const ax = axes[0];
      const shape = a.shape.map((n, i) => (i === ax ? n - 1 : n));
      input = a._view(a._offset + a.strides[ax], shape, a.strides);
    }
  }
  let flags = inputCastFlags;
  if (input.size > 0) {
    const accStrides = new Array<number>(nd);
    for (let i = 0; i < nd; i++) accStrides[i] = reduced[i] ? 0 : acc.strides[i];
    const op = native.ufuncIndex(spec.native ?? name);
    flags = native.reduceCall(
      op,
      loop,
      input,
      acc,
      accStrides,
      mask,
      start,
      start === native.REDUCE_START_FIRST_SKIP ? axes[0] : 0,
    );
  }
  // The first elements' cast comes back in bits 8-15 (NumPy reports it
  // first), the input's cast to the loop dtype in bits 16-23: NumPy's
  // reduction loop finds those raised (the reduction's own), but casts a
  // 0-d input by a copy first ("cast").
  const inputCasts = (flags >>> native.REDUCE_INPUT_CASTS_SHIFT) & 0xff;
  let castFlags = (flags >>> CAST_FLAGS_SHIFT) & 0xff;
  flags &= (1 << CAST_FLAGS_SHIFT) - 1;
  if (nd === 0) castFlags |= inputCasts;
  else flags |= inputCasts;
  if (toValue) {
    const value = acc.item();
    if (castFlags !== 0) reportFloatingPointErrors(castFlags, 'cast');
    if (flags !== 0) reportFloatingPointErrors(flags, 'reduce');
    return value;
  }
  if (castFlags !== 0) reportFloatingPointErrors(castFlags, 'cast');
  if (flags !== 0) reportFloatingPointErrors(flags, 'reduce');
  if (out) {
    if (acc !== outKeep) native.castCopy(acc, outKeep as NDArray);
    return out;
  }
  if (r.keepdims) return acc;
  if (resShape.length === 0) return acc.item();
  const resStrides: number[] = [];
  for (let i = 0; i < nd; i++) if (!reduced[i]) resStrides.push(acc.strides[i]);
  return acc._view(acc._offset, resShape, resStrides);
}

/**
 * `reduceArray` as the public reductions return it: a 0-d result (of a 0-d
 * input with keepdims) is a JS value too, unless it is `out`.
 */
export function reduceResult(spec: ReduceSpec, a: NDArray, r: ReduceArgs): NDArray | Scalar {
  const res = reduceArray(spec, a, r);
  return r.out === null && isNDArray(res) && res.ndim === 0 ? res.item() : res;
}

/** Whether `acc` has stride 0 on a kept (not reduced) axis longer than 1. */
function repeatsAlongKeptAxis(acc: NDArray, reduced: readonly boolean[]): boolean {
  for (let i = 0; i < acc.ndim; i++) if (!reduced[i] && acc.strides[i] === 0 && acc.shape[i] > 1) return true;
  return false;
}

/** Checks `out` against the reduction's result and returns its keepdims-shaped view. */
function checkOut(
  name: string,
  out: NDArray,
  shape: readonly number[],
  axes: number[],
  keepdims: boolean,
  keepShape: number[],
): NDArray {
  const expected = keepdims ? shape.length : shape.length - axes.length;
  if (out.ndim !== expected) {
    throw new ValueError(
      `output parameter for reduction operation ${name} has the wrong number of dimensions: Found ${out.ndim} but expected ${expected}${keepdims ? " (must match the operand's when keepdims=True)" : ''}`,
    );
  }
  if (keepdims) {
    for (let i = 0; i < shape.length; i++) {
      if (axes.includes(i) && out.shape[i] !== 1) {
        throw new ValueError(
          `operand was set up as a reduction along axis ${i}, but the length of the axis is ${out.shape[i]} (it has to be 1)`,
        );
      }
    }
    if (out.shape.some((n, i) => n !== keepShape[i])) throw remapError(out.shape, [...out.shape.map(String)], shape);
    return out;
  }
  const strides: number[] = [];
  const remapped: string[] = [];
  let k = 0;
  for (let i = 0; i < shape.length; i++) {
    if (axes.includes(i)) {
      strides.push(0);
      remapped.push('newaxis');
    } else {
      strides.push(out.strides[k]);
      remapped.push(String(out.shape[k++]));
    }
  }
  const outs = out.shape;
  let j = 0;
  const bad = shape.some((n, i) => !axes.includes(i) && outs[j++] !== n);
  if (bad) throw remapError(outs, remapped, shape);
  return out._view(out._offset, keepShape, strides);
}

function remapError(orig: readonly number[], remapped: string[], shape: readonly number[]): ValueError {
  // NumPy prints the remapped shape from its first non-new axis.
  while (remapped[0] === 'newaxis') remapped.shift();
  return new ValueError(
    `operands could not be broadcast together with remapped shapes [original->remapped]: ${fmtShape(orig)}->(${remapped.join(',')}) ${fmtShape(shape)} `,
  );
}

/** `spec.accumulate(a, axis, dtype, out)`. */
export function accumulateArray(
  spec: ReduceSpec,
  a: NDArray,
  axis: number,
  dtype: DType | null,
  out: NDArray | null,
): NDArray {
  if (a.ndim === 0) throw new TypeError('cannot accumulate on a scalar');
  const ax = parseAxes(axis, a.ndim)[0];
  const loop = reduceLoopDType(spec, a.dtype, dtype, out, 'accumulate');
  if (out && (out.ndim !== a.ndim || out.shape.some((n, i) => n !== a.shape[i]))) {
    // NumPy accumulates a 1-d array into an out of the dtype it would give
    // the result in a loop of its own, with this check; other calls go
    // through its iterator.
    if (a.ndim === 1 && out.dtype === reduceLoopDType(spec, a.dtype, dtype, null, 'accumulate'))
      throw new ValueError('provided out is the wrong size for the accumulation.');
    const fits = out.ndim === a.ndim && out.shape.every((n, i) => n === a.shape[i] || n === 1 || a.shape[i] === 1);
    if (out.ndim === a.ndim && !fits) {
      throw new ValueError(
        `operands could not be broadcast together with remapped shapes [original->remapped]: ${fmtShape(out.shape)}->${fmtShape(out.shape)} ${fmtShape(a.shape)}->${fmtShape(a.shape)} `,
      );
    }
    if (a.ndim === 1 && out.ndim === 1) {
      throw new ValueError(
        `non-broadcastable output operand with shape ${fmtShape(out.shape)} [remapped to ${fmtShape(out.shape)}] doesn't match the broadcast shape ${fmtShape(a.shape)}`,
      );
    }
    throw new ValueError(
      `non-broadcastable output operand with shape ${fmtShape(out.shape)} doesn't match the broadcast shape ${fmtShape(a.shape)}`,
    );
  }
  // NumPy's ComplexWarnings: the input's cast to the loop, and `out`'s both
  // ways (its loop reads the previous result from `out`).
  warnComplexCast(a.dtype, loop);
  if (out) warnComplexCast(out.dtype, loop);
  if (out) warnComplexCast(loop, out.dtype);
  const input = a.dtype === loop ? a : copyAs(a, loop, 'C');
  // Every element of a new result is written.
  const res = out && out.dtype === loop ? out : allocateForOverwrite(a.shape, loop);
  let flags = 0;
  if (a.size > 0) flags = native.accumulateCall(native.ufuncIndex(spec.native ?? spec.name), input, res, ax);
  if (out && res !== out) {
    // NumPy casts into `out` in its buffered loop: the cast clears the
    // status first (the loop's own flags are lost) and warns as a cast, and
    // the loop then finds its flags raised.
    flags = native.castCopyFlags(res, out);
    reportFloatingPointErrors(flags, 'cast');
  }
  if (flags !== 0) reportFloatingPointErrors(flags, 'accumulate');
  return out ?? res;
}

/** The parameters of `ufunc.reduce`. */
const ACCUMULATE_PARAMS: Param[] = [
  { name: 'array' },
  { name: 'axis', default: 0 },
  { name: 'dtype', default: null },
  { name: 'out', default: null },
];

const REDUCEAT_PARAMS: Param[] = [
  { name: 'array' },
  { name: 'indices' },
  { name: 'axis', default: 0 },
  { name: 'dtype', default: null },
  { name: 'out', default: null },
];

const REDUCE_PARAMS = [
  { name: 'array' },
  { name: 'axis', default: 0 },
  { name: 'dtype', default: null },
  { name: 'out', default: null },
  { name: 'keepdims', default: false, check: checks.bool },
  { name: 'initial', default: NO_VALUE },
  { name: 'where', default: true },
];

/** The `reduce`, `accumulate`, `reduceat`, `outer` and `at` methods for a ufunc object. */
export function ufuncMethods(spec: UfuncSpec, call: (...args: unknown[]) => unknown): Record<string, unknown> {
  const rspec: ReduceSpec = spec;
  const binary = (what: string) => {
    if (spec.nin !== 2) throw new ValueError(`${what} only supported for binary functions`);
  };
  const dt = (d: unknown): DType | null => (d === null ? null : toDType(d));
  return {
    reduce(...args: unknown[]) {
      binary('reduce');
      const p = parseArgs('reduce', args, REDUCE_PARAMS, 'npy');
      const a = toArray(p.array, null, null);
      return reduceResult(rspec, a, {
        axis: p.axis,
        dtype: dt(p.dtype),
        out: outArg(p.out),
        keepdims: p.keepdims as boolean,
        initial: p.initial,
        where: p.where,
      });
    },
    accumulate(...args: unknown[]) {
      binary('accumulate');
      const p = parseArgs('accumulate', args, ACCUMULATE_PARAMS, 'npy');
      if (Array.isArray(p.axis)) {
        if (p.axis.length !== 1) throw new ValueError('accumulate does not allow multiple axes');
        p.axis = p.axis[0];
      }
      return accumulateArray(rspec, toArray(p.array, null, null), p.axis as number, dt(p.dtype), outArg(p.out));
    },
    reduceat(...args: unknown[]) {
      binary('reduceat');
      const p = parseArgs('reduceat', args, REDUCEAT_PARAMS, 'npy');
      return reduceatArray(rspec, toArray(p.array, null, null), p.indices, p.axis, dt(p.dtype), outArg(p.out));
    },
    outer(...args: unknown[]) {
      binary('outer');
      if (args.length < 2) throw new TypeError('outer() missing required arguments');
      const [A, B, ...rest] = args;
      const a = toArray(A, null, null);
      const b = toArray(B, null, null);
      const ones = b.shape.map(() => 1);
      const a2 = a._view(a._offset, [...a.shape, ...ones], [...a.strides, ...ones.map(() => 0)]);
      return call(a2, b, ...rest);
    },
    at(...args: unknown[]) {
      return ufuncAt(spec, args);
    },
  };
}

/**
 * `ufunc.reduceat`: along `axis`, result `j` is `a[indices[j]]` reduced with
 * the rest of `a[indices[j]:indices[j+1]]` (just `a[indices[j]]` when
 * `indices[j+1] <= indices[j]`; the last runs to the end), always starting
 * from that first element, as NumPy's reduceat loop does (no identity),
 * each result folding its run in one inner loop (pairwise for float `add`).
 * The input is cast to the loop dtype first ("cast"); the loop's errors are
 * "reduceat".
 */
function reduceatArray(
  spec: ReduceSpec,
  a: NDArray,
  indicesArg: unknown,
  axisArg: unknown,
  dtype: DType | null,
  out: NDArray | null,
): NDArray {
  const ax = parseAxes(axisArg, a.ndim)[0];
  const idx = toArray(indicesArg, toDType('int64')).reshape(-1).tolist() as number[];
  const n = a.shape[ax];
  for (const i of idx) {
    if (i < 0 || i >= n) throw new IndexError(`index ${i} out-of-bounds in ${spec.name}.reduceat [0, ${n})`);
  }
  const loop = reduceLoopDType(spec, a.dtype, dtype, out, 'reduceat');
  const shape = a.shape.map((m, k) => (k === ax ? idx.length : m));
  const res = out && out.dtype === loop ? out : allocate(shape, loop);
  warnComplexCast(a.dtype, loop);
  if (out) warnComplexCast(loop, out.dtype);
  // NumPy casts the input up front, walking the reduced axis innermost:
  // the cast loop sees it strided unless it is the last axis (which
  // decides, for instance, what a NaN cast to uint32 gives).
  const order = [...a.shape.keys()].filter((k) => k !== ax).concat(ax);
  const back = order.map((_, k) => order.indexOf(k));
  const src = a.dtype === loop ? a : copyAs(a.transpose(order), loop, 'C').transpose(back);
  const slab = (arr: NDArray, i: number, len: number) =>
    arr._view(
      arr._offset + i * arr.strides[ax],
      arr.shape.map((m, k) => (k === ax ? len : m)),
      arr.strides,
    );
  const op = native.ufuncIndex(spec.native ?? spec.name);
  let flags = 0;
  idx.forEach((start, j) => {
    const stop = j + 1 < idx.length ? idx[j + 1] : n;
    const seg = slab(src, start, start < stop ? stop - start : 1);
    if (seg.size === 0) return;
    const target = slab(res, j, 1);
    const accStrides = target.strides.map((st, k) => (k === ax ? 0 : st));
    flags |= native.reduceCall(op, loop, seg, target, accStrides, null, native.REDUCE_START_FIRST_SKIP_FOLD, ax);
  });
  // (The first elements' copies cast nothing: `src` has the loop dtype.)
  const own = flags & ((1 << CAST_FLAGS_SHIFT) - 1);
  if (own !== 0) reportFloatingPointErrors(own, 'reduceat');
  if (out && res !== out) native.castCopy(res, out);
  return out ?? res;
}

/** A 0-d array of `dt` holding `value`. */
export function scalarOf(value: Scalar, dt: DType): NDArray {
  const a = allocate([], dt);
  writer(dt)(dataView(a._bytes.buffer), a._bytes.byteOffset + a._offset, value);
  return a;
}
