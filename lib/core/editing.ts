/**
 * Inserting, deleting and trimming along an axis: `insert`, `delete`,
 * `trim_zeros`. Results are new arrays (C order, or F when the input is
 * Fortran-only, as NumPy's `arrorder`), written by copying runs of
 * consecutive kept slices with one native copy per run.
 *
 * `insert(arr, obj, values, axis)`, following NumPy: a single index (or
 * length-1 sequence) inserts `values` (as `arr`'s dtype, at least
 * `arr.ndim`-d; a scalar index first moves the values' axis 0 to `axis`)
 * as a block before that index. Several indices are first made
 * non-negative (`+ N`), then, in stable sorted order, the k-th is shifted by
 * `k` so each value lands before its original position; `values` is
 * broadcast to the shape of the inserted slab.
 */
import { type Param, parseArgs } from '../args';
import { bool, int64 } from '../dtype/dtype';
import { IndexError, ValueError } from '../errors';
import * as native from '../native';
import { copyAs, toArray } from './convert';
import { newArray } from './creation';
import { type NDArray, type Order, isNDArray } from './ndarray';
import { along, asArr, axisIndex, axisTuple, rangeLength, sliceIndices } from './shapeutil';
import { isSlice } from './slice';

function arrOrder(a: NDArray): Order {
  const f = a.flags;
  return f.f_contiguous && !f.c_contiguous ? 'F' : 'C';
}

/** `(arr, axis)` after NumPy's `axis=None` handling (ravel to 1-d). */
function prepare(arr0: unknown, axisArg: unknown): [NDArray, number, Order] {
  let arr = asArr(arr0);
  const order = arrOrder(arr);
  if (axisArg === null) {
    if (arr.ndim !== 1) arr = arr.reshape(-1);
    return [arr, 0, order];
  }
  return [arr, axisIndex(axisArg, arr.ndim), order];
}

/** Copies the slices of `arr` along `axis` whose `keep` flag is set, in order, into `out` from position 0. */
function copyKept(arr: NDArray, out: NDArray, axis: number, keep: readonly boolean[], outPos: readonly number[]): void {
  let i = 0;
  while (i < keep.length) {
    if (!keep[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < keep.length && keep[j] && outPos[j] === outPos[i] + (j - i)) j++;
    native.castCopy(along(arr, axis, i, j - i), along(out, axis, outPos[i], j - i));
    i = j;
  }
}

/** Index values of an `obj` argument: [values, ndim, dtype kind, was an NDArray]. */
function indexValues(obj: unknown): { vals: number[]; ndim: number; kind: string; size: number; arr: NDArray } {
  const arr = toArray(obj, null, null);
  const ints = arr.size === 0 && !isNDArray(obj) ? toArray([], int64) : arr;
  const flat = ints.reshape(-1).tolist() as unknown[];
  return {
    vals: flat.map((v) => (typeof v === 'boolean' ? (v ? 1 : 0) : Number(v))),
    ndim: arr.ndim,
    kind: ints.dtype.kind,
    size: arr.size,
    arr,
  };
}

const deleteParams: Param[] = [{ name: 'arr' }, { name: 'obj' }, { name: 'axis', default: null }];

/** `np.delete(arr, obj, axis=None)`: a copy without the slices `obj` (index, indices, slice or bool mask). */
export function delete_(...args: unknown[]): NDArray {
  const p = parseArgs('delete', args, deleteParams);
  const [arr, axis, order] = prepare(p.arr, p.axis);
  const N = arr.shape[axis];
  const keep = new Array<boolean>(N).fill(true);
  const obj = p.obj;
  if (isSlice(obj)) {
    const [s, e, st] = obj.indices(N) as [number, number, number];
    const len = rangeLength(s, e, st);
    for (let k = 0; k < len; k++) keep[s + k * st] = false;
  } else if ((typeof obj === 'number' && Number.isInteger(obj)) || typeof obj === 'bigint') {
    const i = Number(obj);
    if (i < -N || i >= N) throw new IndexError(`index ${i} is out of bounds for axis ${axis} with size ${N}`);
    keep[i < 0 ? i + N : i] = false;
  } else {
    const { vals, ndim, kind, size, arr: o } = indexValues(obj);
    if (kind === 'b') {
      if (ndim !== 1 || o.shape[0] !== N) {
        throw new ValueError(
          `boolean array argument obj to delete must be one dimensional and match the axis length of ${N}`,
        );
      }
      vals.forEach((v, k) => {
        keep[k] = !v;
      });
    } else if (kind !== 'i' && kind !== 'u') {
      throw new IndexError('arrays used as indices must be of integer (or boolean) type');
    } else {
      for (const i of vals) {
        if (i < -N || i >= N) {
          throw new IndexError(
            size === 1
              ? `index ${i} is out of bounds for axis ${axis} with size ${N}`
              : `index ${i} is out of bounds for axis 0 with size ${N}`,
          );
        }
        keep[i < 0 ? i + N : i] = false;
      }
    }
  }
  const shape = [...arr.shape];
  const kept = keep.filter(Boolean).length;
  shape[axis] = kept;
  const out = newArray(shape, arr.dtype, order);
  const pos: number[] = [];
  let at = 0;
  for (const k of keep) {
    pos.push(at);
    if (k) at++;
  }
  copyKept(arr, out, axis, keep, pos);
  return out;
}

const insertParams: Param[] = [{ name: 'arr' }, { name: 'obj' }, { name: 'values' }, { name: 'axis', default: null }];

/** `np.insert(arr, obj, values, axis=None)`: a copy with `values` inserted before the given indices. */
export function insert(...args: unknown[]): NDArray {
  const p = parseArgs('insert', args, insertParams);
  const [arr, axis, order] = prepare(p.arr, p.axis);
  const N = arr.shape[axis];
  let indices: number[];
  let scalarIndex = false;
  let objText: string;
  if (isSlice(p.obj)) {
    const [s, e, st] = p.obj.indices(N) as [number, number, number];
    indices = Array.from({ length: rangeLength(s, e, st) }, (_, k) => s + k * st);
    objText = String(p.obj);
  } else {
    const iv = indexValues(p.obj);
    if (iv.kind === 'b') {
      if (iv.ndim !== 1) throw new ValueError('boolean array argument obj to insert must be one dimensional');
      indices = iv.vals.flatMap((v, k) => (v ? [k] : []));
    } else {
      if (iv.ndim > 1) throw new ValueError('index array argument obj to insert must be one dimensional or scalar');
      if (iv.kind !== 'i' && iv.kind !== 'u') {
        throw new IndexError('arrays used as indices must be of integer (or boolean) type');
      }
      indices = iv.vals;
      scalarIndex = iv.ndim === 0;
    }
    objText = iv.ndim === 0 ? String(indices[0]) : `[${indices.join(', ')}]`;
  }
  const vnd = arr.ndim;
  if (indices.length === 1) {
    let index = indices[0];
    if (index < -N || index > N) {
      throw new IndexError(`index ${objText} is out of bounds for axis ${axis} with size ${N}`);
    }
    if (index < 0) index += N;
    let values = toArray(p.values, arr.dtype, null);
    if (values.ndim < vnd) {
      const k = vnd - values.ndim;
      values = values._view(
        values._offset,
        [...new Array(k).fill(1), ...values.shape],
        [...new Array(k).fill(0), ...values.strides],
      );
    }
    if (scalarIndex) {
      const perm = values.shape.map((_, i) => i).slice(1);
      perm.splice(axis, 0, 0);
      values = values._view(
        values._offset,
        perm.map((q) => values.shape[q]),
        perm.map((q) => values.strides[q]),
      );
    }
    const numnew = values.shape[axis];
    const shape = [...arr.shape];
    shape[axis] += numnew;
    const out = newArray(shape, arr.dtype, order);
    native.castCopy(along(arr, axis, 0, index), along(out, axis, 0, index));
    assignBroadcast(values, along(out, axis, index, numnew));
    native.castCopy(along(arr, axis, index, N - index), along(out, axis, index + numnew, N - index));
    return out;
  }
  const adj = indices.map((i) => (i < 0 ? i + N : i));
  const order2 = adj.map((_, k) => k).sort((x, y) => adj[x] - adj[y] || x - y);
  order2.forEach((k, rank) => {
    adj[k] += rank;
  });
  const size = N + adj.length;
  const oldMask = new Array<boolean>(size).fill(true);
  const final = adj.map((i) => {
    if (i < -size || i >= size) throw new IndexError(`index ${i} is out of bounds for axis 0 with size ${size}`);
    const j = i < 0 ? i + size : i;
    oldMask[j] = false;
    return j;
  });
  const kept = oldMask.filter(Boolean).length;
  const shape = [...arr.shape];
  shape[axis] = size;
  const out = newArray(shape, arr.dtype, order);
  const slabShape = [...shape];
  slabShape[axis] = adj.length;
  const values = toArray(p.values, arr.dtype, null);
  const vb = broadcastValue(values, slabShape);
  final.forEach((j, k) => {
    native.castCopy(along(vb, axis, k, 1), along(out, axis, j, 1));
  });
  if (kept !== N) {
    throw new ValueError(
      `NumPy boolean array indexing assignment cannot assign ${N} input values to the ${kept} output values where the mask is true`,
    );
  }
  // Old slice i goes to the i-th position where the mask is true.
  const keepSrc = new Array<boolean>(N).fill(true);
  const pos: number[] = [];
  oldMask.forEach((m, j) => {
    if (m) pos.push(j);
  });
  copyKept(arr, out, axis, keepSrc, pos);
  return out;
}

function shapeTuple(s: readonly number[]): string {
  return s.length === 1 ? `(${s[0]},)` : `(${s.join(',')})`;
}

/** `value` seen with `shape` (NumPy's setitem broadcast), or its error. */
function broadcastValue(v: NDArray, shape: readonly number[]): NDArray {
  const lead = shape.length - v.ndim;
  const ok = lead >= 0 && v.shape.every((n, i) => n === 1 || n === shape[i + lead]);
  if (!ok) {
    throw new ValueError(
      `shape mismatch: value array of shape ${shapeTuple(v.shape)} could not be broadcast to indexing result of shape ${shapeTuple(shape)}`,
    );
  }
  const strides = shape.map((_, i) => (i < lead || v.shape[i - lead] === 1 ? 0 : v.strides[i - lead]));
  return v._view(v._offset, shape, strides);
}

/** `dst[...] = v` with NumPy's "could not broadcast input array" error. */
function assignBroadcast(v: NDArray, dst: NDArray): void {
  const lead = dst.ndim - v.ndim;
  const ok = lead >= 0 && v.shape.every((n, i) => n === 1 || n === dst.shape[i + lead]);
  if (!ok) {
    throw new ValueError(
      `could not broadcast input array from shape ${shapeTuple(v.shape)} into shape ${shapeTuple(dst.shape)}`,
    );
  }
  native.castCopy(broadcastValue(v, dst.shape), dst);
}

const trimZerosParams: Param[] = [{ name: 'filt' }, { name: 'trim', default: 'fb' }, { name: 'axis', default: null }];

/**
 * `np.trim_zeros(filt, trim='fb', axis=None)`: the smallest slice (along
 * `axis`, or every axis) that keeps all non-zero elements; leading ('f')
 * and/or trailing ('b') zeros only. A 1-d JS array in gives a JS array out,
 * as NumPy returns a list for a list.
 */
export function trim_zeros(...args: unknown[]): NDArray | unknown[] {
  const p = parseArgs('trim_zeros', args, trimZerosParams);
  const a = asArr(p.filt);
  const trim = String(p.trim).toLowerCase();
  if (!['fb', 'bf', 'f', 'b'].includes(trim)) throw new ValueError(`unexpected character(s) in \`trim\`: '${p.trim}'`);
  const axes = p.axis === null ? a.shape.map((_, i) => i) : axisTuple(p.axis, a.ndim, 'axis');
  if (axes.length === 0) return isNDArray(p.filt) ? p.filt : a;
  const nd = a.ndim;
  const lo = new Array<number>(nd).fill(Number.POSITIVE_INFINITY);
  const hi = new Array<number>(nd).fill(-1);
  const mask = copyAs(a, bool, 'C');
  const bytes = mask._bytes;
  const idx = new Array<number>(nd).fill(0);
  let any = false;
  for (let flat = 0; flat < mask.size; flat++) {
    if (bytes[mask._offset + flat] !== 0) {
      any = true;
      for (let d = 0; d < nd; d++) {
        if (idx[d] < lo[d]) lo[d] = idx[d];
        if (idx[d] > hi[d]) hi[d] = idx[d];
      }
    }
    for (let d = nd - 1; d >= 0; d--) {
      if (++idx[d] < a.shape[d]) break;
      idx[d] = 0;
    }
  }
  const bounds = a.shape.map((n, d): [number, number] => {
    if (!axes.includes(d)) return [0, n];
    if (!any) return [0, 0];
    const [s, e] = sliceIndices(trim.includes('f') ? lo[d] : null, trim.includes('b') ? hi[d] + 1 : null, 1, n);
    return [s, Math.max(e, s)];
  });
  if (Array.isArray(p.filt) && nd === 1) return p.filt.slice(bounds[0][0], bounds[0][1]);
  let v = a;
  bounds.forEach(([s, e], d) => {
    v = along(v, d, s, e - s);
  });
  return v;
}
