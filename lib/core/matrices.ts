/**
 * Building matrices: `eye`, `identity`, `diag`, `diagflat`, `tri`, `tril`,
 * `triu`, `vander`. Diagonals are strided views (stride = row stride +
 * column stride); triangles are filled one row at a time, each row one
 * native copy across every stacked matrix at once.
 */
import { type Param, checks, parseArgs } from '../args';
import { type DType, float64, int64 } from '../dtype/dtype';
import { promoteTypes } from '../dtype/promotion';
import { ValueError } from '../errors';
import * as native from '../native';
import { copyAs, toArray } from './convert';
import {
  broadcastShapes,
  broadcastView,
  fillWith,
  newArray,
  parseDType,
  parseOrder,
  parseShape,
  toIndex,
} from './creation';
import type { NDArray, Order } from './ndarray';

/** The `k`-th diagonal of the last two axes of `a` as a view (NumPy's `diagonal`). */
export function diagonalView(a: NDArray, k: number): NDArray {
  const nd = a.ndim;
  const [rows, cols] = [a.shape[nd - 2], a.shape[nd - 1]];
  const [rs, cs] = [a.strides[nd - 2], a.strides[nd - 1]];
  const len = Math.max(0, Math.min(rows - Math.max(0, -k), cols - Math.max(0, k)));
  const offset = len === 0 ? a._offset : a._offset + (k >= 0 ? k * cs : -k * rs);
  return a._view(offset, [...a.shape.slice(0, nd - 2), len], [...a.strides.slice(0, nd - 2), rs + cs]);
}

const eyeParams: Param[] = [
  { name: 'N' },
  { name: 'M', default: null },
  { name: 'k', default: 0 },
  { name: 'dtype', default: 'float64' },
  { name: 'order', default: 'C' },
  { name: 'device', default: null, kwOnly: true },
  { name: 'like', default: null, kwOnly: true },
];

/** `np.eye(N, M=None, k=0, dtype=float, order='C', *, device=None)`: ones on the k-th diagonal. */
export function eye(...args: unknown[]): NDArray {
  const p = parseArgs('eye', args, eyeParams);
  const dt = parseDType(p.dtype, float64);
  const order = parseOrder(p.order, 'CF') as Order;
  const n = p.N;
  const m = p.M === null ? n : p.M;
  const out = newArray(parseShape([n, m]), dt, order);
  const k = toIndex(p.k);
  fillWith(diagonalView(out, k), 1);
  return out;
}

const identityParams: Param[] = [
  { name: 'n' },
  { name: 'dtype', default: null },
  { name: 'like', default: null, kwOnly: true },
];

/** `np.identity(n, dtype=None)`: the n×n identity (float64 by default). */
export function identity(...args: unknown[]): NDArray {
  const p = parseArgs('identity', args, identityParams);
  return eye(p.n, { dtype: p.dtype ?? 'float64' });
}

/** A square zero matrix with `v` (1-d) on its k-th diagonal. */
function fromDiagonal(v: NDArray, k: number): NDArray {
  const n = v.shape[0] + Math.abs(k);
  const out = newArray([n, n], v.dtype);
  native.castCopy(v, diagonalView(out, k));
  return out;
}

const diagParams: Param[] = [{ name: 'v' }, { name: 'k', default: 0 }];

/**
 * `np.diag(v, k=0)`: a 1-d `v` becomes a square matrix with `v` on the k-th
 * diagonal; a 2-d `v` gives its k-th diagonal as a read-only view (as
 * NumPy's `diagonal` does).
 */
export function diag(...args: unknown[]): NDArray {
  const p = parseArgs('diag', args, diagParams);
  const v = toArray(p.v, null, null);
  const k = toIndex(p.k);
  if (v.ndim === 1) return fromDiagonal(v, k);
  if (v.ndim === 2) {
    const d = diagonalView(v, k);
    d._writeable = false;
    return d;
  }
  throw new ValueError('Input must be 1- or 2-d.');
}

/** `np.diagflat(v, k=0)`: the flattened input on the k-th diagonal of a new matrix. */
export function diagflat(...args: unknown[]): NDArray {
  const p = parseArgs('diagflat', args, diagParams);
  const v = toArray(p.v, null, null);
  const k = toIndex(p.k);
  const flat = copyAs(v, v.dtype, 'C');
  return fromDiagonal(flat._view(flat._offset, [flat.size], [flat.dtype.itemsize]), k);
}

/** Row `i` of every matrix of `a` (last two axes), columns `[from, to)`. */
function rowSegment(a: NDArray, i: number, from: number, to: number): NDArray {
  const nd = a.ndim;
  const offset = a._offset + i * a.strides[nd - 2] + from * a.strides[nd - 1];
  return a._view(offset, [...a.shape.slice(0, nd - 2), to - from], [...a.strides.slice(0, nd - 2), a.strides[nd - 1]]);
}

/** Sets `a[..., i, j] = 0` where `keep(i, j)` is false, for `j` ranges per row. */
function zeroOutside(a: NDArray, lo: (i: number) => number, hi: (i: number) => number): void {
  const nd = a.ndim;
  const [rows, cols] = [a.shape[nd - 2], a.shape[nd - 1]];
  for (let i = 0; i < rows; i++) {
    const from = Math.min(cols, Math.max(0, lo(i)));
    const to = Math.min(cols, Math.max(0, hi(i)));
    if (from > 0) fillWith(rowSegment(a, i, 0, from), 0);
    if (to < cols) fillWith(rowSegment(a, i, to, cols), 0);
  }
}

const triParams: Param[] = [
  { name: 'N' },
  { name: 'M', default: null },
  { name: 'k', default: 0 },
  { name: 'dtype', default: 'float64' },
  { name: 'like', default: null, kwOnly: true },
];

/** The diagonal offset of the triangle functions (an integer, as NumPy's `operator.index`). */
function triK(k: unknown): number {
  return toIndex(k);
}

/** `np.tri(N, M=None, k=0, dtype=float)`: ones at and below the k-th diagonal. */
export function tri(...args: unknown[]): NDArray {
  const p = parseArgs('tri', args, triParams);
  const n = Math.max(0, toIndex(p.N));
  const m = Math.max(0, p.M === null ? n : toIndex(p.M));
  const k = triK(p.k);
  const out = newArray([n, m], parseDType(p.dtype, float64));
  fillWith(out, 1);
  zeroOutside(
    out,
    () => 0,
    (i) => i + k + 1,
  );
  return out;
}

/** A copy of `m` broadcast to its matrix shape (1-d input becomes square). */
function matrixCopy(fname: string, m: NDArray): NDArray {
  if (m.ndim === 0) throw new TypeError("tri() missing 1 required positional argument: 'N'");
  void fname;
  const square = m.ndim === 1 ? [m.shape[0], m.shape[0]] : m.shape.slice(-2);
  const shape = broadcastShapes(square, m.shape);
  const out = newArray(shape, m.dtype);
  native.castCopy(broadcastView(m, shape) as NDArray, out);
  return out;
}

const trilParams: Param[] = [{ name: 'm' }, { name: 'k', default: 0 }];

/** `np.tril(m, k=0)`: zeros above the k-th diagonal of each matrix in the stack. */
export function tril(...args: unknown[]): NDArray {
  const p = parseArgs('tril', args, trilParams);
  const k = triK(p.k);
  const out = matrixCopy('tril', toArray(p.m, null, null));
  zeroOutside(
    out,
    () => 0,
    (i) => i + k + 1,
  );
  return out;
}

/** `np.triu(m, k=0)`: zeros below the k-th diagonal of each matrix in the stack. */
export function triu(...args: unknown[]): NDArray {
  const p = parseArgs('triu', args, trilParams);
  const k = triK(p.k);
  const out = matrixCopy('triu', toArray(p.m, null, null));
  const cols = out.shape[out.ndim - 1];
  zeroOutside(
    out,
    (i) => i + k,
    () => cols,
  );
  return out;
}

const vanderParams: Param[] = [
  { name: 'x' },
  { name: 'N', default: null },
  { name: 'increasing', default: false, check: checks.bool },
];

/**
 * `np.vander(x, N=None, increasing=False)`: columns are powers of `x`
 * (decreasing unless `increasing`), in `promote_types(x.dtype, int64)`,
 * each column the previous one times `x` as NumPy's `multiply.accumulate`.
 */
export function vander(...args: unknown[]): NDArray {
  const p = parseArgs('vander', args, vanderParams);
  const x = toArray(p.x, null, null);
  if (x.ndim !== 1) throw new ValueError('x must be a one-dimensional array or sequence.');
  const n = p.N === null ? x.shape[0] : p.N;
  const dt: DType = promoteTypes(x.dtype, int64);
  const out = newArray(parseShape([x.shape[0], n]), dt);
  const xs = newArray(x.shape, dt);
  native.castCopy(x, xs);
  native.vanderFill(xs, out, p.increasing as boolean);
  return out;
}
