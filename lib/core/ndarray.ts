import { type Param, checks, parseArgs, pyTypeName } from '../args';
/**
 * The NDArray: NumPy's memory model on JS-owned memory (designs/0001).
 *
 * An array is a buffer (ArrayBuffer or SharedArrayBuffer) + byte offset +
 * dtype + shape + byte strides, with `base` pointing at the array that owns
 * the memory for views. Topic modules (shape, indexing, printing, …) add
 * their methods to the prototype through declaration merging, so this file
 * holds only the representation and its direct properties.
 */
import { type DType, dtype as toDType } from '../dtype/dtype';
import { ValueError } from '../errors';
import { uninitializedBuffer, zeroedBuffer } from '../native';
import { type Scalar, dataView, reader } from './elements';
import { frozenTuple, tuple1, tuple2 } from './tuple';

const internal = Symbol('rumpy.internal');

export type Order = 'C' | 'F';

/** C-order (or F-order) byte strides for a shape. */
export function defaultStrides(shape: readonly number[], itemsize: number, order: Order = 'C'): number[] {
  const nd = shape.length;
  const strides = new Array<number>(nd);
  let acc = itemsize;
  if (order === 'C') {
    for (let i = nd - 1; i >= 0; i--) {
      strides[i] = acc;
      acc *= Math.max(shape[i], 1);
    }
  } else {
    for (let i = 0; i < nd; i++) {
      strides[i] = acc;
      acc *= Math.max(shape[i], 1);
    }
  }
  return strides;
}

/** Number of elements of a shape. */
export function shapeSize(shape: readonly number[]): number {
  let n = 1;
  // (Indexed: V8 does not inline the iterator of frozen arrays.)
  for (let k = 0; k < shape.length; k++) n *= shape[k];
  return n;
}

function isContiguous(shape: readonly number[], strides: readonly number[], itemsize: number, order: Order): boolean {
  if (shapeSize(shape) === 0) return true;
  let expected = itemsize;
  const nd = shape.length;
  for (let k = 0; k < nd; k++) {
    const i = order === 'C' ? nd - 1 - k : k;
    if (shape[i] !== 1 && strides[i] !== expected) return false;
    expected *= shape[i];
  }
  return true;
}

/** @internal `a.flags.c_contiguous` without allocating a Flags object. */
export function isCContiguous(a: NDArray): boolean {
  return isContiguous(a.shape, a.strides, a.dtype.itemsize, 'C');
}

/** @internal `a.flags.f_contiguous` without allocating a Flags object. */
export function isFContiguous(a: NDArray): boolean {
  return isContiguous(a.shape, a.strides, a.dtype.itemsize, 'F');
}

/** NumPy's `ndarray.flags`, read-only snapshot plus `writeable`. */
export class Flags {
  readonly #a: NDArray;
  constructor(a: NDArray) {
    this.#a = a;
  }
  get c_contiguous(): boolean {
    return isContiguous(this.#a.shape, this.#a.strides, this.#a.itemsize, 'C');
  }
  get f_contiguous(): boolean {
    return isContiguous(this.#a.shape, this.#a.strides, this.#a.itemsize, 'F');
  }
  get contiguous(): boolean {
    return this.c_contiguous;
  }
  get fortran(): boolean {
    return this.f_contiguous;
  }
  /** False for views and for arrays over memory handed in by the caller (frombuffer, asarray(typedArray), buffer=). */
  get owndata(): boolean {
    return this.#a.base === null && !this.#a._borrowed;
  }
  get writeable(): boolean {
    return this.#a._writeable;
  }
  set writeable(v: boolean) {
    if (v && this.#a.base !== null && !this.#a.base._writeable) {
      throw new ValueError('cannot set WRITEABLE flag to True of this array');
    }
    this.#a._writeable = v;
  }
  get aligned(): boolean {
    const a = this.#a;
    const al = a.dtype.alignment;
    // The address of element 0 within its ArrayBuffer (whose start is at least 8-aligned).
    const start = a._bytes.byteOffset + a._offset;
    return start % al === 0 && a.strides.every((s, i) => a.shape[i] <= 1 || s % al === 0);
  }
  get C_CONTIGUOUS(): boolean {
    return this.c_contiguous;
  }
  get F_CONTIGUOUS(): boolean {
    return this.f_contiguous;
  }
  get OWNDATA(): boolean {
    return this.owndata;
  }
  get WRITEABLE(): boolean {
    return this.writeable;
  }
  set WRITEABLE(v: boolean) {
    this.writeable = v;
  }
  get ALIGNED(): boolean {
    return this.aligned;
  }
  toString(): string {
    const f = (k: string, v: boolean): string => `  ${k} : ${v ? 'True' : 'False'}`;
    return [
      f('C_CONTIGUOUS', this.c_contiguous),
      f('F_CONTIGUOUS', this.f_contiguous),
      f('OWNDATA', this.owndata),
      f('WRITEABLE', this.writeable),
      f('ALIGNED', this.aligned),
      f('WRITEBACKIFCOPY', false),
    ].join('\n');
  }
}

export class NDArray {
  /** @internal The whole underlying buffer as bytes (shared by views). */
  readonly _bytes: Uint8Array;
  /** @internal Byte offset of element `[0, 0, …]` in the buffer. */
  readonly _offset: number;
  /** @internal */
  _writeable: boolean;
  /** @internal Native address of `_bytes` once looked up (lib/native.ts). */
  _address = -1;
  /** @internal True when the memory came from the caller (no OWNDATA, like NumPy's buffer-backed arrays). */
  readonly _borrowed: boolean;
  readonly dtype: DType;
  /** The shape (NumPy's tuple; do not mutate). */
  readonly shape: readonly number[];
  /** Byte strides, like NumPy's. */
  readonly strides: readonly number[];
  /** The array whose memory this view uses, or `null` if it owns its memory. */
  readonly base: NDArray | null;

  /**
   * NumPy's `ndarray(shape, dtype=float, buffer=None, offset=0, strides=None,
   * order=None)`: `new np.ndarray([2, 3], {dtype: 'f4', buffer, offset})`.
   */
  constructor(shape: number | readonly number[], options?: NDArrayOptions);
  /** The same arguments positionally, in NumPy's order (a trailing options object may follow). */
  constructor(shape: number | readonly number[], dtype: unknown, ...more: unknown[]);
  /** @internal */
  constructor(token: typeof internal, parts: Parts);
  constructor(a: unknown, ...rest: unknown[]) {
    let p: Parts;
    if (a === internal) {
      p = rest[0] as Parts;
    } else {
      p = partsFromConstructor([a, ...rest]);
    }
    this._bytes = p.bytes;
    this._offset = p.offset;
    this.dtype = p.dtype;
    if (p.frozen === true) {
      this.shape = p.shape;
      this.strides = p.strides;
    } else {
      this.shape = frozenTuple(p.shape);
      this.strides = frozenTuple(p.strides);
    }
    this.base = p.base;
    this._borrowed = p.borrowed ?? false;
    this._writeable = p.writeable ?? (p.base === null ? true : p.base._writeable);
    if (p.address !== undefined) this._address = p.address;
  }

  /** @internal Builds an array from validated parts (no checks). */
  static _fromParts(parts: Parts): NDArray {
    return new NDArray(internal, parts);
  }

  /** @internal A view of `this` memory with another layout. */
  _view(offset: number, shape: readonly number[], strides: readonly number[], dt: DType = this.dtype): NDArray {
    return NDArray._fromParts({
      bytes: this._bytes,
      offset,
      dtype: dt,
      shape,
      strides,
      base: this.base ?? this,
      writeable: this._writeable,
      address: this._address,
    });
  }

  get ndim(): number {
    return this.shape.length;
  }
  get size(): number {
    return shapeSize(this.shape);
  }
  get itemsize(): number {
    return this.dtype.itemsize;
  }
  get nbytes(): number {
    return this.size * this.dtype.itemsize;
  }
  get flags(): Flags {
    return new Flags(this);
  }
  /**
   * The underlying ArrayBuffer or SharedArrayBuffer. Small outputs of
   * ufuncs and copies share a slab buffer with other arrays (see
   * `allocateForOverwrite`): element 0 is at `a.data.byteOffset`, not
   * necessarily at 0, and transferring or detaching the buffer affects
   * every array carved from it.
   */
  get buffer(): ArrayBufferLike {
    return this._bytes.buffer;
  }

  /**
   * A TypedArray of the dtype's kind over the bytes this array spans (the
   * memory is shared, not copied): float16 as `Uint16Array`, bool as
   * `Uint8Array`, complex as interleaved float pairs.
   */
  get data(): ArrayBufferView {
    const [lo, hi] = this._byteExtent();
    const start = this._bytes.byteOffset + lo;
    const Ctor = typedArrayFor(this.dtype);
    const per = Ctor.BYTES_PER_ELEMENT;
    if (start % per !== 0) return new Uint8Array(this._bytes.buffer, start, hi - lo);
    return new Ctor(this._bytes.buffer as ArrayBuffer, start, (hi - lo) / per);
  }

  /** @internal Lowest and one-past-highest byte touched, relative to `_bytes`. */
  _byteExtent(): [number, number] {
    if (this.size === 0) return [this._offset, this._offset];
    let lo = this._offset;
    let hi = this._offset + this.itemsize;
    for (let i = 0; i < this.shape.length; i++) {
      const span = (this.shape[i] - 1) * this.strides[i];
      if (span < 0) lo += span;
      else hi += span;
    }
    return [lo, hi];
  }

  /** @internal Byte offsets (into `_bytes`) of every element, in C order. */
  _forEachOffset(f: (at: number) => void): void {
    const nd = this.ndim;
    if (this.size === 0) return;
    const base = this._bytes.byteOffset + this._offset;
    if (nd === 0) {
      f(base);
      return;
    }
    const idx = new Array<number>(nd).fill(0);
    const { shape, strides } = this;
    let at = base;
    for (;;) {
      const n = shape[nd - 1];
      const s = strides[nd - 1];
      for (let i = 0; i < n; i++) f(at + i * s);
      let ax = nd - 2;
      for (;;) {
        if (ax < 0) return;
        idx[ax]++;
        at += strides[ax];
        if (idx[ax] < shape[ax]) break;
        at -= strides[ax] * shape[ax];
        idx[ax] = 0;
        ax--;
      }
    }
  }

  /** @internal Every element as a JS value, in C order. */
  _values(bigint = false): Scalar[] {
    const out: Scalar[] = [];
    const v = dataView(this._bytes.buffer);
    const read = reader(this.dtype);
    this._forEachOffset((at) => out.push(read(v, at, bigint)));
    return out;
  }
}

/** @internal */
export interface Parts {
  bytes: Uint8Array;
  offset: number;
  dtype: DType;
  shape: readonly number[];
  strides: readonly number[];
  base: NDArray | null;
  /** The memory was handed in by the caller (OWNDATA false). */
  borrowed?: boolean;
  /** Defaults to the base's flag (or true for owners). */
  writeable?: boolean;
  /** Native address of `bytes`, when known (views share it). */
  address?: number;
  /** `shape` and `strides` are already frozen arrays the array may keep as they are. */
  frozen?: boolean;
}

export interface NDArrayOptions {
  dtype?: unknown;
  buffer?: ArrayBufferLike | ArrayBufferView | null;
  offset?: number;
  strides?: readonly number[] | null;
  order?: Order | 'A' | 'K' | null;
}

const ctorParams: Param[] = [
  { name: 'shape' },
  { name: 'dtype', default: null },
  { name: 'buffer', default: null },
  { name: 'offset', default: 0, check: checks.index },
  { name: 'strides', default: null },
  { name: 'order', default: null, check: checks.order('C', 'F', 'A', 'K') },
];

/**
 * NumPy's `ndarray.__new__`: without a buffer, new zeroed memory of
 * `size * itemsize` bytes; with one, a view of the caller's memory. Given
 * strides must address only bytes inside the buffer (ValueError); without
 * strides, the buffer past `offset` must hold the whole array (TypeError).
 * NumPy does not reject a negative offset (it then reads before the buffer);
 * rumpy raises a ValueError instead.
 */
function partsFromConstructor(args: unknown[]): Parts {
  const p = parseArgs('ndarray', args, ctorParams, 'capi');
  if (typeof p.shape === 'number' && !Number.isInteger(p.shape)) {
    throw new TypeError(`expected a sequence of integers or a single integer, got '${p.shape}'`);
  }
  const shape = normalizeShape(p.shape, 'ndarray');
  const dt = toDType(p.dtype);
  const order: Order = p.order === 'F' ? 'F' : 'C';
  const offset = Number(p.offset);
  let strides: number[] | null = null;
  if (p.strides !== null) {
    const list = typeof p.strides === 'number' ? [p.strides] : p.strides;
    if (!Array.isArray(list)) throw new TypeError(`'${pyTypeName(p.strides)}' object is not iterable`);
    strides = list.map((s) => {
      const problem = checks.index(s);
      if (problem) throw problem;
      return Number(s);
    });
    if (strides.length !== shape.length) throw new ValueError('strides, if given, must be the same length as shape');
  }
  let bytes: Uint8Array;
  const borrowed = p.buffer !== null;
  if (p.buffer === null) {
    bytes = new Uint8Array(shapeSize(shape) * dt.itemsize);
  } else if (ArrayBuffer.isView(p.buffer)) {
    bytes = new Uint8Array(p.buffer.buffer, p.buffer.byteOffset, p.buffer.byteLength);
  } else if (isBufferObject(p.buffer)) {
    bytes = new Uint8Array(p.buffer);
  } else {
    throw new TypeError(`a bytes-like object is required, not '${pyTypeName(p.buffer)}'`);
  }
  if (offset < 0) {
    throw new ValueError(`offset must be non-negative and no greater than buffer length (${bytes.byteLength})`);
  }
  const at = borrowed ? offset : 0;
  if (strides === null) {
    if (bytes.byteLength - at < shapeSize(shape) * dt.itemsize) {
      throw new TypeError('buffer is too small for requested array');
    }
    strides = defaultStrides(shape, dt.itemsize, order);
    // NumPy gives a newly allocated empty array all-zero strides.
    if (!borrowed && shapeSize(shape) === 0) strides.fill(0);
  } else {
    const probe = NDArray._fromParts({ bytes, offset: at, dtype: dt, shape, strides, base: null });
    const [lo, hi] = probe._byteExtent();
    if (lo < 0 || hi > bytes.byteLength || (shapeSize(shape) === 0 && at > bytes.byteLength)) {
      throw new ValueError('strides is incompatible with shape of requested array and size of buffer');
    }
  }
  return { bytes, offset: at, dtype: dt, shape, strides, base: null, borrowed };
}

/** True for an ArrayBuffer or SharedArrayBuffer from any realm. */
function isBufferObject(x: unknown): x is ArrayBufferLike {
  const tag = Object.prototype.toString.call(x);
  return tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]';
}

/** Parses a shape argument (number or array of numbers). */
export function normalizeShape(shape: unknown, fname: string): number[] {
  const list = typeof shape === 'number' || typeof shape === 'bigint' ? [shape] : shape;
  if (!Array.isArray(list)) {
    throw new TypeError(`${fname}(): 'shape' must be an integer or a sequence of integers`);
  }
  return list.map((s) => {
    const n = typeof s === 'bigint' ? Number(s) : s;
    if (typeof n !== 'number' || !Number.isInteger(n)) {
      throw new TypeError(`'${typeof s === 'number' ? 'float' : typeof s}' object cannot be interpreted as an integer`);
    }
    if (n < 0) throw new ValueError('negative dimensions are not allowed');
    return n;
  });
}

/** TypedArray classes whose elements are JS numbers. */
export type NumberArrayCtor =
  | Float64ArrayConstructor
  | Float32ArrayConstructor
  | Int8ArrayConstructor
  | Int16ArrayConstructor
  | Int32ArrayConstructor
  | Uint8ArrayConstructor
  | Uint16ArrayConstructor
  | Uint32ArrayConstructor;

type TypedArrayCtor = NumberArrayCtor | BigInt64ArrayConstructor | BigUint64ArrayConstructor;

/** The TypedArray class that views elements of a dtype. */
export function typedArrayFor(dt: DType): TypedArrayCtor {
  switch (dt.name) {
    case 'bool':
    case 'uint8':
      return Uint8Array;
    case 'int8':
      return Int8Array;
    case 'int16':
      return Int16Array;
    case 'uint16':
    case 'float16':
      return Uint16Array;
    case 'int32':
      return Int32Array;
    case 'uint32':
      return Uint32Array;
    case 'int64':
      return BigInt64Array;
    case 'uint64':
      return BigUint64Array;
    case 'float32':
    case 'complex64':
      return Float32Array;
    default:
      return Float64Array;
  }
}

/**
 * Allocates a zero-filled C- or F-order array. As in NumPy, a newly
 * allocated empty array has all-zero strides. Small arrays are carved out of
 * the shared slabs below (and zeroed there), like `allocateForOverwrite`'s,
 * so their `_offset` need not be 0; larger ones get a new zeroed buffer.
 */
export function allocate(shape: readonly number[], dt: DType, order: Order = 'C'): NDArray {
  const nbytes = shapeSize(shape) * dt.itemsize;
  if (nbytes > 0 && nbytes <= MEDIUM_MAX) {
    const slab = slabFor(nbytes);
    const at = slab.carve(nbytes);
    slab.bytes.fill(0, at, at + nbytes);
    return fromNewBuffer(slab.bytes, at, shape, dt, order);
  }
  return fromNewBuffer(new Uint8Array(zeroedBuffer(nbytes)), 0, shape, dt, order);
}

/**
 * Slab allocation for small arrays that will be overwritten, the way Node's
 * `Buffer.allocUnsafe` pools small buffers. A new ArrayBuffer costs about
 * 2 µs (malloc, V8's backing store, and later its sweeping), more than the
 * arithmetic of a ufunc on a few thousand elements, so arrays of up to
 * `MEDIUM_MAX` bytes are carved out of shared buffers by bumping an offset.
 * Such an array's `_bytes` is the whole slab and its `_offset` where it
 * starts. A slab lives while any array carved from it does, so there are
 * two size classes: arrays up to `SMALL_MAX` bytes share 64 KiB slabs (a
 * long-lived small array keeps at most that alive), larger ones 512 KiB
 * slabs, aligned to cache lines. A detached slab (byteLength 0) is replaced
 * at the next allocation.
 */
const SMALL_MAX = 1024;
const MEDIUM_MAX = 32 * 1024;

/** One size class: the current slab of `size` bytes and how much of it is used. */
class Slab {
  bytes = new Uint8Array(0);
  used = 0;
  constructor(
    readonly size: number,
    /** Alignment of carved offsets, minus one. */
    readonly mask: number,
  ) {}

  /** The offset in `bytes` of `nbytes` new bytes (in a fresh slab when they do not fit). */
  carve(nbytes: number): number {
    if (this.used + nbytes > this.bytes.length) {
      this.bytes = new Uint8Array(Buffer.allocUnsafeSlow(this.size).buffer as ArrayBuffer);
      this.used = 0;
    }
    const at = this.used;
    this.used = (at + nbytes + this.mask) & ~this.mask;
    return at;
  }
}

const small = new Slab(64 * 1024, 15);
const medium = new Slab(512 * 1024, 63);

/** The slab class for `nbytes` (0 < nbytes <= MEDIUM_MAX) new bytes. */
function slabFor(nbytes: number): Slab {
  return nbytes <= SMALL_MAX ? small : medium;
}

/** A fresh buffer of `nbytes` for an array that will be overwritten (zeroed below 4 KiB, where that is cheaper). */
function overwritable(nbytes: number): Uint8Array {
  return new Uint8Array(nbytes < 4096 ? new ArrayBuffer(nbytes) : uninitializedBuffer(nbytes));
}

/**
 * Allocates an array whose every element the caller will overwrite (outputs
 * of ufuncs and copies). Its contents are unspecified until written, like
 * NumPy's `np.empty`: small arrays are carved out of a shared slab (above),
 * larger ones get a fresh V8 ArrayBuffer without the zero-fill that `new
 * ArrayBuffer` pays for (Node's uninitialised allocation, which V8 tracks
 * like any ArrayBuffer). Either way the array's element 0 is at `_offset`
 * in `_bytes`, which need not be 0.
 */
export function allocateForOverwrite(shape: readonly number[], dt: DType, order: Order = 'C'): NDArray {
  const nbytes = shapeSize(shape) * dt.itemsize;
  if (nbytes > 0 && nbytes <= MEDIUM_MAX) {
    const slab = slabFor(nbytes);
    const at = slab.carve(nbytes);
    return fromNewBuffer(slab.bytes, at, shape, dt, order);
  }
  return fromNewBuffer(overwritable(nbytes), 0, shape, dt, order);
}

/**
 * @internal `allocateForOverwrite(shape, dt)` (C order) for the ufunc fast
 * path: `shape` is an array's frozen shape of `size` elements, and `like`
 * (another array's frozen strides, or null) is kept as the strides when it
 * equals the C strides.
 */
export function allocateCLike(
  shape: readonly number[],
  size: number,
  dt: DType,
  like: readonly number[] | null,
): NDArray {
  const nd = shape.length;
  const item = dt.itemsize;
  let strides: readonly number[];
  if (like === null || like.length !== nd) strides = cStrides(shape, item, size);
  else {
    strides = like;
    let acc = size === 0 ? 0 : item;
    for (let i = nd - 1; i >= 0; i--) {
      if (like[i] !== acc) {
        strides = cStrides(shape, item, size);
        break;
      }
      acc *= shape[i];
    }
  }
  const nbytes = size * item;
  let bytes: Uint8Array;
  let offset = 0;
  if (nbytes > 0 && nbytes <= MEDIUM_MAX) {
    const slab = slabFor(nbytes);
    offset = slab.carve(nbytes);
    bytes = slab.bytes;
  } else bytes = overwritable(nbytes);
  return NDArray._fromParts({ bytes, offset, dtype: dt, shape, strides, base: null, frozen: true });
}

/** Frozen C strides (all zero for an empty array, as NumPy gives new empty arrays). */
function cStrides(shape: readonly number[], itemsize: number, size: number): readonly number[] {
  const nd = shape.length;
  // (Interned directly when small, without building the tuple first.)
  if (nd === 1) return tuple1(size === 0 ? 0 : itemsize);
  if (nd === 2) {
    const row = shape[1] * itemsize;
    if ((row | 0) === row) return size === 0 ? tuple2(0, 0) : tuple2(row, itemsize);
  }
  return frozenTuple(size === 0 ? shape.map(() => 0) : defaultStrides(shape, itemsize));
}

function fromNewBuffer(bytes: Uint8Array, offset: number, shape: readonly number[], dt: DType, order: Order): NDArray {
  const size = shapeSize(shape);
  return NDArray._fromParts({
    bytes,
    offset,
    dtype: dt,
    shape,
    strides: size === 0 ? shape.map(() => 0) : defaultStrides(shape, dt.itemsize, order),
    base: null,
  });
}

/** True for an NDArray, including one created in another realm. */
export function isNDArray(x: unknown): x is NDArray {
  return x instanceof NDArray;
}
