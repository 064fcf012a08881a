/**
 * Index grids and flat/multi-index conversion: `indices`, `ix_`,
 * `ravel_multi_index`, `unravel_index`, and the iterables `ndindex` and
 * `ndenumerate`.
 *
 * - `ravel_multi_index(idx, dims, order)`: `Σ idx_d · stride_d` with C
 *   strides (`stride_d = Π dims[d+1:]`) or F strides (`Π dims[:d]`); each
 *   coordinate is first checked (raise), wrapped modulo `dims[d]` or
 *   clipped to `[0, dims[d]-1]` by its mode.
 * - `unravel_index(i, shape, order)` inverts that for `0 <= i < Π shape`.
 */
import { type Param, checks, parseArgs } from '../args';
import { nonzeroIndices } from '../core/advanced_indexing';
import { copyAs } from '../core/convert';
import { broadcastShapes, broadcastView, parseShape, toIndex } from '../core/creation';
import type { Scalar } from '../core/elements';
import { type NDArray, allocate } from '../core/ndarray';
import { arange } from '../core/ranges';
import { int64, dtype as toDType } from '../dtype/dtype';
import { ValueError } from '../errors';
import * as native from '../native';
import { MODES, asArray } from './common';

const indicesParams: Param[] = [
  { name: 'dimensions' },
  { name: 'dtype', default: 'int64' },
  { name: 'sparse', default: false, check: checks.bool },
];

/** `np.indices(dimensions, dtype=int, sparse=False)`. */
export function indices(...args: unknown[]): NDArray | NDArray[] {
  const p = parseArgs('indices', args, indicesParams);
  const dims = parseShape(p.dimensions);
  const dt = toDType(p.dtype);
  const nd = dims.length;
  const grid = (d: number): NDArray => {
    const r = copyAs(arange(dims[d]), dt);
    const shape = dims.map((n, i) => (i === d ? n : 1));
    return r._view(
      r._offset,
      shape,
      shape.map((_, i) => (i === d ? dt.itemsize : 0)),
    );
  };
  if (p.sparse) return dims.map((_, d) => grid(d));
  const out = allocate([nd, ...dims], dt);
  const per = out.size / Math.max(nd, 1);
  for (let d = 0; d < nd; d++) {
    const dst = out._view(out._offset + d * per * dt.itemsize, dims, out.strides.slice(1));
    if (per > 0) native.castCopy(broadcastView(grid(d), dims) as NDArray, dst);
  }
  return out;
}

/** `np.ix_(*args)`: open-mesh index arrays. */
export function ix_(...args: unknown[]): NDArray[] {
  const nd = args.length;
  return args.map((arg, k) => {
    let a = asArray(arg);
    if (a.ndim !== 1) throw new ValueError('Cross index must be 1 dimensional');
    if (a.size === 0 && a.dtype.kind !== 'b') a = copyAs(a, int64);
    if (a.dtype.kind === 'b') a = nonzeroIndices(a)[0];
    const shape = Array.from({ length: nd }, (_, i) => (i === k ? a.size : 1));
    return a._view(
      a._offset,
      shape,
      shape.map((_, i) => (i === k ? a.strides[0] : 0)),
    );
  });
}

/** Integer coordinates as int64 (NumPy: "only int indices permitted"). */
function intCoords(x: unknown): NDArray {
  const a = asArray(x);
  if (a.size === 0 && a.dtype.kind === 'f' && !(typeof x === 'object' && x !== null && 'dtype' in x)) {
    return allocate(a.shape, int64);
  }
  if (a.dtype.kind !== 'i' && a.dtype.kind !== 'u' && a.dtype.kind !== 'b') {
    throw new TypeError('only int indices permitted');
  }
  return copyAs(a, int64);
}

/** The element values of an int64 array, in C order. */
const bigValues = (a: NDArray): bigint[] => a._values(true) as bigint[];

function placeStrides(dims: readonly number[], order: string): bigint[] {
  const n = dims.length;
  const s = new Array<bigint>(n).fill(1n);
  if (order === 'C') for (let d = n - 2; d >= 0; d--) s[d] = s[d + 1] * BigInt(dims[d + 1]);
  else for (let d = 1; d < n; d++) s[d] = s[d - 1] * BigInt(dims[d - 1]);
  return s;
}

function fromBig(shape: readonly number[], values: bigint[]): NDArray {
  const out = allocate(shape, int64);
  new BigInt64Array(out._bytes.buffer, out._bytes.byteOffset + out._offset, values.length).set(values);
  return out;
}

const ravelMultiIndexParams: Param[] = [
  { name: 'multi_index' },
  { name: 'dims' },
  { name: 'mode', default: 'raise' },
  { name: 'order', default: 'C', check: checks.order('C', 'F') },
];

/** `np.ravel_multi_index(multi_index, dims, mode='raise', order='C')`. */
export function ravel_multi_index(...args: unknown[]): NDArray | Scalar {
  const p = parseArgs('ravel_multi_index', args, ravelMultiIndexParams);
  const dims = parseShape(p.dims);
  const n = dims.length;
  const raw = p.multi_index;
  const list = Array.isArray(raw) ? raw : [raw];
  if (list.length !== n) throw new ValueError(`parameter multi_index must be a sequence of length ${n}`);
  const modes = (Array.isArray(p.mode) ? p.mode : dims.map(() => p.mode)).map((m) => {
    if (typeof m !== 'string' || !(m in MODES)) {
      throw new ValueError(`clipmode must be one of 'clip', 'raise', or 'wrap' (got '${String(m)}')`);
    }
    return m;
  });
  if (modes.length !== n) throw new ValueError('mode must be a single string or a sequence of length len(dims)');
  const size = dims.reduce((x, y) => x * BigInt(y), 1n);
  if (size > 2n ** 63n - 1n) {
    throw new ValueError('invalid dims: array size defined by dims is larger than the maximum possible size.');
  }
  const coords = list.map(intCoords);
  const shape = broadcastShapes(...coords.map((c) => c.shape));
  const values = coords.map((c) => bigValues(copyAs(broadcastView(c, shape) as NDArray, int64)));
  const strides = placeStrides(dims, p.order as string);
  const total = values.length ? values[0].length : 1;
  const out = new Array<bigint>(total).fill(0n);
  for (let d = 0; d < n; d++) {
    const m = BigInt(dims[d]);
    for (let i = 0; i < total; i++) {
      let v = values[d][i];
      if (v < 0n || v >= m) {
        if (modes[d] === 'raise') throw new ValueError('invalid entry in coordinates array');
        if (modes[d] === 'wrap') v = ((v % m) + m) % m;
        else v = v < 0n ? 0n : m - 1n;
      }
      out[i] += v * strides[d];
    }
  }
  return scalarIfZeroD(fromBig(shape, out));
}

/** NumPy returns a scalar (a JS value here) for a 0-d result. */
const scalarIfZeroD = (a: NDArray): NDArray | Scalar => (a.ndim === 0 ? a.item() : a);

const unravelIndexParams: Param[] = [
  { name: 'indices' },
  { name: 'shape' },
  { name: 'order', default: 'C', check: checks.order('C', 'F') },
];

/** `np.unravel_index(indices, shape, order='C')`: one int64 array per dimension. */
export function unravel_index(...args: unknown[]): (NDArray | Scalar)[] {
  const p = parseArgs('unravel_index', args, unravelIndexParams);
  const dims = parseShape(p.shape);
  const idx = intCoords(p.indices);
  const size = dims.reduce((x, y) => x * BigInt(y), 1n);
  const flatValues = bigValues(idx);
  const strides = placeStrides(dims, p.order as string);
  const outs = dims.map(() => new Array<bigint>(flatValues.length));
  flatValues.forEach((v, i) => {
    if (v < 0n || v >= size) throw new ValueError(`index ${v} is out of bounds for array with size ${size}`);
    dims.forEach((m, d) => {
      outs[d][i] = (v / strides[d]) % BigInt(m);
    });
  });
  return outs.map((o) => scalarIfZeroD(fromBig(idx.shape, o)));
}

/** The multi-indices of `shape` in C order. */
function* cOrder(shape: readonly number[]): Generator<number[]> {
  if (shape.some((n) => n === 0)) return;
  const idx = new Array<number>(shape.length).fill(0);
  for (;;) {
    yield idx.slice();
    let ax = shape.length - 1;
    while (ax >= 0) {
      if (++idx[ax] < shape[ax]) break;
      idx[ax] = 0;
      ax--;
    }
    if (ax < 0) return;
  }
}

/** `np.ndindex(*shape)`: an iterable of index arrays in C order. */
export function ndindex(...shape: unknown[]): Iterable<number[]> {
  const dims = shape.length === 1 && Array.isArray(shape[0]) ? parseShape(shape[0]) : parseShape(shape.map(toIndex));
  return { [Symbol.iterator]: () => cOrder(dims) };
}

/** `np.ndenumerate(arr)`: an iterable of `[index, value]` pairs in C order. */
export function ndenumerate(arr: unknown): Iterable<[number[], Scalar]> {
  const a = asArray(arr);
  return {
    *[Symbol.iterator]() {
      const values = a._values();
      let i = 0;
      for (const ix of cOrder(a.shape)) yield [ix, values[i++]];
    },
  };
}
