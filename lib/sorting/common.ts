/**
 * Shared pieces of the sorting verbs: array coercion, moving the working
 * axis last (native lane kernels work along the last axis), and NumPy's
 * converters for `kind`, `axis` and `kth`.
 */
import { pyTypeName } from '../args';
import { toArray } from '../core/convert';
import { type NDArray, allocateForOverwrite } from '../core/ndarray';
import { ravelArray } from '../core/shape';
import { int64 } from '../dtype/dtype';
import { ValueError, normalizeAxis } from '../errors';

/** `np.asanyarray(x)`. */
export function asArr(x: unknown): NDArray {
  return toArray(x, null, null);
}

/** A view of `a` with axis `axis` (already normalized) moved last (`a` itself when it is last). */
export function axisLast(a: NDArray, axis: number): NDArray {
  if (axis === a.ndim - 1) return a;
  const perm = [...a.shape.keys()].filter((k) => k !== axis);
  perm.push(axis);
  return a._view(
    a._offset,
    perm.map((p) => a.shape[p]),
    perm.map((p) => a.strides[p]),
  );
}

/** A new C-ordered copy of `a` (`a.copy()`), or a flat copy for axis None. */
export function workingCopy(a: NDArray, axis: number | null): NDArray {
  if (axis === null) return ravelArray(a, 'C').copy();
  return a.copy('K');
}

/** An int axis (Python `operator.index`), or null. */
export function axisArg(axis: unknown, ndim: number, allowNone: boolean): number | null {
  if (axis === null && allowNone) return null;
  if (typeof axis === 'boolean') return normalizeAxis(Number(axis), ndim);
  if (typeof axis === 'bigint') return normalizeAxis(Number(axis), ndim);
  if (typeof axis !== 'number' || !Number.isInteger(axis)) {
    throw new TypeError(`'${pyTypeName(axis)}' object cannot be interpreted as an integer`);
  }
  return normalizeAxis(axis, ndim);
}

/**
 * NumPy's sort-kind converter: `None` or a string whose first letter is
 * q(uick), h(eap), m(erge) or s(table), any case. Returns whether the sort
 * must be stable (designs/0008-sorting.md: which algorithm runs).
 */
export function sortKind(kind: unknown, stable: unknown): boolean {
  if (kind !== null && stable !== null) {
    throw new ValueError("`kind` and keyword parameters can't be provided at the same time. Use only one of them.");
  }
  if (kind === null) return Boolean(stable);
  if (typeof kind !== 'string') throw new TypeError(`sort kind must be str, not ${pyTypeName(kind)}`);
  const c = kind.charAt(0).toLowerCase();
  if (!'qhms'.includes(c) || c === '') {
    throw new ValueError(`sort kind must be one of 'quick', 'heap', or 'stable' (got '${kind}')`);
  }
  return c === 'm' || c === 's';
}

/** NumPy's selection-kind converter: only 'introselect'. */
export function selectKind(kind: unknown): void {
  if (typeof kind !== 'string') throw new TypeError(`select kind must be str, not ${pyTypeName(kind)}`);
  if (kind !== 'introselect') throw new ValueError(`select kind must be 'introselect' (got '${kind}')`);
}

/** `order` applies only to structured dtypes, which rumpy does not have. */
export function noOrder(order: unknown): void {
  if (order !== null) throw new ValueError('Cannot specify order when the array has no fields.');
}

/** Throws NumPy's error for in-place work on a read-only array. */
export function checkWriteable(a: NDArray, verb: string): void {
  if (!a.flags.writeable) throw new ValueError(`${verb} array is read-only`);
}

/**
 * NumPy's `kth` converter: an integer or 0/1-d integer array_like; bools
 * are refused; negatives count from the end. Returns indices in range.
 */
export function kthList(kth: unknown, n: number, size: number): number[] {
  const check = (v: unknown): number => {
    if (typeof v === 'boolean') throw new ValueError('Booleans unacceptable as partition index');
    if (typeof v === 'bigint') return Number(v);
    if (typeof v !== 'number' || !Number.isInteger(v)) throw new TypeError('Partition index must be integer');
    return v;
  };
  let raw: number[];
  if (typeof kth === 'number' || typeof kth === 'bigint' || typeof kth === 'boolean') raw = [check(kth)];
  else {
    const k = asArr(kth);
    if (k.dtype.kind === 'b') throw new ValueError('Booleans unacceptable as partition index');
    if (k.dtype.kind !== 'i' && k.dtype.kind !== 'u') throw new TypeError('Partition index must be integer');
    if (k.ndim > 1) {
      throw new ValueError(
        'setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.',
      );
    }
    raw = (k.ndim === 0 ? [k.item()] : (k.tolist() as unknown[])).map(check);
  }
  if (size === 0) return [];
  return raw.map((k) => {
    const j = k < 0 ? k + n : k;
    if (j < 0 || j >= n) throw new ValueError(`kth(=${j}) out of bounds (${n})`);
    return j;
  });
}

/** An int64 array of `shape` (C order) that the caller fills completely. */
export function indexArray(shape: readonly number[]): NDArray {
  return allocateForOverwrite(shape, int64);
}
