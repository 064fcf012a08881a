/**
 * `partition`, `argpartition` and the NDArray methods `a.partition()` (in
 * place) and `a.argpartition()`.
 *
 * After partitioning around `k`, position `k` holds the value a full sort
 * would put there, nothing before it is greater and nothing after it is
 * smaller (NaN counts as largest). The order inside the two pieces is
 * unspecified, in NumPy as here (introselect in native/src/kernels/sort).
 */
import { type Param, parseArgs } from '../args';
import { NDArray } from '../core/ndarray';
import * as native from '../native';
import {
  asArr,
  axisArg,
  axisLast,
  checkWriteable,
  indexArray,
  kthList,
  noOrder,
  selectKind,
  workingCopy,
} from './common';

declare module '../core/ndarray' {
  interface NDArray {
    /** `a.partition(kth, axis=-1, kind='introselect', order=None)`: in place. */
    partition(...args: unknown[]): undefined;
    /** `a.argpartition(kth, axis=-1, kind='introselect', order=None)`. */
    argpartition(...args: unknown[]): NDArray;
  }
}

const PARAMS: Param[] = [
  { name: 'kth' },
  { name: 'axis', default: -1 },
  { name: 'kind', default: 'introselect' },
  { name: 'order', default: null },
];

/** `np.partition`'s and `np.argpartition`'s: the array, then the method's. */
const FN_PARAMS: Param[] = [{ name: 'a' }, ...PARAMS];

/** Partitions `a` in place along normalized `axis`. */
function partitionAlong(a: NDArray, axis: number, kth: unknown, kind: unknown, order: unknown): void {
  const n = a.shape[axis];
  const ks = kthList(kth, n, a.size);
  selectKind(kind);
  noOrder(order);
  if (ks.length > 0) native.partitionLanes(axisLast(a, axis), ks);
}

/** `np.partition(a, kth, axis=-1, kind='introselect', order=None)`: a partitioned copy. */
export function partition(...args: unknown[]): NDArray {
  const p = parseArgs('partition', args, FN_PARAMS);
  const a = asArr(p.a);
  const axis = axisArg(p.axis, a.ndim, true);
  const out = workingCopy(a, axis);
  partitionAlong(out, axis ?? 0, p.kth, p.kind, p.order);
  return out;
}

NDArray.prototype.partition = function partitionMethod(this: NDArray, ...args: unknown[]): undefined {
  const p = parseArgs('partition', args, PARAMS, 'npy');
  const axis = axisArg(p.axis, this.ndim, false) as number;
  checkWriteable(this, 'partition');
  partitionAlong(this, axis, p.kth, p.kind, p.order);
  return undefined;
};

function argpartitionImpl(a0: NDArray, p: Record<string, unknown>): NDArray {
  let a = a0;
  let axis = axisArg(p.axis, a.ndim, true);
  if (axis === null) {
    a = a.ravel();
    axis = 0;
  }
  const ks = kthList(p.kth, a.shape[axis], a.size);
  selectKind(p.kind);
  noOrder(p.order);
  const out = indexArray(a.shape);
  // With no kth, every lane keeps the identity order.
  if (a.size > 0) native.argpartitionLanes(axisLast(a, axis), axisLast(out, axis), ks);
  return out;
}

/** `np.argpartition(a, kth, axis=-1, kind='introselect', order=None)`. */
export function argpartition(...args: unknown[]): NDArray {
  const p = parseArgs('argpartition', args, FN_PARAMS);
  return argpartitionImpl(asArr(p.a), p);
}

NDArray.prototype.argpartition = function argpartitionMethod(this: NDArray, ...args: unknown[]): NDArray {
  return argpartitionImpl(this, parseArgs('argpartition', args, PARAMS, 'npy'));
};
