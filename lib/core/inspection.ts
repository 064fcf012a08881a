/**
 * Array inspection as functions, `np.ndim`, `np.shape`, `np.size` and
 * `np.isscalar`, and NumPy 2's array-API `np.astype(x, dtype, copy)` and
 * `np.matrix_transpose(x)` (the last two axes exchanged, a view).
 * (`np.concat` and `np.permute_dims` are `np.concatenate` and
 * `np.transpose` themselves, as in NumPy.)
 */
import { type Param, checks, parseArgs, pyTypeName } from '../args';
import { ValueError, axisError } from '../errors';
import { Complex } from './complex';
import { astype as astypeArray, toArray } from './convert';
import { type NDArray, isNDArray } from './ndarray';
import { transposeArray } from './shape';

/** `x` as an array without copying an NDArray. */
function arrayOf(x: unknown): NDArray {
  return isNDArray(x) ? x : toArray(x, null, null);
}

const A_PARAMS: Param[] = [{ name: 'a' }];

/** `np.ndim(a)`: the number of dimensions. */
export function ndim(...args: unknown[]): number {
  return arrayOf(parseArgs('ndim', args, A_PARAMS).a).ndim;
}

/** `np.shape(a)`: the shape, as a JS array. */
export function shape(...args: unknown[]): number[] {
  return [...arrayOf(parseArgs('shape', args, A_PARAMS).a).shape];
}

const SIZE_PARAMS: Param[] = [{ name: 'a' }, { name: 'axis', default: null }];

/** `np.size(a, axis=None)`: the number of elements, along `axis` (an int or a tuple of ints) when given. */
export function size(...args: unknown[]): number {
  const p = parseArgs('size', args, SIZE_PARAMS);
  const a = arrayOf(p.a);
  if (p.axis === null) return a.size;
  const axes = Array.isArray(p.axis) ? p.axis : [p.axis];
  if (!Array.isArray(p.axis) && typeof p.axis === 'number' && !Number.isInteger(p.axis)) {
    throw new TypeError(`'${pyTypeName(p.axis)}' object is not iterable`);
  }
  let n = 1;
  for (const ax of axes) {
    const bad = checks.index(ax);
    if (bad) throw bad;
    const k = Number(ax);
    if (k < -a.ndim || k >= a.ndim) throw axisError(k, a.ndim);
    n *= a.shape[k < 0 ? k + a.ndim : k];
  }
  return n;
}

/**
 * `np.isscalar(element)`: true for what Python and NumPy call scalars, here
 * a JS number, bigint, boolean, string or `np.Complex`; false for arrays
 * (0-d included), JS arrays, null and undefined.
 */
export function isscalar(...args: unknown[]): boolean {
  const x = parseArgs('isscalar', args, [{ name: 'element' }]).element;
  return (
    typeof x === 'number' ||
    typeof x === 'bigint' ||
    typeof x === 'boolean' ||
    typeof x === 'string' ||
    x instanceof Complex
  );
}

const ASTYPE_PARAMS: Param[] = [
  { name: 'x' },
  { name: 'dtype' },
  { name: 'copy', default: true, kwOnly: true },
  { name: 'device', default: null, kwOnly: true },
];

/** `np.astype(x, dtype, /, *, copy=True, device=None)`: `x.astype(dtype, copy=copy)` of an array. */
export function astype(...args: unknown[]): NDArray {
  const p = parseArgs('astype', args, ASTYPE_PARAMS);
  if (!isNDArray(p.x)) {
    throw new TypeError(`Input should be a NumPy array or scalar. It is a <class '${pyTypeName(p.x)}'> instead.`);
  }
  if (p.device !== null && p.device !== 'cpu') {
    throw new ValueError(`Device not understood. Only "cpu" is allowed, but received: ${String(p.device)}`);
  }
  return astypeArray(p.x, [p.dtype, { copy: p.copy }]);
}

/** `np.matrix_transpose(x, /)`: a view of `x` with its last two axes exchanged. */
export function matrix_transpose(...args: unknown[]): NDArray {
  const x = arrayOf(parseArgs('matrix_transpose', args, [{ name: 'x' }]).x);
  if (x.ndim < 2) throw new ValueError(`Input array must be at least 2-dimensional, but it is ${x.ndim}`);
  const perm = [...x.shape.keys()];
  [perm[x.ndim - 2], perm[x.ndim - 1]] = [perm[x.ndim - 1], perm[x.ndim - 2]];
  return transposeArray(x, perm);
}
