/**
 * The one place that imports the native addon. Everything else calls the
 * typed wrappers here, which marshal NDArrays into `(bytes, meta)` pairs and
 * turn native failures into rumpy's error classes.
 *
 * Wire format of one array operand: a `Uint8Array` over the whole underlying
 * buffer (ArrayBuffer or SharedArrayBuffer) and a `Float64Array`
 * `[dtypeCode, byteOffset, ndim, ...shape, ...byteStrides]`.
 */
import type * as Binding from '../binding/index';
import { reportFloatingPointErrors } from './core/errstate';
import { translateNativeError } from './errors';

// The generated loader picks the local build or the platform package.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const binding: typeof Binding = require('../binding/index.js');

// Freed buffers stay in the process for the next arrays (designs/0001).
const mallocTuning = process.env.RUMPY_MALLOC_TUNING !== '0';
if (mallocTuning) binding.tuneAllocator();

/** glibc's mmap threshold as `tuneAllocator` fixes it (32 MiB). */
const MMAP_THRESHOLD = 32 * 1024 * 1024;

/**
 * A new ArrayBuffer of `nbytes` uninitialised bytes (Node's unzeroed
 * allocation). Blocks at or above the mmap threshold are taken from the
 * heap, where freed ones are reused, instead of fresh mappings whose pages
 * the kernel zeroes on first touch (native/src/allocator.rs).
 */
export function uninitializedBuffer(nbytes: number): ArrayBuffer {
  if (!mallocTuning || nbytes < MMAP_THRESHOLD) return Buffer.allocUnsafeSlow(nbytes).buffer as ArrayBuffer;
  binding.largeAllocFromHeap(true);
  try {
    return Buffer.allocUnsafeSlow(nbytes).buffer as ArrayBuffer;
  } finally {
    binding.largeAllocFromHeap(false);
  }
}

/**
 * Whether large zero-filled buffers are zeroed by returning their pages to
 * the kernel: only where ArrayBuffer memory is Node's glibc-allocated
 * private memory (plain Node on Linux; Electron allocates ArrayBuffers in
 * V8's sandbox, so it keeps `new ArrayBuffer`).
 */
const pageZeroing = mallocTuning && process.platform === 'linux' && process.versions.electron === undefined;

/**
 * A new zero-filled ArrayBuffer of `nbytes`. Large ones (from the mmap
 * threshold up, where glibc may hand back a reused heap block that its
 * calloc would memset, 8 ms for 80 MB) are allocated uninitialised and
 * zeroed by returning their whole pages to the kernel, as a fresh mapping
 * is zero (native/src/allocator.rs `zero_fill`).
 */
export function zeroedBuffer(nbytes: number): ArrayBuffer {
  if (!pageZeroing || nbytes < MMAP_THRESHOLD) return new ArrayBuffer(nbytes);
  const buffer = uninitializedBuffer(nbytes);
  binding.zeroFillNew(new Uint8Array(buffer));
  return buffer;
}

/** What the native layer needs to see of an array. */
export interface NativeOperand {
  readonly _bytes: Uint8Array;
  /** Cached address of `_bytes` (NDArray keeps it; -1 or absent = unknown). */
  _address?: number;
  readonly _offset: number;
  readonly dtype: { readonly code: number };
  readonly shape: readonly number[];
  readonly strides: readonly number[];
}

export function meta(a: NativeOperand): Float64Array {
  const nd = a.shape.length;
  const m = new Float64Array(3 + 2 * nd);
  m[0] = a.dtype.code;
  m[1] = a._offset;
  m[2] = nd;
  for (let i = 0; i < nd; i++) {
    m[3 + i] = a.shape[i];
    m[3 + nd + i] = a.strides[i];
  }
  return m;
}

/**
 * The call arena (native/src/bindings/arena.rs): calls write their operand
 * descriptors here and pass only the arena id, so a small call costs one
 * cheap boundary crossing. Operand layout: `[address, bufferLength, dtype,
 * byteOffset, ndim, ...shape, ...strides]`.
 */
const ARENA_SLOTS = 1 << 12;
const arena = new Float64Array(ARENA_SLOTS);
const arenaId = binding.attachArena(new Uint8Array(arena.buffer));
let cursor = 0;

/**
 * Addresses of buffers' first bytes, looked up once per Uint8Array. NDArrays
 * keep theirs in `_address` (views inherit it); the map serves other
 * operands and arrays made before their buffer's address was known.
 */
const addresses = new WeakMap<Uint8Array, number>();

/** The last buffer whose address was used (small arrays share slab buffers). */
let lastBytes: Uint8Array | null = null;
let lastAddress = 0;

function addressOf(bytes: Uint8Array): number {
  let a = addresses.get(bytes);
  if (a === undefined) {
    a = binding.bufferAddress(bytes);
    addresses.set(bytes, a);
  }
  return a;
}

/** The one operand per call whose address the addon fills in (a new buffer). */
let late: NativeOperand | null = null;
let lateSlot = -1;

/** The address of `a`'s buffer for the arena slot at `slot` (-1: the addon fills it in). */
function resolveAddress(a: NativeOperand, slot: number): number {
  const bytes = a._bytes;
  // A detached buffer reads as length 0, which fails validation natively.
  if (bytes.length === 0) return 0;
  let addr = a._address ?? -1;
  if (addr >= 0) return addr;
  if (bytes === lastBytes) addr = lastAddress;
  else {
    const known = addresses.get(bytes);
    if (known !== undefined) addr = known;
    else if (late === null) {
      // Let the addon read this buffer's address from the call argument.
      late = a;
      lateSlot = slot;
      return -1;
    } else addr = addressOf(bytes);
    lastBytes = bytes;
    lastAddress = addr;
  }
  if (a._address !== undefined) a._address = addr;
  return addr;
}

/**
 * Appends one operand to the arena. (Buffer sizes are read as `length`, which
 * equals `byteLength` for a Uint8Array: V8 11 inlines the former, not the latter.)
 */
function put(a: NativeOperand, shape: readonly number[] = a.shape, strides: readonly number[] = a.strides): void {
  const nd = shape.length;
  if (cursor + 5 + 2 * nd > ARENA_SLOTS) throw new RangeError('too many dimensions for one call');
  arena[cursor] = resolveAddress(a, cursor);
  arena[cursor + 1] = a._bytes.length;
  arena[cursor + 2] = a.dtype.code;
  arena[cursor + 3] = a._offset;
  arena[cursor + 4] = nd;
  for (let i = 0; i < nd; i++) {
    arena[cursor + 5 + i] = shape[i];
    arena[cursor + 5 + nd + i] = strides[i];
  }
  cursor += 5 + 2 * nd;
}

/** Appends a C-contiguous operand as `[address, bufferLength, byteOffset]`. */
function putContiguous(a: NativeOperand): void {
  arena[cursor] = resolveAddress(a, cursor);
  arena[cursor + 1] = a._bytes.length;
  arena[cursor + 2] = a._offset;
  cursor += 3;
}

/** Starts writing a call's operands. */
function begin(): void {
  cursor = 0;
  late = null;
}

/** The late operand's bytes for the call, or undefined. */
function lateBytes(): Uint8Array | undefined {
  return late === null ? undefined : late._bytes;
}

/** Caches the address the addon wrote back for the late operand. */
function finish(): void {
  if (late !== null) {
    const addr = arena[lateSlot];
    // NDArrays (and their later views) keep the address; other operands use
    // the map (a WeakMap entry per new output would cost more than the call).
    if (late._address !== undefined) late._address = addr;
    else addresses.set(late._bytes, addr);
    lastBytes = late._bytes;
    lastAddress = addr;
    late = null;
  }
}

function call<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw translateNativeError(e);
  }
}

/** `binding.castCopy` as a plain napi function on this arena (native/src/bindings/raw_call.rs). */
const castCopyFast = binding.castCopyFunction(arenaId);

/** Copies `src` into `dst` (same shape), casting with NumPy's semantics. */
export function castCopy(src: NativeOperand, dst: NativeOperand): void {
  // NumPy checks the floating-point flags of casts too (np.seterr).
  reportFloatingPointErrors(castCopyFlags(src, dst), 'cast');
}

/** `castCopy` that returns the cast's floating-point flags instead of reporting them. */
export function castCopyFlags(src: NativeOperand, dst: NativeOperand): number {
  // Nothing to copy; an empty view may point past its buffer, as in NumPy.
  if (dst.shape.includes(0)) return 0;
  begin();
  put(src);
  put(dst);
  let flags: number;
  try {
    flags = late === null ? castCopyFast() : castCopyFast(late._bytes);
  } catch (e) {
    throw translateNativeError(e);
  }
  finish();
  return flags;
}

/**
 * `binding.ufuncCall` as a plain napi function (no napi-rs per-call
 * wrapper; see `ufunc_call_function` in native/src/bindings/ufunc.rs).
 */
const ufuncCallFast = binding.ufuncCallFunction();

/** Indices of the native op table, by name (`native/src/ufunc/mod.rs`). */
const opIndex = new Map(binding.ufuncNames().map((name, i) => [name, i]));

/** The native op index of a ufunc, or an error if the addon has no such op. */
export function ufuncIndex(name: string): number {
  const i = opIndex.get(name);
  if (i === undefined) throw new Error(`rumpy internal error: no native loop table for ufunc '${name}'`);
  return i;
}

/**
 * Whether NumPy's loop of native op `op` for inputs of `loop` clears the
 * floating-point status after it runs (its float32/float64/complex min/max
 * loops), dropping even its input casts' flags.
 */
export function loopClearsStatus(op: number, loop: { readonly code: number }): boolean {
  return call(() => binding.ufuncLoopClearsStatus(op, loop.code));
}

/**
 * Runs native op `op` with the loop `signature` (one dtype per operand:
 * inputs, then outputs). Inputs (and the optional bool `where=` mask) are
 * given with the output's shape and their broadcast strides; outputs have
 * that shape.
 */
export function ufuncCall(
  op: number,
  signature: readonly { readonly code: number }[],
  inputs: readonly NativeOperand[],
  inputStrides: readonly (readonly number[])[],
  outputs: readonly NativeOperand[],
  mask: NativeOperand | null = null,
  maskStrides: readonly number[] = [],
): number {
  begin();
  arena[cursor++] = mask === null ? 0 : 1;
  // (Indexed loops: a for-of over an array runs V8's iterator protocol here.)
  for (let i = 0; i < signature.length; i++) arena[cursor++] = signature[i].code;
  const shape = outputs[0].shape;
  for (let i = 0; i < inputs.length; i++) put(inputs[i], shape, inputStrides[i]);
  for (let i = 0; i < outputs.length; i++) put(outputs[i]);
  if (mask !== null) put(mask, shape, maskStrides);
  const flags = call(() => ufuncCallFast(arenaId, op, lateBytes()));
  finish();
  return flags;
}

const ufuncContiguousFast = binding.ufuncContiguousFunction(arenaId);

/** The most elements `ufuncCallContiguous` casts inputs for (`ufunc::CONTIGUOUS_CAST_MAX`). */
export const CONTIGUOUS_CAST_MAX = 1024;

/**
 * The small-call path (`ufunc_call_contiguous` in native/src/bindings/ufunc.rs):
 * op `op` on C-contiguous operands of `n` elements in their loop dtypes
 * `codes` (inputs, then the output), one new output that overlaps no input.
 * Inputs whose bit is set in `scalars` are one element broadcast to all `n`
 * (a Python scalar's 0-d slot). `sources` are the inputs' own dtype codes
 * when they differ from the loop's: such inputs are cast first, in calls of
 * at most `CONTIGUOUS_CAST_MAX` elements.
 */
export function ufuncCallContiguous(
  op: number,
  codes: readonly number[],
  inputs: readonly NativeOperand[],
  out: NativeOperand,
  n: number,
  scalars = 0,
  sources: readonly number[] = codes,
): number {
  begin();
  arena[0] = op;
  arena[1] = n;
  arena[2] = scalars;
  const nc = codes.length;
  for (let i = 0; i < nc; i++) arena[3 + i] = codes[i];
  const nin = inputs.length;
  for (let i = 0; i < nin; i++) arena[3 + nc + i] = sources[i];
  cursor = 3 + nc + nin;
  for (let i = 0; i < inputs.length; i++) putContiguous(inputs[i]);
  putContiguous(out);
  try {
    if (late === null) ufuncContiguousFast();
    else ufuncContiguousFast(late._bytes);
  } catch (e) {
    throw translateNativeError(e);
  }
  // The addon leaves the floating-point flags in slot 0.
  const flags = arena[0];
  finish();
  return flags;
}

/**
 * `ufuncCall` for the common case: inputs with the output's shape (their
 * own strides), one output, no mask; `codes` are the loop's dtype codes
 * (inputs, then output).
 */
export function ufuncCallSimple(
  op: number,
  codes: readonly number[],
  inputs: readonly NativeOperand[],
  out: NativeOperand,
): number {
  begin();
  arena[0] = 0;
  const nc = codes.length;
  for (let i = 0; i < nc; i++) arena[1 + i] = codes[i];
  cursor = 1 + nc;
  for (let i = 0; i < inputs.length; i++) put(inputs[i], inputs[i].shape, inputs[i].strides);
  put(out, out.shape, out.strides);
  let flags: number;
  try {
    flags = ufuncCallFast(arenaId, op, late === null ? undefined : late._bytes);
  } catch (e) {
    throw translateNativeError(e);
  }
  finish();
  return flags;
}

/** Completes an arange whose first two elements are set (contiguous 1-d). */
export function arangeFill(dst: NativeOperand): void {
  call(() => binding.arangeFill(dst._bytes, meta(dst)));
}

/**
 * Writes `numpy.linspace` for `m` (start, stop) pairs into C-contiguous
 * `dst` `[num, m]` of float16/32/64 from contiguous `starts`/`stops` of
 * length `m` (same dtype). With `complex`, column pairs are (re, im) of one
 * complex value; with `floor`, values are floored (integer result dtypes).
 */
export function linspaceFill(
  dst: NativeOperand,
  starts: NativeOperand,
  stops: NativeOperand,
  endpoint: boolean,
  complex: boolean,
  floor: boolean,
): void {
  call(() =>
    binding.linspaceFill(
      dst._bytes,
      meta(dst),
      starts._bytes,
      meta(starts),
      stops._bytes,
      meta(stops),
      endpoint,
      complex,
      floor,
    ),
  );
}

/** Fills C-contiguous 2-d `dst` with the Vandermonde matrix of contiguous 1-d `x` (same dtype). */
export function vanderFill(x: NativeOperand, dst: NativeOperand, increasing: boolean): void {
  call(() => binding.vanderFill(x._bytes, meta(x), dst._bytes, meta(dst), increasing));
}

/** Triggers a Rust panic inside the addon (boundary test only). */
export function panicForTest(): void {
  call(() => binding.__panicForTest());
}

/**
 * `dst[mask] = src` elementwise (`copyto(..., where=mask)`): `src` has
 * `dst`'s dtype and does not overlap it; `src` and `mask` (bool) are given
 * broadcast to `dst`'s shape through `srcStrides`/`maskStrides`.
 */
export function maskedCopy(
  src: NativeOperand,
  srcStrides: readonly number[],
  mask: NativeOperand,
  maskStrides: readonly number[],
  dst: NativeOperand,
): void {
  if (dst.shape.includes(0)) return;
  begin();
  put(src, dst.shape, srcStrides);
  put(mask, dst.shape, maskStrides);
  put(dst);
  call(() => binding.maskedCopy(arenaId, lateBytes()));
  finish();
}

/**
 * `repeat` with one count per row: `src` `[outer, n, inner]` row `i` is
 * written `counts[i]` times into `dst` `[outer, sum(counts), inner]` (same
 * dtype, no overlap).
 */
export function repeatRows(src: NativeOperand, dst: NativeOperand, counts: Float64Array): void {
  begin();
  put(src);
  put(dst);
  call(() => binding.repeatRows(arenaId, counts, lateBytes()));
  finish();
}

/** Where `reduceCall` returns the flags of casting its input to the loop dtype (native `INPUT_CASTS_SHIFT`). */
export const REDUCE_INPUT_CASTS_SHIFT = 16;

/**
 * Reduces `input` into `acc` with native op `op` (its `ufuncIndex`) in loop dtype `loop`
 * (native/src/traverse/reduce.rs). `acc` has the loop dtype, holds the
 * initial values, and is given with the input's shape and stride 0 on the
 * reduced axes (`accStrides`); `mask` (bool, input shape) selects elements.
 * Returns the floating-point error flags the reduction raised (its own in
 * bits 0-7, the first elements' copy in 8-15, the input's cast to the
 * loop dtype in 16-23).
 */
export function reduceCall(
  op: number,
  loop: { readonly code: number },
  input: NativeOperand,
  acc: NativeOperand,
  accStrides: readonly number[],
  mask: { array: NativeOperand; strides: readonly number[] } | null,
  start: ReduceStart = REDUCE_START_GIVEN,
  startAxis = 0,
): number {
  begin();
  arena[cursor++] = op;
  arena[cursor++] = mask === null ? 0 : 1;
  arena[cursor++] = loop.code;
  arena[cursor++] = start;
  arena[cursor++] = startAxis;
  put(input);
  put(acc, input.shape, accStrides);
  if (mask) put(mask.array, input.shape, mask.strides);
  const flags = call(() => (late === null ? reduceCallFast() : reduceCallFast(late._bytes)));
  finish();
  return flags;
}

/**
 * How `reduceCall` starts its accumulator: from the values it holds, or
 * from the input's first elements (copied, with a cast, into it: NumPy's
 * start without an identity), then reducing all of the input or the input
 * without them along `startAxis` (`_FOLD`: with that axis walked innermost,
 * each result folding its run in one inner loop, as NumPy's `reduceat`).
 * The first copy's floating-point flags come back in bits 8–15 of the
 * result.
 */
export type ReduceStart = 0 | 1 | 2 | 3;
export const REDUCE_START_GIVEN = 0;
export const REDUCE_START_FIRST = 1;
export const REDUCE_START_FIRST_SKIP = 2;
export const REDUCE_START_FIRST_SKIP_FOLD = 3;

/** `binding.reduceCall` as a plain napi function on this arena. */
const reduceCallFast = binding.reduceCallFunction(arenaId);

/** `ufunc.accumulate` of native op `op` (its `ufuncIndex`) of `input` into `out` (both of the loop dtype, same shape) along `axis`. */
export function accumulateCall(op: number, input: NativeOperand, out: NativeOperand, axis: number): number {
  begin();
  arena[cursor++] = op;
  arena[cursor++] = axis;
  arena[cursor++] = out.dtype.code;
  put(input);
  put(out);
  const flags = call(() => (late === null ? accumulateCallFast() : accumulateCallFast(late._bytes)));
  finish();
  return flags;
}

const accumulateCallFast = binding.accumulateCallFunction(arenaId);

/**
 * Fused `mean` (`stat` 0), `var` (1) or `std` (2) of C-contiguous, aligned,
 * non-empty float32/float64 `input` over `axis` (-1: every axis),
 * NaN-ignoring with `skipNan`, into C-contiguous `out` of the same dtype
 * (native/src/traverse/moments.rs). Returns the floating-point flags the
 * sums raised, plus 256 when an output had no elements (mean) or
 * `n - ddof <= 0` (variance); 512 alone when the layout was not handled
 * (nothing computed).
 */
export function momentsCall(
  stat: number,
  skipNan: boolean,
  ddof: number,
  axis: number,
  input: NativeOperand,
  out: NativeOperand,
): number {
  begin();
  arena[cursor++] = stat;
  arena[cursor++] = skipNan ? 1 : 0;
  arena[cursor++] = ddof;
  arena[cursor++] = axis;
  put(input);
  put(out);
  const r = call(() => (late === null ? momentsCallFast() : momentsCallFast(late._bytes)));
  finish();
  return r;
}

const momentsCallFast = binding.momentsCallFunction(arenaId);

/**
 * argmax/argmin over the last axis of `input`, described with `shape` and
 * `strides` (its own or a permutation), into int64 `out` (the leading axes).
 */
export function argReduceCall(
  input: NativeOperand,
  shape: readonly number[],
  strides: readonly number[],
  out: NativeOperand,
  isMax: boolean,
): void {
  begin();
  arena[cursor++] = isMax ? 1 : 0;
  put(input, shape, strides);
  put(out);
  try {
    if (late === null) argReduceCallFast();
    else argReduceCallFast(late._bytes);
  } catch (e) {
    throw translateNativeError(e);
  }
  finish();
}

const argReduceCallFast = binding.argReduceCallFunction(arenaId);

/** One index array of an advanced-indexing call: array axis, axis named in errors, integer index array. */
export interface MapIndex {
  readonly axis: number;
  readonly reportAxis: number;
  readonly index: NativeOperand;
}

/** Starts a call with an indexed array, its other operand and the index arrays (as `index_map` reads them). */
function putMapOperands(array: NativeOperand, other: NativeOperand, indices: readonly MapIndex[]): void {
  begin();
  put(array);
  put(other);
  for (const ix of indices) {
    arena[cursor++] = ix.axis;
    arena[cursor++] = ix.reportAxis;
    put(ix.index);
  }
}

/**
 * Advanced indexing (native/src/bindings/indexing.rs): gathers `array`
 * into `other` or scatters `other` into `array`. Every index carries the
 * broadcast shape B (0 strides on broadcast axes); `other` has the array's
 * dtype and shape `B ++ (array's other axes)`. Mode: 0 raise, 1 wrap, 2 clip.
 */
export function indexMap(
  array: NativeOperand,
  other: NativeOperand,
  indices: readonly MapIndex[],
  mode: number,
  scatter: boolean,
): void {
  putMapOperands(array, other, indices);
  call(() => binding.indexMap(arenaId, indices.length, mode, scatter, lateBytes()));
  finish();
}

/**
 * `ufunc.at`: op `op`'s loop (dtype `codes`, inputs then the output)
 * applied in place at the elements of `array` the index arrays select
 * (none: every element), with `values` laid out as `indexMap`'s scatter
 * takes them; `indexed` when NumPy runs the call through the op's indexed
 * loop. Returns the floating-point flags to report.
 */
export function ufuncAt(
  array: NativeOperand,
  values: NativeOperand,
  indices: readonly MapIndex[],
  op: number,
  codes: readonly number[],
  indexed: boolean,
): number {
  putMapOperands(array, values, indices);
  const flags = call(() => binding.ufuncAt(arenaId, op, [...codes], indices.length, indexed, lateBytes()));
  finish();
  return flags;
}

/** The number of non-zero elements of `a`. */
export function nonzeroCount(a: NativeOperand): number {
  begin();
  put(a);
  const result = call(() => binding.nonzeroCount(arenaId, lateBytes()));
  finish();
  return result;
}

/**
 * Writes the multi-indices of `a`'s non-zero elements into C-contiguous
 * int64 `out`, which has a row for every element (size × ndim), and returns
 * how many rows were written: `nonzero` in one pass, for small arrays.
 */
export function nonzeroCollectAll(a: NativeOperand, out: NativeOperand): number {
  begin();
  put(a);
  put(out);
  let count: number;
  try {
    count = late === null ? nonzeroCollectAllFast() : nonzeroCollectAllFast(late._bytes);
  } catch (e) {
    throw translateNativeError(e);
  }
  finish();
  return count;
}

const nonzeroCollectAllFast = binding.nonzeroCollectAllFunction(arenaId);

/** Writes the multi-indices of `a`'s non-zero elements into C-contiguous int64 `out` (count × ndim). */
export function nonzeroCollect(a: NativeOperand, out: NativeOperand): void {
  begin();
  put(a);
  put(out);
  call(() => binding.nonzeroCollect(arenaId, lateBytes()));
  finish();
}

// ---- sorting, searching, sets (native/src/bindings/sort.rs) ----
// Lane verbs take arrays whose LAST axis is the one to work along.

/**
 * Sorts the lanes (last axis) of `src` into those of `dst` (same dtype and
 * shape; `dst` is `src` for an in-place sort), in NumPy's NaN-last order,
 * stably when `stable`.
 */
export function sortLanes(src: NativeOperand, dst: NativeOperand, stable: boolean): void {
  begin();
  put(src);
  put(dst);
  call(() => binding.sortLanes(arenaId, stable, lateBytes()));
  finish();
}

/** Writes the sorting permutation of `a`'s lanes into `out` (int64, same shape; stable when `stable`). */
export function argsortLanes(a: NativeOperand, out: NativeOperand, stable: boolean): void {
  begin();
  put(a);
  put(out);
  call(() => binding.argsortLanes(arenaId, stable, lateBytes()));
  finish();
}

/** Partitions `a` in place along its last axis around every index of `kth` (in range). */
export function partitionLanes(a: NativeOperand, kth: readonly number[]): void {
  begin();
  put(a);
  call(() => binding.partitionLanes(arenaId, Float64Array.from(kth), lateBytes()));
  finish();
}

/**
 * `np.median` of `a`'s lanes along its last axis (each non-empty; bool,
 * integer or float) into `out`: `a`'s leading axes, float64 for bool and
 * integers, else `a`'s dtype. Returns the floating-point flags raised.
 */
export function medianLanes(a: NativeOperand, out: NativeOperand): number {
  begin();
  put(a);
  put(out);
  const flags = call(() => binding.medianLanes(arenaId, lateBytes()));
  finish();
  return flags;
}

/**
 * `np.interp`'s loop: `out[i]` from `x[i]` on the samples `(xp, fp)`, all
 * aligned C-contiguous 1-d float64 (`out` new, shaped like `x`).
 */
export function interpF64(
  x: NativeOperand,
  xp: NativeOperand,
  fp: NativeOperand,
  out: NativeOperand,
  left: number,
  right: number,
): void {
  begin();
  put(x);
  put(xp);
  put(fp);
  put(out);
  call(() => binding.interpF64(arenaId, left, right, lateBytes()));
  finish();
}

/**
 * `np.bincount`'s loop: counts (int64 `out`) or weight sums (float64 `out`,
 * float64 `weights`) of the int64 values `x`, each in `0..out.size`; all
 * aligned C-contiguous 1-d arrays.
 */
export function bincountInto(x: NativeOperand, weights: NativeOperand | null, out: NativeOperand): void {
  begin();
  put(x);
  if (weights !== null) put(weights);
  put(out);
  call(() => binding.bincountInto(arenaId, weights !== null, lateBytes()));
  finish();
}

/**
 * `np.histogram`'s equal-width loop: adds into `out` (int64 counts, or
 * float64 weight sums) the bins of the float64 values `a` between `first`
 * and `last` (`denom` their difference) on float64 `edges`; all aligned
 * C-contiguous 1-d arrays.
 */
export function histogramUniform(
  a: NativeOperand,
  weights: NativeOperand | null,
  edges: NativeOperand,
  out: NativeOperand,
  first: number,
  last: number,
  denom: number,
): void {
  begin();
  put(a);
  if (weights !== null) put(weights);
  put(edges);
  put(out);
  call(() => binding.histogramUniform(arenaId, weights !== null, first, last, denom, lateBytes()));
  finish();
}

/** Writes into `out` (int64) indices partitioning `a`'s lanes around every `kth`. */
export function argpartitionLanes(a: NativeOperand, out: NativeOperand, kth: readonly number[]): void {
  begin();
  put(a);
  put(out);
  call(() => binding.argpartitionLanes(arenaId, Float64Array.from(kth), lateBytes()));
  finish();
}

/** Writes into `out` (int64) the lexsort permutation of the keys' lanes (last key primary). */
export function lexsortLanes(keys: readonly NativeOperand[], out: NativeOperand): void {
  begin();
  for (const k of keys) put(k);
  put(out);
  call(() => binding.lexsortLanes(arenaId, keys.length, lateBytes()));
  finish();
}

/** Insertion points of `v`'s elements in sorted 1-d `a` (same dtype) into int64 `out`. */
export function searchsortedInto(
  a: NativeOperand,
  v: NativeOperand,
  out: NativeOperand,
  right: boolean,
  sorter: NativeOperand | null,
): void {
  begin();
  put(a);
  put(v);
  put(out);
  if (sorter) put(sorter);
  call(() => binding.searchsorted(arenaId, right, sorter !== null, lateBytes()));
  finish();
}

/**
 * Unique values of 1-d `a` into `values` (room for `a.size`), and, where
 * given, first indices, inverse and counts (int64, room for `a.size`).
 * Returns the number of unique values.
 */
export function unique1d(
  a: NativeOperand,
  equalNan: boolean,
  values: NativeOperand,
  index: NativeOperand | null,
  inverse: NativeOperand | null,
  counts: NativeOperand | null,
): number {
  begin();
  put(a);
  put(values);
  for (const o of [index, inverse, counts]) put(o ?? values);
  const result = call(() =>
    binding.unique1D(arenaId, equalNan, index !== null, inverse !== null, counts !== null, lateBytes()),
  );
  finish();
  return result;
}

/** Counts truthy elements of `a` over its last `inner` axes into C-contiguous int64 `out`. */
export function countNonzeroLanes(a: NativeOperand, inner: number, out: NativeOperand): void {
  begin();
  put(a);
  put(out);
  call(() => binding.countNonzeroLanes(arenaId, inner, lateBytes()));
  finish();
}

/** One `matmul` operand as the native kernel reads it (see `kernels/matmul.rs`). */
export interface MatmulOperand {
  readonly array: NativeOperand;
  readonly shape: readonly number[];
  readonly strides: readonly number[];
}

/**
 * `out = a @ b` with `a`, `b` of shape `out.shape + [k]`, all of one dtype.
 * Returns the floating-point error flags the products and sums raised.
 */
export function matmulCall(a: MatmulOperand, b: MatmulOperand, out: MatmulOperand): number {
  begin();
  put(a.array, a.shape, a.strides);
  put(b.array, b.shape, b.strides);
  put(out.array, out.shape, out.strides);
  const flags = call(() => (late === null ? matmulCallFast() : matmulCallFast(late._bytes)));
  finish();
  return flags;
}

const matmulCallFast = binding.matmulCallFunction(arenaId);
